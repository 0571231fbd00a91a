import { createHash } from 'node:crypto'

import { defaultLocale } from '@/i18n/locales'
import { CACHE_TAG_HEADER, SURROGATE_KEY_HEADER } from '@/http/surrogateKeyHeaders'
import { apiResponseKeys } from '@/site/revalidation/surrogateKeys'

/**
 * The headless API as cacheable as the site. An anonymous `GET` of a public
 * collection or global that answers 200 gets a strong `ETag` (a request that
 * already holds it gets `304` without the body), a short `s-maxage` for the
 * cache in front, and the surrogate keys of the pages that show the same
 * documents, so the purge that follows a publication evicts it with them
 * (src/site/revalidation/surrogateKeys.ts). Any other answer to a signed-in
 * caller is marked private: no shared cache may keep it.
 */

/** What the public may read (their access is `anyone`, or published only): the answers are the same for every anonymous caller. */
const publicCollections = new Set(['articles', 'topics', 'sources', 'media'])
const publicGlobals = new Set(['legal', 'site-settings'])

export const PUBLIC_API_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300'

/** The session cookie Payload sets on sign-in (`payload-token`), or an `Authorization` header: a caller who may see more than the public. */
export function isAnonymous(request: Request): boolean {
  if (request.headers.get('authorization')) return false
  // Split and trimmed as Payload reads cookies: `payload-token =…` signs a caller in too.
  return !(request.headers.get('cookie') ?? '').split(';').some((pair) => pair.split('=', 1)[0]?.trim() === 'payload-token')
}

/** The collection (or `globals/<slug>`) of a public read: `/api/articles`, `/api/articles/12`, `/api/globals/legal`; null otherwise. */
export function publicReadOf(pathname: string): { collection: string } | null {
  const parts = pathname.split('/').filter(Boolean)
  if (parts[0] !== 'api') return null
  if (parts[1] === 'globals')
    return parts.length === 3 && publicGlobals.has(parts[2] ?? '') ? { collection: `globals/${parts[2]}` } : null
  const collection = parts[1] ?? ''
  if (!publicCollections.has(collection) || parts.length > 3) return null
  // `/api/articles/<id>` (a SQLite number or a MongoDB ObjectId), not an endpoint of the collection (`count`, `versions`…).
  if (parts.length === 3 && !/^(?:\d{1,20}|[0-9a-f]{24})$/.test(parts[2] ?? '')) return null
  return { collection }
}

function documentsOf(json: unknown): unknown[] {
  if (typeof json !== 'object' || json === null) return []
  const docs: unknown = Reflect.get(json, 'docs')
  return Array.isArray(docs) ? docs : [json]
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag)
}

/** `handler` (the REST route's GET), with its anonymous public answers made cacheable. */
export function cacheablePublicReads<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    const response = await handler(request, ...rest)
    if (request.method !== 'GET' && request.method !== 'HEAD') return response
    if (!isAnonymous(request)) {
      if (!response.headers.has('cache-control')) response.headers.set('Cache-Control', 'private, no-store')
      return response
    }
    const url = new URL(request.url)
    const read = publicReadOf(url.pathname)
    if (!read || response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('json')) return response

    const body = Buffer.from(await response.arrayBuffer())
    let json: unknown = null
    try {
      json = JSON.parse(body.toString('utf8'))
    } catch {
      // Keys from the collection alone.
    }
    const keys = apiResponseKeys(read.collection, url.searchParams.get('locale') ?? defaultLocale, documentsOf(json))
    return publicAnswer(request, response, body, keys)
  }
}

/**
 * An anonymous 200 answer (its body already read) made cacheable: a strong
 * ETag (`304` when the request holds it), the public `s-maxage` and `keys` as
 * surrogate keys. Shared by the REST reads and GraphQL over GET.
 */
export function publicAnswer(request: Request, response: Response, body: Buffer<ArrayBuffer>, keys: readonly string[]): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
  const headers = new Headers(response.headers)
  headers.set('ETag', etag)
  headers.set('Cache-Control', PUBLIC_API_CACHE_CONTROL)
  headers.set(SURROGATE_KEY_HEADER, keys.join(' '))
  headers.set(CACHE_TAG_HEADER, keys.join(','))
  headers.delete('content-length')
  if (matches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers })
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers })
}
