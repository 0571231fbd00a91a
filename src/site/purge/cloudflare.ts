import { batches, PURGE_TIMEOUT_MS, refusal, type Fetch, type Purger } from './types'

/**
 * Cloudflare's purge by cache tag (`POST /zones/{zone}/purge_cache` with
 * `{ tags }`, 30 per call), with an API token allowed to purge the zone. The
 * tags are the `Cache-Tag` header of each response (src/http/surrogateKeyHeaders.ts).
 */
export const CLOUDFLARE_API_URL = 'https://api.cloudflare.com/client/v4'

export function createCloudflarePurger(
  config: { zoneId: string; apiToken: string; apiUrl?: string },
  fetchImpl: Fetch = fetch,
): Purger {
  const url = `${(config.apiUrl ?? CLOUDFLARE_API_URL).replace(/\/$/, '')}/zones/${encodeURIComponent(config.zoneId)}/purge_cache`
  return {
    name: 'cloudflare',
    async purge(keys) {
      for (const batch of batches(keys, 30)) {
        const response = await fetchImpl(url, {
          method: 'POST',
          headers: { authorization: `Bearer ${config.apiToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({ tags: batch }),
          signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
        })
        if (!response.ok) throw await refusal('cloudflare', response)
        // Cloudflare answers 200 with `success: false` for some refusals.
        const answer: unknown = await response.json().catch(() => null)
        if (typeof answer !== 'object' || answer === null || Reflect.get(answer, 'success') !== true) {
          throw new Error(`cloudflare did not confirm the purge: ${JSON.stringify(answer)?.slice(0, 300)}`)
        }
      }
    },
  }
}
