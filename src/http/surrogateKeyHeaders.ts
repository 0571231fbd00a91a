import type { KeyedPaths } from '@/site/revalidation/surrogateKeys'

import { onEachRequest } from './requestStart'

/**
 * Every public response names its surrogate keys, for the cache in front of the
 * app: `Surrogate-Key` (space-separated: Fastly; Varnish copies it to xkey) and
 * `Cache-Tag` (comma-separated: Cloudflare). Set as each request starts (Node
 * publishes it before Next's listeners run), from the path alone, so cached
 * pages stay free of per-request code in Next; the keys themselves come from
 * src/site/revalidation/surrogateKeys.ts.
 */

export const SURROGATE_KEY_HEADER = 'Surrogate-Key'
export const CACHE_TAG_HEADER = 'Cache-Tag'

export function installSurrogateKeyHeaders(keysOf: KeyedPaths): () => void {
  return onEachRequest(({ request, response }) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return
    const url = request.url ?? '/'
    const query = url.indexOf('?')
    const keys = keysOf(query < 0 ? url : url.slice(0, query))
    if (keys.length === 0) return
    response.setHeader(SURROGATE_KEY_HEADER, keys.join(' '))
    response.setHeader(CACHE_TAG_HEADER, keys.join(','))
  })
}
