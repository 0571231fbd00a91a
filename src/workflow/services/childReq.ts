import { getDataLoader, type PayloadRequest, type RequestContext } from 'payload'

/**
 * A copy of `req` for a nested Local API call: same user and transaction, but
 * Payload's `createLocalReq` may overwrite `locale` and `context` on the request
 * it is given, and those changes must not leak back into the caller's operation.
 *
 * The copy gets its own data loader: Payload's loader writes the transaction id
 * of each batch onto the request it was made for, so a shared one would stamp
 * the parent with a child's transaction after that transaction has ended.
 */
export function childReq(req: PayloadRequest, context: RequestContext = {}): PayloadRequest {
  const copy: PayloadRequest = { ...req, context: { ...req.context, ...context } }
  copy.payloadDataLoader = getDataLoader(copy)
  return copy
}
