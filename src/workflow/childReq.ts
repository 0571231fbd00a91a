import type { PayloadRequest, RequestContext } from 'payload'

/**
 * A copy of `req` for a nested Local API call: same user and transaction, but
 * Payload's `createLocalReq` may overwrite `locale` and `context` on the request
 * it is given, and those changes must not leak back into the caller's operation.
 */
export function childReq(req: PayloadRequest, context: RequestContext = {}): PayloadRequest {
  return { ...req, context: { ...req.context, ...context } }
}
