import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { guardedGraphQLGet } from '@/api/graphqlGet'
import type { Article } from '@/payload-types'
import { createUsers, fixturePassword, type TestUser } from '../helpers/fixtures'
import { tokenFor } from '../helpers/http'
import { createLocalizedTopic, createPublicArticle } from '../helpers/siteFixtures'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { as } from '../helpers/workflow'

/**
 * GraphQL over GET (src/api/graphqlGet.ts): read queries by URL, cacheable
 * for anonymous callers like the REST reads, private for signed-in ones;
 * mutations refused; a draft asked for anonymously is still not shown.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let article: Article
let editorToken: string
const draftText = 'Sintesi in bozza, non pubblicata.'

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  const topic = await createLocalizedTopic(ctx.payload, { it: 'dns', fr: 'dns', en: 'dns' })
  article = await createPublicArticle(ctx.payload, {
    topic: topic.id,
    content: {
      it: { title: 'Cos’è il DNS?', slug: 'cos-e-il-dns' },
      fr: { title: 'Qu’est-ce que le DNS ?', slug: 'qu-est-ce-que-le-dns' },
    },
    publicIn: ['fr'],
  })
  await ctx.payload.update({
    collection: 'articles',
    id: article.id,
    locale: 'it',
    draft: true,
    data: { summary: draftText },
    ...as(users.editor),
  })
  editorToken = await tokenFor(ctx.payload, users.editor.email, fixturePassword)
})

afterAll(async () => {
  await ctx?.cleanup()
})

function get(params: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL('http://localhost:3000/api/graphql')
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
  return guardedGraphQLGet(ctx.payload.config)(new Request(url, { headers }))
}

const bySlug =
  'query Article($slug: String!) { Articles(locale: it, draft: true, where: { slug: { equals: $slug } }) { docs { id title summary } } }'

describe('GraphQL over GET', () => {
  it('answers an anonymous query with the published text, cacheable: ETag, s-maxage, the site and api keys; 304 when unchanged', async () => {
    const answer = await get({ query: bySlug, variables: JSON.stringify({ slug: 'cos-e-il-dns' }), operationName: 'Article' })
    expect(answer.status).toBe(200)
    const text = await answer.text()
    expect(text).toContain('Cos’è il DNS?')
    expect(text).not.toContain(draftText)
    expect(answer.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=300')
    expect(answer.headers.get('surrogate-key')).toBe('site api')
    const etag = answer.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]{32}"$/)
    const again = await get(
      { query: bySlug, variables: JSON.stringify({ slug: 'cos-e-il-dns' }), operationName: 'Article' },
      { 'If-None-Match': etag },
    )
    expect(again.status).toBe(304)
  })

  it('a signed-in editor gets the draft, privately', async () => {
    const answer = await get(
      { query: bySlug, variables: JSON.stringify({ slug: 'cos-e-il-dns' }) },
      { Authorization: `JWT ${editorToken}` },
    )
    expect(answer.status).toBe(200)
    expect(await answer.text()).toContain(draftText)
    expect(answer.headers.get('cache-control')).toBe('private, no-store')
    expect(answer.headers.get('surrogate-key')).toBeNull()
    const withCookie = await get(
      { query: bySlug, variables: JSON.stringify({ slug: 'cos-e-il-dns' }) },
      { Cookie: `payload-token=${editorToken}` },
    )
    expect(withCookie.headers.get('cache-control')).toBe('private, no-store')
  })

  it('refuses a mutation with 405 and changes nothing, even for an editor', async () => {
    const mutation = `mutation { updateArticle(id: ${JSON.stringify(article.id)}, locale: it, data: { title: "Titolo pirata" }) { title } }`
    const callers: Record<string, string>[] = [{}, { Authorization: `JWT ${editorToken}` }]
    for (const headers of callers) {
      const answer = await get({ query: mutation }, headers)
      expect(answer.status).toBe(405)
      expect(answer.headers.get('allow')).toBe('GET, POST')
      expect(await answer.text()).toMatch(/Only queries may be sent with GET/)
    }
    const named = await get({
      query: `query A { Articles { totalDocs } } mutation B { createTopic(data: { name: "X", order: 1 }) { id } }`,
      operationName: 'B',
    })
    expect(named.status).toBe(405)
    const stored = await ctx.payload.findByID({ collection: 'articles', id: article.id, locale: 'it', depth: 0 })
    expect(stored.title).toBe('Cos’è il DNS?')
    expect((await ctx.payload.count({ collection: 'topics', where: { name: { equals: 'X' } } })).totalDocs).toBe(0)
  })

  it('answers hostile or malformed requests with their errors, never a 5xx, and no cache keeps them', async () => {
    const cases: Record<string, string>[] = [
      {},
      { query: '' },
      { query: '{ Articles { docs { id } } }', variables: 'not json' },
      { query: '{ Articles { docs { id } } }', variables: '[1]' },
      { query: '{ Articles(' },
      { query: '{ NoSuchThing { id } }' },
      { query: 'fragment A on Article { ...B } fragment B on Article { ...A } { Articles { docs { ...A } } }' },
      { query: '{ Articles(locale: xx) { docs { id } } }' },
    ]
    for (const params of cases) {
      const answer = await get(params)
      const label = JSON.stringify(params)
      // A query graphql-js rejects is a 200 with `errors` under plain application/json, as over POST.
      expect(answer.status, label).toBeLessThan(500)
      const body = (await answer.json()) as { errors?: unknown[] }
      expect(body.errors?.length, label).toBeGreaterThan(0)
      expect(answer.headers.get('cache-control'), label).toBe('no-store')
      expect(answer.headers.get('surrogate-key'), label).toBeNull()
    }
  })

  it('gives every caller the same answer shape whatever they Accept, so one cached copy fits all', async () => {
    const query = '{ Articles(locale: it) { totalDocs } }'
    const plain = await get({ query })
    const picky = await get({ query }, { Accept: 'application/graphql-response+json' })
    expect(picky.status).toBe(200)
    expect(picky.headers.get('content-type')).toBe(plain.headers.get('content-type'))
    expect(picky.headers.get('content-type')).toMatch(/^application\/json/)
    expect(picky.headers.get('etag')).toBe(plain.headers.get('etag'))
  })

  it('refuses variables nested past a sane depth with a 400 instead of exhausting the stack, and caches no error', async () => {
    const nested = (levels: number, leaf: string) => '{"x":' + '['.repeat(levels) + leaf + ']'.repeat(levels) + '}'
    const deep = await get({ query: '{ __typename }', variables: nested(5000, '1') })
    expect(deep.status).toBe(400)
    expect(await deep.text()).toMatch(/nested deeper than 32 levels/)
    const where = '{"w":' + '{"AND":['.repeat(1000) + '{}' + ']}'.repeat(1000) + '}'
    const filter = await get({ query: 'query($w: Article_where) { Articles(where: $w) { totalDocs } }', variables: where })
    expect(filter.status).toBe(400)
    expect(filter.headers.get('cache-control')).toBe('no-store')
  })

  it('refuses a query with more top-level fields than a page needs (aliases make them free to repeat)', async () => {
    const aliases = Array.from({ length: 26 }, (_, index) => `a${index}: Articles { totalDocs }`).join(' ')
    const answer = await get({ query: `{ ${aliases} }` })
    expect(answer.status).toBe(400)
    expect(await answer.text()).toMatch(/more than 25 top-level fields/)
    const viaFragments = await get({
      query: `fragment F on Query { ${aliases} } { ...F }`,
    })
    expect(viaFragments.status).toBe(400)
    const enough = Array.from({ length: 25 }, (_, index) => `a${index}: Articles { totalDocs }`).join(' ')
    expect((await get({ query: `{ ${enough} }` })).status).toBe(200)
  })

  it('reads French as the public sees it, with no Italian in place of a missing field', async () => {
    const answer = await get({ query: '{ Articles(locale: fr, fallbackLocale: it) { docs { title summary } } }' })
    expect(answer.status).toBe(200)
    const text = await answer.text()
    expect(text).toContain('Qu’est-ce que le DNS ?')
    expect(text).not.toContain('Cos’è il DNS?')
    expect(text).not.toContain(draftText)
  })
})
