import { batches, PURGE_TIMEOUT_MS, refusal, type Fetch, type Purger } from './types'

/**
 * Varnish with the xkey module (varnish-modules): a `PURGE` request carrying the
 * keys in an `xkey-purge` header, answered by the repository's VCL
 * (`varnish.vcl`), which accepts it only from the app's addresses. One request
 * per Varnish instance named in `VARNISH_PURGE_URLS`.
 */
export const XKEY_PURGE_HEADER = 'xkey-purge'

export function createVarnishPurger(urls: string[], fetchImpl: Fetch = fetch): Purger {
  return {
    name: 'varnish',
    async purge(keys) {
      for (const batch of batches(keys, 100)) {
        await Promise.all(
          urls.map(async (url) => {
            const response = await fetchImpl(url, {
              method: 'PURGE',
              headers: { [XKEY_PURGE_HEADER]: batch.join(' ') },
              signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
            })
            if (!response.ok) throw await refusal(`varnish ${url}`, response)
            await response.body?.cancel()
          }),
        )
      }
    },
  }
}
