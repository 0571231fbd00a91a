import type { PayloadRequest, RequestContext } from 'payload'

import { afterCommit } from '@/db/transactions'
import { markWrite } from '@/db/writeTimings'
import { purgeFrontCache } from '@/site/purge/purgeCaches'

import { revalidateRemotely } from './remote'
import { isEmpty, type Revalidation } from './targets'

/**
 * Applies a `Revalidation` to Next's cache.
 *
 * Payload hooks also run in scripts (seed, migrations) and in tests, outside a
 * Next server, where `next/cache` has nothing to clear and throws: there the
 * call is skipped. Tests install a recorder with `setRevalidator` to see what
 * would have been revalidated. An operation can opt out with
 * `context: { disableRevalidate: true }` (bulk imports; the seed sets `seeding`).
 */

export type Revalidator = (revalidation: Revalidation) => void | Promise<void>

let override: Revalidator | null = null

/** Replaces the Next.js revalidation (tests); `null` restores it. */
export function setRevalidator(revalidator: Revalidator | null): void {
  override = revalidator
}

export function revalidationDisabled(context: RequestContext | undefined): boolean {
  return Boolean(context?.disableRevalidate || context?.seeding)
}

type Payload = PayloadRequest['payload']

/**
 * Next's own calls, then the same pages out of the cache in front of the app,
 * if there is one (src/site/purge; that part never waits nor throws). Next's
 * calls need a request (a page, a route handler): outside one they throw.
 */
export async function clearNextCache(revalidation: Revalidation, payload: Payload): Promise<void> {
  const { revalidatePath, revalidateTag } = await import('next/cache')
  for (const path of revalidation.paths) revalidatePath(path)
  for (const { route, type } of revalidation.routes) revalidatePath(route, type)
  // `expire: 0`: the next read recomputes instead of serving the stale value once more.
  for (const tag of revalidation.tags) revalidateTag(tag, { expire: 0 })
  purgeFrontCache(revalidation, {
    info: (message) => payload.logger.info(message),
    error: (message) => payload.logger.error(message),
  })
}

async function revalidateWithNext(revalidation: Revalidation, payload: Payload): Promise<void> {
  // Only inside the Next.js server (bundled code sees NEXT_RUNTIME); elsewhere there is no cache to clear.
  if (!process.env.NEXT_RUNTIME) return
  try {
    markWrite(`revalidate ${revalidation.paths.length}p ${revalidation.routes.length}r ${revalidation.tags.length}t`)
    await clearNextCache(revalidation, payload)
    markWrite('revalidated')
  } catch {
    // Outside any request, e.g. a scheduled publication run by this server's jobs runner:
    // the server's own signed revalidation endpoint does it (./remote.ts).
    try {
      await revalidateRemotely(revalidation, payload)
    } catch (error) {
      // Pages then refresh on their time-based revalidation instead.
      payload.logger.warn(`[revalidate] skipped: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

/**
 * Runs once the request's transaction has committed: a page regenerated before
 * that would read, and cache, the old data.
 */
export async function applyRevalidation(
  revalidation: Revalidation,
  req: Pick<PayloadRequest, 'context' | 'transactionID' | 'payload'>,
): Promise<void> {
  if (revalidationDisabled(req.context) || isEmpty(revalidation)) return
  await afterCommit(req, () => (override ? override(revalidation) : revalidateWithNext(revalidation, req.payload)))
}
