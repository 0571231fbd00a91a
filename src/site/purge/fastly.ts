import { batches, PURGE_TIMEOUT_MS, refusal, type Fetch, type Purger } from './types'

/**
 * Fastly's purge by surrogate key (`POST /service/{id}/purge` with the keys in
 * the body, up to 256 per call). Soft purge: Fastly marks the objects stale and
 * may still serve them while it fetches again (`stale-while-revalidate`), so an
 * origin under load is not hit by every visitor at once.
 */
export const FASTLY_API_URL = 'https://api.fastly.com'

export function createFastlyPurger(
  config: { serviceId: string; apiToken: string; apiUrl?: string },
  fetchImpl: Fetch = fetch,
): Purger {
  const url = `${(config.apiUrl ?? FASTLY_API_URL).replace(/\/$/, '')}/service/${encodeURIComponent(config.serviceId)}/purge`
  return {
    name: 'fastly',
    async purge(keys) {
      for (const batch of batches(keys, 256)) {
        const response = await fetchImpl(url, {
          method: 'POST',
          headers: {
            'Fastly-Key': config.apiToken,
            'Fastly-Soft-Purge': '1',
            'content-type': 'application/json',
            accept: 'application/json',
          },
          body: JSON.stringify({ surrogate_keys: batch }),
          signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
        })
        if (!response.ok) throw await refusal('fastly', response)
        await response.body?.cancel()
      }
    },
  }
}
