import { APIError, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Topic, Translation } from '@/payload-types'
import { richText } from '@/richtext/build'
import { createArticle, createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { graphqlResponse, rest, type GraphQLResult } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { claimAndStart } from '../helpers/workflow'

/**
 * Anonymous reads of articles on every API and parameter combination: no
 * answer may carry text of a language that is not public (or a pending draft),
 * depend on it (filters, sorts), or fail with a 5xx.
 *
 * Article A is published in Italian; its French is a translator's draft (task
 * in progress, never approved) and its Italian has a pending editor draft.
 * Article B is public in French (approved) and being reworked: the Italian
 * source changed (task outdated), the translator started again and saved a new
 * French draft. Every piece of hidden text carries a marker word.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let topic: Topic
let articleA: Article
let articleB: Article

const marker = {
  /** A: French draft, never approved. */
  draftA: 'quokkasecret',
  /** B: French rework draft, pending while the approved French stays online. */
  reworkB: 'wombatrework',
  /** A: Italian edit saved as a draft, not published. */
  italianDraftA: 'bozzanascosta',
  /** B: approved French, public. */
  publicB: 'pangolinpublic',
} as const
const hiddenMarkers = [marker.draftA, marker.reworkB, marker.italianDraftA] as const
const noMatch = 'nessunozzz'

const published = {
  a: { it: { title: 'Articolo alfa', summary: 'Sintesi di Articolo alfa.' } },
  b: {
    it: { title: 'Articolo bravo', summary: 'Sintesi rinnovata di Articolo bravo.', seoTitle: 'Titolo SEO bravo' },
    fr: { title: `Titre ${marker.publicB}`, summary: `Résumé ${marker.publicB}.` },
  },
} as const

const as = (user: TestUser) => ({ overrideAccess: false as const, user })

async function frenchTask(article: Article): Promise<Translation> {
  const { docs } = await ctx.payload.find({
    collection: 'translations',
    where: { and: [{ article: { equals: article.id } }, { locale: { equals: 'fr' } }] },
    depth: 0,
  })
  const task = docs[0]
  if (!task) throw new Error(`no French task for article ${article.id}`)
  return task
}

/** The translator saves French text as a draft (the only way they can save). */
async function saveFrenchDraft(article: Article, word: string, prefix = 'Aaa'): Promise<void> {
  await ctx.payload.update({
    collection: 'articles',
    id: article.id,
    locale: 'fr',
    draft: true,
    data: {
      title: `${prefix} ${word}`,
      summary: `Résumé ${word}.`,
      body: richText([{ type: 'p', text: `Corps ${word}.` }]),
      seoTitle: `SEO ${word}`,
      seoDescription: `Description ${word}.`,
    },
    ...as(users.translator),
  })
}

async function saveItalianDraftOfA(prefix: string): Promise<void> {
  await ctx.payload.update({
    collection: 'articles',
    id: articleA.id,
    locale: 'it',
    draft: true,
    data: { summary: `${prefix} ${marker.italianDraftA}.`, seoTitle: `SEO ${marker.italianDraftA}` },
    ...as(users.editor),
  })
}

beforeAll(async () => {
  ctx = await createTestPayload()
  // Hundreds of refusals (4xx) are expected here: one log line each; other errors keep their stack.
  ctx.payload.config.loggingLevels = { ...ctx.payload.config.loggingLevels, APIError: 'info', QueryError: 'info' }
  users = await createUsers(ctx.payload)
  topic = await createTopic(ctx.payload)

  articleA = await createArticle(ctx.payload, { title: published.a.it.title, topic: topic.id, status: 'published' })
  const taskA = await frenchTask(articleA)
  await claimAndStart(ctx.payload, taskA, users.translator)
  await saveFrenchDraft(articleA, marker.draftA)
  await saveItalianDraftOfA('Aaa')

  articleB = await createArticle(ctx.payload, { title: published.b.it.title, topic: topic.id, status: 'published' })
  const taskB = await frenchTask(articleB)
  await claimAndStart(ctx.payload, taskB, users.translator)
  // The approved French has no SEO title: a fallback would have to fill it from Italian.
  await ctx.payload.update({
    collection: 'articles',
    id: articleB.id,
    locale: 'fr',
    draft: true,
    data: {
      title: published.b.fr.title,
      summary: published.b.fr.summary,
      body: richText([{ type: 'p', text: `Corps ${marker.publicB}.` }]),
    },
    ...as(users.translator),
  })
  await ctx.payload.update({ collection: 'translations', id: taskB.id, data: { status: 'in_review' }, ...as(users.translator) })
  await ctx.payload.update({ collection: 'translations', id: taskB.id, data: { status: 'approved' }, ...as(users.editor) })
  // The source changes (published): the approved French becomes outdated, still online.
  await ctx.payload.update({
    collection: 'articles',
    id: articleB.id,
    locale: 'it',
    data: { summary: published.b.it.summary, seoTitle: published.b.it.seoTitle, _status: 'published' },
    ...as(users.editor),
  })
  expect((await frenchTask(articleB)).status).toBe('outdated')
  await ctx.payload.update({ collection: 'translations', id: taskB.id, data: { status: 'in_progress' }, ...as(users.translator) })
  await saveFrenchDraft(articleB, marker.reworkB)
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('the scenario', () => {
  it('has the tasks in the intended states', async () => {
    const taskA = await frenchTask(articleA)
    expect([taskA.status, taskA.approvedAt ?? null]).toEqual(['in_progress', null])
    const taskB = await frenchTask(articleB)
    expect(taskB.status).toBe('in_progress')
    expect(taskB.approvedAt).toBeTruthy()
  })

  it('holds every hidden marker in the working drafts (so the reads below could leak them)', async () => {
    const draftOf = async (article: Article) =>
      JSON.stringify(await ctx.payload.findByID({ collection: 'articles', id: article.id, locale: 'all', draft: true }))
    const a = await draftOf(articleA)
    expect(a).toContain(marker.draftA)
    expect(a).toContain(marker.italianDraftA)
    expect(await draftOf(articleB)).toContain(marker.reworkB)
  })

  it('publishes A in Italian only and B in Italian and French', async () => {
    const live = await ctx.payload.find({ collection: 'articles', locale: 'all', sort: 'id', depth: 0 })
    expect(live.docs.map((doc) => [doc.id, doc.publicLocales])).toEqual([
      [articleA.id, ['it']],
      [articleB.id, ['fr', 'it']],
    ])
  })
})

// ---------------------------------------------------------------------------
// Outcomes, the same shape for every API
// ---------------------------------------------------------------------------

type Doc = Record<string, unknown>
/** One answer: its status, its full text (to search for markers) and the documents it holds. */
type Reply = { status: number; text: string; docs: Doc[]; message: string }

function leakedMarkers(reply: Reply): string[] {
  const text = reply.text.toLowerCase()
  return hiddenMarkers.filter((word) => text.includes(word))
}

function restReply(response: { status: number; json: Record<string, unknown> }, list: boolean): Reply {
  const { status, json } = response
  const docs = status !== 200 ? [] : list ? (Array.isArray(json.docs) ? (json.docs as Doc[]) : []) : [json]
  const errors = Array.isArray(json.errors) ? (json.errors as { message?: string }[]) : []
  return { status, text: JSON.stringify(json), docs, message: errors.map((error) => error.message ?? '').join(' ') }
}

/**
 * GraphQL answers 200 with errors inside: the status is the worst error's, a
 * query the schema rejects (no `data` at all) counts as 400, and an error
 * without a status inside a result (e.g. a value that cannot be serialized) as 500.
 */
function graphqlStatus(body: GraphQLResult): number {
  const errors = body.errors ?? []
  if (errors.length === 0) return 200
  if (!('data' in body)) return 400
  return Math.max(...errors.map((error) => error.extensions?.statusCode ?? 500))
}

function graphqlReply(body: GraphQLResult, key: 'Articles' | 'Article' | 'countArticles'): Reply {
  const status = graphqlStatus(body)
  const value = body.data?.[key]
  const docs =
    value === null || value === undefined ? [] : key === 'Articles' ? ((value as { docs: Doc[] }).docs ?? []) : [value as Doc]
  return { status, text: JSON.stringify(body), docs, message: (body.errors ?? []).map((error) => error.message).join(' ') }
}

async function localReply(run: () => Promise<unknown>): Promise<Reply> {
  try {
    const result = await run()
    const docs = typeof result === 'object' && result !== null && 'docs' in result ? (result.docs as Doc[]) : [result as Doc]
    return { status: 200, text: JSON.stringify(result), docs, message: '' }
  } catch (error) {
    const status = error instanceof APIError ? error.status : 500
    const message = error instanceof Error ? error.message : String(error)
    return { status, text: JSON.stringify({ message, data: error instanceof APIError ? error.data : null }), docs: [], message }
  }
}

/**
 * The Local API is typed, but values that come from a request (a locale from a
 * URL, say) reach it untyped: pass them exactly as they come.
 */
function untyped<T extends object>(args: T, raw: Record<string, unknown>): T {
  return Object.assign(args, raw)
}

// ---------------------------------------------------------------------------
// The matrix: API × locale × fallback locale × draft
// ---------------------------------------------------------------------------

type Reads = 'it' | 'fr' | 'en' | 'all'
type LocaleCase = { label: string; value: string | undefined; reads: Reads | null }

const localeCases: LocaleCase[] = [
  { label: 'fr', value: 'fr', reads: 'fr' },
  { label: 'xx', value: 'xx', reads: null },
  { label: '(empty)', value: '', reads: 'it' },
  { label: 'fr-FR', value: 'fr-FR', reads: 'fr' },
  { label: 'all', value: 'all', reads: 'all' },
  { label: '*', value: '*', reads: 'all' },
  { label: 'it', value: 'it', reads: 'it' },
  { label: 'en', value: 'en', reads: 'en' },
  { label: '(none)', value: undefined, reads: 'it' },
]
const fallbackCases: (string | undefined)[] = [undefined, 'fr', 'it', 'null', 'none', 'xx']
const draftCases = [false, true] as const

type ArticleKey = 'a' | 'b'
const visibleIn: Record<Reads, ArticleKey[]> = { it: ['a', 'b'], fr: ['b'], en: [], all: ['a', 'b'] }

const idOf = (key: ArticleKey) => (key === 'a' ? articleA.id : articleB.id)

type Query = { locale: string | undefined; fallback: string | undefined; draft: boolean }

/** GraphQL arguments where the schema's enums can say it; anything else goes in the URL, where Payload also reads it. */
const localeEnum = new Set(['it', 'fr', 'en'])
const fallbackEnum = new Set(['it', 'fr', 'en', 'none'])

function graphqlParts(query: Query): { args: string[]; search: string } {
  const args: string[] = []
  const search = new URLSearchParams()
  if (query.locale !== undefined) {
    if (localeEnum.has(query.locale)) args.push(`locale: ${query.locale}`)
    else search.set('locale', query.locale)
  }
  if (query.fallback !== undefined) {
    if (fallbackEnum.has(query.fallback)) args.push(`fallbackLocale: ${query.fallback}`)
    else search.set('fallback-locale', query.fallback)
  }
  if (query.draft) args.push('draft: true')
  return { args, search: search.toString() }
}

function restSearch(query: Query): string {
  const search = new URLSearchParams({ depth: '0' })
  if (query.locale !== undefined) search.set('locale', query.locale)
  if (query.fallback !== undefined) search.set('fallback-locale', query.fallback)
  if (query.draft) search.set('draft', 'true')
  return search.toString()
}

function localArgs(query: Query): Record<string, unknown> {
  const raw: Record<string, unknown> = {}
  if (query.locale !== undefined) raw.locale = query.locale
  if (query.fallback !== undefined) raw.fallbackLocale = query.fallback
  if (query.draft) raw.draft = true
  return raw
}

const articleFields = 'id title summary slug seoTitle seoDescription body publicLocales'

type Api = { name: string; byId: boolean; read: (query: Query, key?: ArticleKey) => Promise<Reply> }

const apis: Api[] = [
  {
    name: 'REST list',
    byId: false,
    read: async (query) => restReply(await rest(ctx.payload, 'GET', `/articles?${restSearch(query)}`), true),
  },
  {
    name: 'REST by id',
    byId: true,
    read: async (query, key = 'a') =>
      restReply(await rest(ctx.payload, 'GET', `/articles/${idOf(key)}?${restSearch(query)}`), false),
  },
  {
    name: 'GraphQL list',
    byId: false,
    read: async (query) => {
      const { args, search } = graphqlParts(query)
      const list = args.length > 0 ? `(${args.join(', ')})` : ''
      const { body } = await graphqlResponse(ctx.payload, `{ Articles${list} { docs { ${articleFields} } } }`, { search })
      return graphqlReply(body, 'Articles')
    },
  },
  {
    name: 'GraphQL by id',
    byId: true,
    read: async (query, key = 'a') => {
      const { args, search } = graphqlParts(query)
      const all = [`id: ${idOf(key)}`, ...args].join(', ')
      const { body } = await graphqlResponse(ctx.payload, `{ Article(${all}) { ${articleFields} } }`, { search })
      return graphqlReply(body, 'Article')
    },
  },
  {
    name: 'Local find',
    byId: false,
    read: (query) =>
      localReply(() => ctx.payload.find(untyped({ collection: 'articles', overrideAccess: false, depth: 0 }, localArgs(query)))),
  },
  {
    name: 'Local findByID',
    byId: true,
    read: (query, key = 'a') =>
      localReply(() =>
        ctx.payload.findByID(
          untyped({ collection: 'articles', id: idOf(key), overrideAccess: false, depth: 0 }, localArgs(query)),
        ),
      ),
  },
]

/** What a visible article must show in the language read: its published text, nothing else. */
function expectPublishedText(doc: Doc, key: ArticleKey, reads: Reads): void {
  const text = key === 'a' ? published.a : published.b
  if (reads === 'it') {
    expect(doc.title).toBe(text.it.title)
    expect(doc.summary).toBe(text.it.summary)
  } else if (reads === 'fr' && 'fr' in text) {
    expect(doc.title).toBe(text.fr.title)
    expect(doc.summary).toBe(text.fr.summary)
    // No fallback for visitors: the French has no SEO title, the Italian one must not stand in.
    expect(doc.seoTitle ?? null).toBeNull()
  } else if (reads === 'all') {
    const titles = 'fr' in text ? { it: text.it.title, fr: text.fr.title } : { it: text.it.title }
    expect(doc.title).toEqual(titles)
  }
}

type Row = { api: Api; locale: LocaleCase; fallback: string | undefined; draft: boolean }

const rows: Row[] = apis.flatMap((api) =>
  localeCases.flatMap((locale) =>
    fallbackCases.flatMap((fallback) => draftCases.map((draft) => ({ api, locale, fallback, draft }))),
  ),
)

describe('anonymous reads: API × locale × fallback locale × draft', () => {
  it.each(
    rows.map((row) => [row.api.name, row.locale.label, row.fallback ?? '(none)', row.draft ? 'draft=true' : '-', row] as const),
  )('%s, locale %s, fallback %s, %s', async (_api, _locale, _fallback, _draft, { api, locale, fallback, draft }) => {
    const query: Query = { locale: locale.value, fallback, draft }
    // GraphQL types each localized field as one string: it cannot answer every language at once.
    const reads = api.name.startsWith('GraphQL') && locale.reads === 'all' ? null : locale.reads
    const targets: (ArticleKey | undefined)[] = api.byId ? ['a', 'b'] : [undefined]
    for (const key of targets) {
      const reply = await api.read(query, key)
      expect(reply.status, reply.message).toBeLessThan(500)
      expect(leakedMarkers(reply), reply.text).toEqual([])
      if (reads === null) {
        expect(reply.status).toBe(400)
        expect(reply.message).toMatch(/locale/i)
        continue
      }
      const visible = visibleIn[reads]
      if (key === undefined) {
        expect(reply.status).toBe(200)
        const ids = reply.docs.map((doc) => doc.id)
        expect([...ids].sort()).toEqual(visible.map(idOf).sort())
        for (const doc of reply.docs) expectPublishedText(doc, doc.id === articleA.id ? 'a' : 'b', reads)
      } else if (visible.includes(key)) {
        expect(reply.status).toBe(200)
        expect(reply.docs[0]?.id).toBe(idOf(key))
        expectPublishedText(reply.docs[0] ?? {}, key, reads)
      } else {
        expect(reply.status).toBe(404)
      }
    }
  })
})

describe('other spellings of locale and fallback (REST)', () => {
  it.each([
    ['locale=FR', 'fr'],
    ['locale=fr_FR', 'fr'],
    ['locale=fr-CA', 'fr'],
    ['locale=en-GB', 'en'],
    ['locale=xx-FR', null],
    ['locale=%20', 'it'],
    ['locale[]=fr', 'it'],
    ['locale=fr&fallbackLocale=it', 'fr'],
    ['locale=fr&fallbackLocale[]=it&fallbackLocale[]=en', 'fr'],
    ['locale=en&fallback-locale=fr', 'en'],
    ['locale=all&fallback-locale=fr&draft=true', 'all'],
  ] as const)('%s', async (search, reads) => {
    const reply = restReply(await rest(ctx.payload, 'GET', `/articles?depth=0&${search}`), true)
    expect(leakedMarkers(reply), reply.text).toEqual([])
    if (reads === null) {
      expect(reply.status).toBe(400)
      expect(reply.message).toContain('Unknown locale')
      return
    }
    expect(reply.status).toBe(200)
    expect(reply.docs.map((doc) => doc.id).sort()).toEqual(visibleIn[reads].map(idOf).sort())
    for (const doc of reply.docs) expectPublishedText(doc, doc.id === articleA.id ? 'a' : 'b', reads)
  })
})

describe('topics check the locale too', () => {
  it.each([
    ['locale=xx', 400],
    ['locale=xx-FR', 400],
    ['locale=fr-FR', 200],
    ['locale=', 200],
    ['locale=*', 200],
  ] as const)('REST /topics?%s answers %i', async (search, status) => {
    const reply = restReply(await rest(ctx.payload, 'GET', `/topics?depth=0&${search}`), true)
    expect(reply.status, reply.message).toBe(status)
    if (status === 400) expect(reply.message).toContain('Unknown locale')
    else expect(reply.docs.map((doc) => doc.id)).toEqual([topic.id])
  })

  it.each(['locale=all', 'locale=xx'])('GraphQL Topics with ?%s is a 400, not a 500', async (search) => {
    const { body } = await graphqlResponse(ctx.payload, '{ Topics { docs { id name } } }', { search })
    expect(graphqlStatus(body), JSON.stringify(body)).toBe(400)
  })
})

// ---------------------------------------------------------------------------
// Filters: the same answer whether or not the hidden text matches
// ---------------------------------------------------------------------------

type FilterCase = {
  name: string
  run: (needle: string) => Promise<Reply>
  /** Refused with a 400, or answered (200) from the published row. */
  outcome: 'refused' | 'answered'
  /** For answered forms: a public text the same filter does find, so the comparison means something. */
  control?: string
}

const restFilter = (path: string) => async (needle: string) =>
  restReply(await rest(ctx.payload, 'GET', `${path.replaceAll('{}', encodeURIComponent(needle))}`), !path.includes('/count'))

const restCount = (path: string) => async (needle: string) => {
  const response = await rest(ctx.payload, 'GET', path.replaceAll('{}', encodeURIComponent(needle)))
  const reply = restReply(response, false)
  return { ...reply, docs: response.status === 200 && (response.json.totalDocs as number) > 0 ? [response.json] : [] }
}

const graphqlFilter =
  (query: string, key: 'Articles' | 'countArticles' = 'Articles', search = '') =>
  async (needle: string) => {
    const { body } = await graphqlResponse(ctx.payload, query.replaceAll('{}', JSON.stringify(needle)), { search })
    const reply = graphqlReply(body, key)
    if (key !== 'countArticles') return reply
    const total = (body.data?.countArticles as { totalDocs?: number } | undefined)?.totalDocs ?? 0
    return { ...reply, docs: total > 0 ? reply.docs : [] }
  }

const localFind = (raw: (needle: string) => Record<string, unknown>) => (needle: string) =>
  localReply(() => ctx.payload.find(untyped({ collection: 'articles', overrideAccess: false, depth: 0 }, raw(needle))))

const localCount = (raw: (needle: string) => Record<string, unknown>) => async (needle: string) => {
  const reply = await localReply(() => ctx.payload.count(untyped({ collection: 'articles', overrideAccess: false }, raw(needle))))
  const total = reply.docs[0]?.totalDocs
  return { ...reply, docs: typeof total === 'number' && total > 0 ? reply.docs : [] }
}

const like =
  (path: string) =>
  (needle: string): { where: Where } => ({ where: { [path]: { like: needle } } })

const filterCases: FilterCase[] = [
  // Naming another language in the path.
  { name: 'REST where[title.fr]', run: restFilter('/articles?depth=0&where[title.fr][like]={}'), outcome: 'refused' },
  {
    name: 'REST locale=fr, where[title.fr]',
    run: restFilter('/articles?depth=0&locale=fr&where[title.fr][like]={}'),
    outcome: 'refused',
  },
  { name: 'REST where[slug.fr]', run: restFilter('/articles?depth=0&where[slug.fr][like]={}'), outcome: 'refused' },
  { name: 'REST where[summary.fr]', run: restFilter('/articles?depth=0&where[summary.fr][like]={}'), outcome: 'refused' },
  {
    name: 'REST where[seoTitle.fr]',
    run: restFilter('/articles?depth=0&locale=it&where[seoTitle.fr][like]={}'),
    outcome: 'refused',
  },
  { name: 'REST where[body.fr]', run: restFilter('/articles?depth=0&where[body.fr][like]={}'), outcome: 'refused' },
  { name: 'REST where[title][fr] (nested)', run: restFilter('/articles?depth=0&where[title][fr][like]={}'), outcome: 'refused' },
  {
    name: 'REST where[and][0][title.fr]',
    run: restFilter('/articles?depth=0&where[and][0][title.fr][like]={}'),
    outcome: 'refused',
  },
  {
    name: 'REST where[or][1][summary.fr]',
    run: restFilter('/articles?depth=0&where[or][0][id][equals]=0&where[or][1][summary.fr][like]={}'),
    outcome: 'refused',
  },
  { name: 'REST count where[title.fr]', run: restCount('/articles/count?where[title.fr][like]={}'), outcome: 'refused' },
  // Every language at once.
  {
    name: 'REST locale=all, where[title]',
    run: restFilter('/articles?depth=0&locale=all&where[title][like]={}'),
    outcome: 'refused',
  },
  {
    name: 'REST locale=all, where[or][0][summary]',
    run: restFilter('/articles?depth=0&locale=all&where[or][0][summary][like]={}'),
    outcome: 'refused',
  },
  { name: 'REST locale=*, where[slug]', run: restFilter('/articles?depth=0&locale=*&where[slug][like]={}'), outcome: 'refused' },
  // The hidden derived field.
  {
    name: 'REST where[searchText] (no locale)',
    run: restFilter('/articles?depth=0&where[searchText][contains]={}'),
    outcome: 'refused',
  },
  {
    name: 'REST locale=fr, where[searchText]',
    run: restFilter('/articles?depth=0&locale=fr&where[searchText][like]={}'),
    outcome: 'refused',
  },
  {
    name: 'REST locale=all, where[searchText]',
    run: restFilter('/articles?depth=0&locale=all&where[searchText][contains]={}'),
    outcome: 'refused',
  },
  { name: 'REST count where[searchText]', run: restCount('/articles/count?where[searchText][contains]={}'), outcome: 'refused' },
  // One language, as asked: answered from the published row.
  {
    name: 'REST locale=fr, where[title]',
    run: restFilter('/articles?depth=0&locale=fr&where[title][like]={}'),
    outcome: 'answered',
    control: marker.publicB,
  },
  {
    name: 'REST locale=fr, where[summary]',
    run: restFilter('/articles?depth=0&locale=fr&where[summary][like]={}'),
    outcome: 'answered',
    control: marker.publicB,
  },
  {
    name: 'REST locale=fr, where[slug]',
    run: restFilter('/articles?depth=0&locale=fr&where[slug][like]={}'),
    outcome: 'answered',
    control: marker.publicB,
  },
  {
    name: 'REST locale=fr-FR, where[title], draft=true',
    run: restFilter('/articles?depth=0&locale=fr-FR&draft=true&where[title][like]={}'),
    outcome: 'answered',
    control: marker.publicB,
  },
  {
    name: 'REST locale=fr, fallback it, where[summary]',
    run: restFilter('/articles?depth=0&locale=fr&fallback-locale=it&where[summary][like]={}'),
    outcome: 'answered',
    control: marker.publicB,
  },
  {
    name: 'REST locale=it, where[summary]',
    run: restFilter('/articles?depth=0&locale=it&where[summary][like]={}'),
    outcome: 'answered',
    control: 'rinnovata',
  },
  {
    name: 'REST locale=it, where[seoTitle], draft=true',
    run: restFilter('/articles?depth=0&locale=it&draft=true&where[seoTitle][like]={}'),
    outcome: 'answered',
    control: 'SEO bravo',
  },
  {
    name: 'REST locale=en, fallback fr, where[title]',
    run: restFilter('/articles?depth=0&locale=en&fallback-locale=fr&where[title][like]={}'),
    outcome: 'answered',
  },
  {
    name: 'REST count locale=fr, where[title]',
    run: restCount('/articles/count?locale=fr&where[title][like]={}'),
    outcome: 'answered',
    control: marker.publicB,
  },
  // GraphQL.
  {
    name: 'GraphQL locale fr, where title',
    run: graphqlFilter('{ Articles(locale: fr, where: { title: { like: {} } }) { docs { id title } } }'),
    outcome: 'answered',
    control: marker.publicB,
  },
  {
    name: 'GraphQL locale fr, draft, where OR summary/slug',
    run: graphqlFilter(
      '{ Articles(locale: fr, draft: true, where: { OR: [{ summary: { like: {} } }, { slug: { like: {} } }] }) { docs { id title } } }',
    ),
    outcome: 'answered',
    control: marker.publicB,
  },
  {
    name: 'GraphQL count locale fr, where title',
    run: graphqlFilter('{ countArticles(locale: fr, where: { title: { like: {} } }) { totalDocs } }', 'countArticles'),
    outcome: 'answered',
    control: marker.publicB,
  },
  {
    name: 'GraphQL ?locale=all, where title',
    run: graphqlFilter('{ Articles(where: { title: { like: {} } }) { docs { id } } }', 'Articles', 'locale=all'),
    outcome: 'refused',
  },
  {
    name: 'GraphQL where searchText',
    run: graphqlFilter('{ Articles(where: { searchText: { contains: {} } }) { docs { id } } }'),
    outcome: 'refused',
  },
  // Local API.
  { name: 'Local find where title.fr', run: localFind(like('title.fr')), outcome: 'refused' },
  {
    name: 'Local find locale all, where summary',
    run: localFind((needle) => ({ locale: 'all', ...like('summary')(needle) })),
    outcome: 'refused',
  },
  {
    name: 'Local find where searchText',
    run: localFind((needle) => ({ where: { searchText: { contains: needle } } })),
    outcome: 'refused',
  },
  {
    name: 'Local find locale fr, draft, where title',
    run: localFind((needle) => ({ locale: 'fr', draft: true, ...like('title')(needle) })),
    outcome: 'answered',
    control: marker.publicB,
  },
  {
    name: 'Local count locale fr, where summary',
    run: localCount((needle) => ({ locale: 'fr', ...like('summary')(needle) })),
    outcome: 'answered',
    control: marker.publicB,
  },
  { name: 'Local count where slug.fr', run: localCount(like('slug.fr')), outcome: 'refused' },
]

const filterRows = filterCases.flatMap((form) => hiddenMarkers.map((needle) => [form.name, needle, form] as const))

describe('filters are no oracle', () => {
  it.each(filterRows)('%s: matching "%s" answers as matching nothing', async (_name, needle, form) => {
    const hit = await form.run(needle)
    const miss = await form.run(noMatch)
    for (const reply of [hit, miss]) {
      expect(reply.status, reply.message).toBeLessThan(500)
      expect(leakedMarkers(reply), reply.text).toEqual([])
    }
    expect(hit.status).toBe(form.outcome === 'refused' ? 400 : 200)
    if (form.outcome === 'refused') expect(hit.message.length).toBeGreaterThan(10)
    expect(hit.text).toBe(miss.text)
  })

  it.each(filterCases.filter((form) => form.control !== undefined).map((form) => [form.name, form] as const))(
    '%s finds public text (the filter is live)',
    async (_name, form) => {
      const found = await form.run(form.control ?? '')
      expect(found.status).toBe(200)
      expect(found.docs.length).toBeGreaterThan(0)
      expect((await form.run(noMatch)).docs).toEqual([])
    },
  )

  it.each([
    ['REST where[searchText]', '/articles?depth=0&where[searchText][contains]=x'],
    ['REST sort=searchText', '/articles?depth=0&sort=searchText'],
    ['REST where[title.fr]', '/articles?depth=0&where[title.fr][like]=x'],
    ['REST locale=all, where[title]', '/articles?depth=0&locale=all&where[title][like]=x'],
  ])('%s is refused with a clear message', async (_name, path) => {
    const reply = restReply(await rest(ctx.payload, 'GET', path), true)
    expect(reply.status).toBe(400)
    expect(reply.message).toMatch(/searchText|names a language|locale=all/)
  })
})

// ---------------------------------------------------------------------------
// Sorts: the same order whatever the hidden text says
// ---------------------------------------------------------------------------

/** Sorts take no needle: `run` is called with an empty one. */
type SortCase = { name: string; run: (needle: string) => Promise<Reply>; outcome: 'refused' | 'answered' }

const restSort = (search: string) => async () => restReply(await rest(ctx.payload, 'GET', `/articles?depth=0&${search}`), true)

const sortCases: SortCase[] = [
  { name: 'REST sort=title.fr', run: restSort('sort=title.fr'), outcome: 'refused' },
  { name: 'REST sort=-slug.fr', run: restSort('locale=it&sort=-slug.fr'), outcome: 'refused' },
  { name: 'REST sort=summary.fr,id', run: restSort('sort=summary.fr,id'), outcome: 'refused' },
  { name: 'REST locale=all, sort=title', run: restSort('locale=all&sort=title'), outcome: 'refused' },
  { name: 'REST sort=searchText', run: restSort('sort=searchText'), outcome: 'refused' },
  { name: 'REST locale=fr, sort=-searchText', run: restSort('locale=fr&sort=-searchText'), outcome: 'refused' },
  { name: 'REST locale=it, sort=summary', run: restSort('locale=it&sort=summary'), outcome: 'answered' },
  { name: 'REST locale=it, sort=-summary, draft=true', run: restSort('locale=it&sort=-summary&draft=true'), outcome: 'answered' },
  { name: 'REST locale=fr, sort=title', run: restSort('locale=fr&sort=title'), outcome: 'answered' },
  { name: 'GraphQL sort "title.fr"', run: graphqlFilter('{ Articles(sort: "title.fr") { docs { id } } }'), outcome: 'refused' },
  {
    name: 'GraphQL locale it, draft, sort "summary"',
    run: graphqlFilter('{ Articles(locale: it, draft: true, sort: "summary") { docs { id } } }'),
    outcome: 'answered',
  },
  { name: 'Local find sort summary.fr', run: localFind(() => ({ sort: 'summary.fr' })), outcome: 'refused' },
  {
    name: 'Local find locale it, draft, sort -title',
    run: localFind(() => ({ locale: 'it', draft: true, sort: '-title' })),
    outcome: 'answered',
  },
]

describe('sorts are no oracle', () => {
  const before = new Map<string, Reply>()

  beforeAll(async () => {
    for (const form of sortCases) before.set(form.name, await form.run(''))
    // Every hidden text now sorts the other way round ("Aaa …" → "Zzz …").
    await saveFrenchDraft(articleA, marker.draftA, 'Zzz')
    await saveFrenchDraft(articleB, marker.reworkB, 'Zzz')
    await saveItalianDraftOfA('Zzz')
  })

  it('the hidden texts did change', async () => {
    const draft = await ctx.payload.findByID({ collection: 'articles', id: articleA.id, locale: 'fr', draft: true })
    expect(draft.title).toBe(`Zzz ${marker.draftA}`)
  })

  it.each(sortCases.map((form) => [form.name, form] as const))('%s', async (_name, form) => {
    const after = await form.run('')
    const earlier = before.get(form.name)
    expect(after.status, after.message).toBe(form.outcome === 'refused' ? 400 : 200)
    expect(leakedMarkers(after), after.text).toEqual([])
    expect(after.text).toBe(earlier?.text)
    if (form.outcome === 'answered') expect(after.docs.length).toBeGreaterThan(0)
  })
})
