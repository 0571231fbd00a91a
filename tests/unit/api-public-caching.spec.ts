import { describe, expect, it } from 'vitest'

import { cacheablePublicReads, isAnonymous, PUBLIC_API_CACHE_CONTROL, publicReadOf } from '@/api/publicCaching'

/** Stands in for Payload's REST GET: answers `body` as JSON, counting its calls. */
function payloadGet(body: unknown, status = 200) {
  const calls: string[] = []
  const handler = (request: Request) => {
    calls.push(request.url)
    return Promise.resolve(Response.json(body, { status }))
  }
  return { calls, handler: cacheablePublicReads(handler) }
}

const find = { docs: [{ id: 1, slug: 'cache-dns', title: 'Cache DNS' }], totalDocs: 1 }
const url = 'http://localhost/api/articles?where[slug][equals]=cache-dns&locale=fr&depth=1'

describe('anonymous public reads of the API', () => {
  it('carry an ETag, a short s-maxage and the surrogate keys of the documents’ pages', async () => {
    const { handler } = payloadGet(find)
    const response = await handler(new Request(url))
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe(PUBLIC_API_CACHE_CONTROL)
    expect(response.headers.get('etag')).toMatch(/^"[\w-]{32}"$/)
    expect(response.headers.get('surrogate-key')).toBe('site api page:/fr/articles/cache-dns')
    expect(response.headers.get('cache-tag')).toBe('site,api,page:/fr/articles/cache-dns')
    expect(await response.json()).toEqual(find)
  })

  it('answer 304 without the body to a request that holds the current ETag, and 200 when it changed', async () => {
    const { handler } = payloadGet(find)
    const etag = (await handler(new Request(url))).headers.get('etag') ?? ''
    const again = await handler(new Request(url, { headers: { 'if-none-match': `W/${etag}, "other"` } }))
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    const changed = payloadGet({ ...find, totalDocs: 2 }).handler
    const fresh = await changed(new Request(url, { headers: { 'if-none-match': etag } }))
    expect(fresh.status).toBe(200)
    expect(fresh.headers.get('etag')).not.toBe(etag)
  })

  it('leave errors, other paths and unknown collections as Payload answered them', async () => {
    for (const [path, status] of [
      ['/api/articles?where[slug][equals]=x', 400],
      ['/api/users/me', 200],
      ['/api/translation-tasks', 200],
      ['/api/health', 200],
      ['/api/articles/count', 200],
      ['/api/globals/legal/extra', 200],
    ] as const) {
      const response = await payloadGet({ ok: true }, status).handler(new Request(`http://localhost${path}`))
      expect(response.headers.get('cache-control'), path).toBeNull()
      expect(response.headers.get('etag'), path).toBeNull()
    }
    expect(publicReadOf('/api/globals/site-settings')).toEqual({ collection: 'globals/site-settings' })
    expect(publicReadOf('/api/topics/12')).toEqual({ collection: 'topics' })
  })

  it('mark a signed-in caller’s answers private, whatever they hold', async () => {
    const callers: Record<string, string>[] = [
      { authorization: 'JWT abc' },
      { cookie: 'theme=dark; payload-token=abc' },
      { authorization: 'users API-Key k' },
      // Payload trims cookie names: this one signs the caller in too.
      { cookie: 'theme=dark;payload-token =abc' },
    ]
    for (const headers of callers) {
      const request = new Request(url, { headers })
      expect(isAnonymous(request)).toBe(false)
      const response = await payloadGet(find).handler(request)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(response.headers.get('surrogate-key')).toBeNull()
      expect(response.headers.get('etag')).toBeNull()
    }
    expect(isAnonymous(new Request(url, { headers: { cookie: 'NEXT_LOCALE=fr' } }))).toBe(true)
  })
})
