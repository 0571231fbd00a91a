import { request } from 'node:http'

import { beforeAll, describe, expect, inject, it } from 'vitest'

import { richText } from '@/richtext/build'
import { seedTopics } from '@/seed/data/topics'
import { apiClient, type Json } from '../helpers/adminSession'

/**
 * The production build behind a real Varnish running the repository's
 * `varnish.vcl` (tests/e2e/globalSetup.ts starts it; the server is started
 * with CACHE_PURGE=varnish). Public responses name their surrogate keys;
 * Varnish caches public pages without cookies and never the admin, the API or
 * a preview; a purge by key evicts exactly the pages filed under it and is
 * accepted from the app's address only; a publication is visible through
 * Varnish as soon as the app has purged it (pages are cached for an hour).
 */

const baseURL = inject('baseURL')
const varnishURL = inject('varnishURL')
const missing = inject('varnishMissing')
if (!varnishURL) console.warn(`[e2e] Varnish tests SKIPPED: ${missing}`)

const stamp = Date.now().toString(36)
const slug = `e2e-varnish-${stamp}`
const client = apiClient(baseURL)
let editorToken = ''
let articleId: unknown

async function api(method: string, path: string, body?: unknown): Promise<Json> {
  const { status, json } = await client(method, path, { token: editorToken || undefined, body })
  if (status >= 300) throw new Error(`${method} ${path}: ${status} ${JSON.stringify(json)}`)
  return json
}

/** A request to Varnish from a chosen loopback address (the VCL's purgers are 127.0.0.1 only). */
function throughVarnish(
  path: string,
  options: { method?: string; headers?: Record<string, string>; from?: string } = {},
): Promise<{ status: number; cache: string; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(path, varnishURL)
  return new Promise((resolve, reject) => {
    request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: options.method ?? 'GET',
        headers: options.headers,
        localAddress: options.from,
      },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            cache: String(response.headers['x-cache'] ?? ''),
            headers: response.headers,
            body,
          }),
        )
      },
    )
      .on('error', reject)
      .end()
  })
}

const purge = (keys: string, from = '127.0.0.1') =>
  throughVarnish('/', { method: 'PURGE', headers: { 'xkey-purge': keys }, from })

describe.skipIf(!varnishURL)('Varnish in front of the app (varnish.vcl)', () => {
  beforeAll(async () => {
    const login = await api('POST', '/users/login', { email: 'editor@example.com', password: 'dinogeek-dev' })
    editorToken = String(login.token)
    const topics = await api('GET', `/topics?where[slug][equals]=${seedTopics[0]?.slug.it}&locale=it&depth=0`)
    const topic = Array.isArray(topics.docs) ? (topics.docs[0] as Json | undefined) : undefined
    const created = await api('POST', '/articles?locale=it&depth=0', {
      title: `La cache davanti al sito (${stamp})`,
      slug,
      topic: topic?.id,
      summary: `Sommario originale ${stamp}.`,
      body: richText([{ type: 'p', text: 'Una pagina servita da Varnish.' }]),
      _status: 'published',
    })
    articleId = (created.doc as Json | undefined)?.id
    expect(articleId).toBeDefined()
  })

  it('public responses name their surrogate keys; the admin and private API answers name none', async () => {
    const article = await fetch(`${baseURL}/it/articoli/${slug}`)
    expect(article.status).toBe(200)
    expect(article.headers.get('surrogate-key')?.split(' ')).toEqual(['site', `page:/it/articles/${slug}`])
    expect(article.headers.get('cache-tag')).toBe(`site,page:/it/articles/${slug}`)
    const topics = await fetch(`${baseURL}/fr/sujets`)
    expect(topics.headers.get('surrogate-key')).toBe('site page:/fr/topics')
    const sitemap = await fetch(`${baseURL}/sitemap.xml`)
    expect(sitemap.headers.get('surrogate-key')).toBe('site sitemap')
    for (const path of ['/admin/login', '/api/users/me', '/api/health']) {
      expect((await fetch(`${baseURL}${path}`)).headers.get('surrogate-key'), path).toBeNull()
    }
    // An anonymous public read of the API is filed with the site, under the API's own key and its documents' pages.
    expect((await fetch(`${baseURL}/api/topics?limit=1`)).headers.get('surrogate-key')).toMatch(
      /^site api page:\/it\/topics\/[a-z0-9-]+$/,
    )
    expect((await fetch(`${baseURL}/api/sources?limit=1`)).headers.get('surrogate-key')).toBe('site api')
  })

  it('caches a public page once for everyone, cookies or not, and sets no cookie', async () => {
    const path = `/it/articoli/${slug}`
    const first = await throughVarnish(path, { headers: { cookie: 'NEXT_LOCALE=fr; tracking=1' } })
    expect(first.status).toBe(200)
    const second = await throughVarnish(path)
    expect(second.cache).toBe('HIT')
    expect(second.body).toBe(first.body)
    expect(second.headers['set-cookie']).toBeUndefined()
    expect(second.headers.xkey).toBeUndefined()
    const withCookie = await throughVarnish(path, { headers: { cookie: 'payload-token=abc; NEXT_LOCALE=en' } })
    expect(withCookie.cache).toBe('HIT')
  })

  it('never caches the admin, a signed-in API caller, a preview, the language switch or the language choice at /', async () => {
    const cases: [string, Record<string, string>][] = [
      ['/admin/login', {}],
      ['/api/articles?limit=1&depth=0', { authorization: `JWT ${editorToken}` }],
      ['/api/articles?limit=1&depth=0', { cookie: `payload-token=${editorToken}` }],
      [`/it/articoli/${slug}`, { cookie: '__prerender_bypass=e2e; payload-token=abc' }],
      [`/it/articoli/${slug}?switch-language=1`, {}],
      ['/', { 'accept-language': 'fr' }],
    ]
    for (const [path, headers] of cases) {
      for (let round = 0; round < 2; round += 1) {
        const answer = await throughVarnish(path, { headers })
        expect(answer.cache, `${path} ${JSON.stringify(headers)}`).toBe('PASS')
      }
    }
  })

  it('caches the anonymous API answers the app marks public, and no other', async () => {
    const find = `/api/articles?where[slug][equals]=${slug}&locale=it&depth=1`
    const direct = await fetch(`${baseURL}${find}`)
    expect(direct.headers.get('cache-control')).toMatch(/^public, .*s-maxage=60/)
    const etag = direct.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"/)
    expect(direct.headers.get('surrogate-key')).toBe(`site api page:/it/articles/${slug}`)
    expect((await fetch(`${baseURL}${find}`, { headers: { 'if-none-match': etag } })).status).toBe(304)

    await throughVarnish(find)
    const cached = await throughVarnish(find, { headers: { cookie: 'NEXT_LOCALE=fr' } })
    expect(cached.cache).toBe('HIT')
    expect(JSON.parse(cached.body)).toMatchObject({ totalDocs: 1 })
    // Anonymous, but not marked public by the app: fetched every time.
    for (let round = 0; round < 2; round += 1) {
      expect((await throughVarnish('/api/users/me')).cache).not.toBe('HIT')
      expect((await throughVarnish('/api/health')).cache).not.toBe('HIT')
    }
  })

  it('a purge by key evicts exactly the pages filed under it, and only the app may purge', async () => {
    const article = `/it/articoli/${slug}`
    const legal = '/it/avviso-legale'
    await throughVarnish(article)
    await throughVarnish(legal)
    expect((await throughVarnish(article)).cache).toBe('HIT')
    const legalBefore = await throughVarnish(legal)
    expect(legalBefore.status).toBe(200)
    expect(legalBefore.cache).toBe('HIT')

    const refused = await purge(`page:/it/articles/${slug}`, '127.0.0.2')
    expect(refused.status).toBe(403)
    expect(refused.body).toMatch(/from the app only/)
    expect((await throughVarnish(article)).cache).toBe('HIT')

    expect((await throughVarnish('/', { method: 'PURGE' })).status).toBe(400)
    const purged = await purge(`page:/it/articles/${slug}`)
    expect(purged.status).toBe(200)
    expect(purged.body).toMatch(/^Purged [1-9]\d* objects\./)
    expect((await throughVarnish(article)).cache).toBe('MISS')
    expect((await throughVarnish(legal)).cache).toBe('HIT')
  })

  it('hostile parameters on the cached API get the published text only, and a signed-in answer never reaches visitors', async () => {
    const draftText = `Bozza non approvata ${stamp}`
    await api('PATCH', `/articles/${String(articleId)}?locale=it&draft=true&depth=0`, { summary: draftText })
    const base = `/api/articles?where[slug][equals]=${slug}&depth=1`
    // The editor sees the draft: the text exists, so its absence below means something.
    const poison = `${base}&locale=it&draft=true&round=${stamp}`
    const signedIn = await throughVarnish(poison, { headers: { authorization: `JWT ${editorToken}` } })
    expect(signedIn.cache).toBe('PASS')
    expect(signedIn.body).toContain(draftText)
    for (let round = 0; round < 2; round += 1) {
      const visitor = await throughVarnish(poison)
      expect(visitor.status).toBe(200)
      expect(visitor.body).not.toContain(draftText)
      expect(visitor.body).toContain(`Sommario originale ${stamp}.`)
    }
    const hostile = [
      `${base}&locale=it&draft=true`,
      `${base}&locale=all&draft=true`,
      `${base}&locale=fr&fallback-locale=it&draft=true`,
      `${base}&locale=fr&fallbackLocale=it`,
      `${base}&locale=en&fallback-locale=all`,
      // Spellings the API reads as Italian or as every language: their own cache entries, the same rules.
      `${base}&locale=IT&draft=true`,
      `${base}&locale=it-IT&draft=true`,
      `${base}&locale=*&draft=true`,
      `/api/articles/${String(articleId)}?locale=it&draft=true`,
      `/api/articles/${String(articleId)}?locale=fr&fallback-locale=it`,
      `/api/articles/${String(articleId)}/versions?locale=it`,
    ]
    for (const target of hostile) {
      for (let round = 0; round < 2; round += 1) {
        const answer = await throughVarnish(target)
        expect(answer.status, target).toBeLessThan(500)
        expect(answer.body, target).not.toContain(draftText)
        // French and English were never approved: no Italian text in their place.
        if (/locale=(fr|en)/.test(target)) expect(answer.body, target).not.toContain(`Sommario originale ${stamp}.`)
      }
    }
    // Unknown codes are refused (src/i18n/requestLocale.ts), and a refusal is never served from the cache.
    for (const locale of ['xx', 'zz-IT', '..%2Fit', 'it%00', 'fr,it']) {
      for (let round = 0; round < 2; round += 1) {
        const answer = await throughVarnish(`${base}&locale=${locale}`)
        expect(answer.status, locale).toBe(400)
        expect(answer.cache, locale).not.toBe('HIT')
      }
    }
  })

  it('a publication through the app is served by Varnish once the app has purged it', async () => {
    const path = `/it/articoli/${slug}`
    const find = `/api/articles?where[slug][equals]=${slug}&locale=it&depth=1`
    const query = `{ Articles(locale: it, where: { slug: { equals: "${slug}" } }) { docs { summary } } }`
    const graphqlGet = `/api/graphql?query=${encodeURIComponent(query)}`
    for (const target of [path, find, graphqlGet]) {
      await throughVarnish(target)
      expect((await throughVarnish(target)).cache, target).toBe('HIT')
    }
    const summary = `Sommario nuovo ${stamp}.`
    const started = Date.now()
    await api('PATCH', `/articles/${String(articleId)}?locale=it&depth=0`, { summary, _status: 'published' })
    // Cached for an hour: only the app's purge can bring the new text this soon.
    let seen = false
    while (!seen && Date.now() - started < 20_000) {
      seen = (await throughVarnish(path)).body.includes(summary)
      if (!seen) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(seen).toBe(true)
    console.info(`[e2e] publication visible through Varnish after ${Date.now() - started} ms`)
    // The API's answers about the same article were purged with it (it is cached for a minute otherwise);
    // the legal page, which does not show articles, was not.
    expect((await throughVarnish(find)).body).toContain(summary)
    // So was every GraphQL read over GET (filed under the API's key).
    expect((await throughVarnish(graphqlGet)).body).toContain(summary)
    expect((await throughVarnish('/it/avviso-legale')).cache).toBe('HIT')
  })
})
