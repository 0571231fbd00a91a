/**
 * Purging the cache in front of the app by surrogate key. One interface, one
 * implementation per engine (Varnish with xkey, Fastly, Cloudflare), chosen by
 * `CACHE_PURGE` (src/env.ts); none by default.
 */

export type Purger = {
  /** For logs: `varnish`, `fastly`, `cloudflare`. */
  name: string
  /** Evicts every cached response filed under any of these keys; throws when the engine refused or could not be reached. */
  purge(keys: string[]): Promise<void>
}

export type Fetch = typeof fetch

/** Calls of one request at most this many keys (Cloudflare takes 30 tags per call on every plan, Fastly 256). */
export function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size))
  return out
}

/** The engine's answer as an error that says who answered what (its body, shortened, for the log). */
export async function refusal(engine: string, response: Response): Promise<Error> {
  const text = (await response.text().catch(() => '')).replace(/\s+/g, ' ').slice(0, 300)
  return new Error(`${engine} answered ${response.status}${text ? `: ${text}` : ''}`)
}

export const PURGE_TIMEOUT_MS = 10_000
