import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Topic } from '@/payload-types'
import { recordApproval } from '@/workflow/services/translationMemory'
import { createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { graphql, rest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { anonymous, as, createTranslator, password, publishArticle, taskFor, translateAndApprove } from '../helpers/workflow'

/**
 * The translation memory: filled on approval with the task's sentence pairs; read by editors
 * (everything) and translators (their languages only), never by visitors, on the Local API,
 * REST and GraphQL; looked up through /api/translation-memory/lookup under the same rules.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let english: TestUser
let topic: Topic
let article: Article
const tokens: Record<string, string> = {}

const italianBody = 'Il DNS traduce i nomi in indirizzi. Un resolver interroga prima i server radice.'
const frenchBody = 'Le DNS traduit les noms en adresses. Un résolveur interroge d’abord les serveurs racine.'
const englishBody = 'DNS turns names into addresses. A resolver first asks the root servers.'

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  english = await createTranslator(ctx.payload, 'en', 'english@test.example')
  topic = await createTopic(ctx.payload)
  article = await publishArticle(ctx.payload, users.editor, {
    topic: topic.id,
    text: { title: 'Che cos’è il DNS?', summary: 'Il DNS in breve.', seoDescription: 'Come funziona il DNS.', body: italianBody },
  })
  await translateAndApprove(ctx.payload, {
    articleId: article.id,
    locale: 'fr',
    translator: users.translator,
    editor: users.editor,
    text: {
      title: 'Qu’est-ce que le DNS ?',
      summary: 'Le DNS en bref.',
      seoDescription: 'Comment fonctionne le DNS.',
      body: frenchBody,
    },
  })
  await translateAndApprove(ctx.payload, {
    articleId: article.id,
    locale: 'en',
    translator: english,
    editor: users.editor,
    text: { title: 'What is DNS?', summary: 'DNS in short.', seoDescription: 'How DNS works.', body: englishBody },
  })
  for (const user of [users.editor, users.translator, english])
    tokens[user.email] = await tokenFor(ctx.payload, user.email, password)
})

afterAll(async () => {
  await ctx?.cleanup()
})

async function allPairs() {
  const { docs } = await ctx.payload.find({ collection: 'translation-memory', pagination: false, sort: 'id' })
  return docs
}

describe('filling on approval', () => {
  it('stores each approved sentence pair with its article, field, approver and context', async () => {
    const pairs = await allPairs()
    const french = pairs.filter((pair) => pair.targetLocale === 'fr')
    expect(french.map((pair) => [pair.field, pair.sourceText, pair.targetText])).toEqual([
      ['title', 'Che cos’è il DNS?', 'Qu’est-ce que le DNS ?'],
      ['body', 'Il DNS traduce i nomi in indirizzi.', 'Le DNS traduit les noms en adresses.'],
      ['body', 'Un resolver interroga prima i server radice.', 'Un résolveur interroge d’abord les serveurs racine.'],
      ['summary', 'Il DNS in breve.', 'Le DNS en bref.'],
      ['seoDescription', 'Come funziona il DNS.', 'Comment fonctionne le DNS.'],
    ])
    const first = french[1]
    expect(first).toMatchObject({ sourceLocale: 'it', key: 'Il DNS traduce i nomi in indirizzi.', contextBefore: null })
    expect(first?.contextAfter).toMatch(/^[0-9a-f]{64}$/)
    expect(typeof first?.article === 'object' ? first.article?.id : first?.article).toBe(article.id)
    expect(typeof first?.approvedBy === 'object' ? first.approvedBy?.id : first?.approvedBy).toBe(users.editor.id)
    expect(first?.approvedAt).toBeTruthy()
    expect(pairs.filter((pair) => pair.targetLocale === 'en')).toHaveLength(5)
  })

  it('adds nothing when the same approval is recorded again', async () => {
    const before = (await allPairs()).length
    const task = await taskFor(ctx.payload, article.id, 'fr')
    const req = await createLocalReq({ user: users.editor }, ctx.payload)
    expect(await recordApproval(req, task)).toBe(0)
    expect((await allPairs()).length).toBe(before)
  })
})

describe('who reads and writes the memory', () => {
  it('Local API: editors everything, a translator their languages, visitors nothing', async () => {
    const read = async (options: object) =>
      (await ctx.payload.find({ collection: 'translation-memory', pagination: false, ...options })).docs.map(
        (doc) => doc.targetLocale,
      )
    expect((await read(as(users.editor))).sort()).toEqual([...Array(5).fill('en'), ...Array(5).fill('fr')])
    expect(new Set(await read(as(users.translator)))).toEqual(new Set(['fr']))
    expect(new Set(await read(as(english)))).toEqual(new Set(['en']))
    await expect(read(anonymous)).rejects.toThrow()
    const [pair] = await allPairs()
    await expect(
      ctx.payload.update({
        collection: 'translation-memory',
        id: pair?.id ?? 0,
        data: { targetText: 'x' },
        ...as(users.translator),
      }),
    ).rejects.toThrow()
    await expect(
      ctx.payload.create({
        collection: 'translation-memory',
        data: { sourceLocale: 'it', targetLocale: 'fr', sourceText: 'a', targetText: 'b' },
        ...as(users.translator),
      }),
    ).rejects.toThrow()
    const edited = await ctx.payload.update({
      collection: 'translation-memory',
      id: pair?.id ?? 0,
      data: { targetText: pair?.targetText ?? '' },
      ...as(users.editor),
    })
    expect(edited.key).toBe(pair?.key)
  })

  it('REST: the same rules', async () => {
    const list = async (token?: string) => rest(ctx.payload, 'GET', '/translation-memory?limit=100', { token })
    expect((await list(tokens[users.editor.email])).json.totalDocs).toBe(10)
    const french = await list(tokens[users.translator.email])
    expect(french.json.totalDocs).toBe(5)
    expect((french.json.docs as Array<{ targetLocale: string }>).every((doc) => doc.targetLocale === 'fr')).toBe(true)
    expect((await list()).status).toBe(403)
    const created = await rest(ctx.payload, 'POST', '/translation-memory', {
      token: tokens[users.translator.email],
      body: { sourceLocale: 'it', targetLocale: 'fr', sourceText: 'a', targetText: 'b' },
    })
    expect(created.status).toBe(403)
  })

  it('GraphQL: the same rules', async () => {
    const query = '{ MemoryPairs(limit: 100) { totalDocs docs { targetLocale } } }'
    const count = async (token?: string) => {
      const result = await graphql(ctx.payload, query, { token })
      const data = result.data?.MemoryPairs as { totalDocs: number; docs: Array<{ targetLocale: string }> } | null | undefined
      return { data, errors: result.errors }
    }
    expect((await count(tokens[users.editor.email])).data?.totalDocs).toBe(10)
    const french = await count(tokens[users.translator.email])
    expect(french.data?.docs.map((doc) => doc.targetLocale)).toEqual(Array(5).fill('fr'))
    const visitor = await count()
    expect(visitor.data ?? null).toBeNull()
    expect(visitor.errors?.length).toBeGreaterThan(0)
  })
})

describe('GET /api/translation-memory/lookup', () => {
  const lookup = (search: string, token?: string) => rest(ctx.payload, 'GET', `/translation-memory/lookup?${search}`, { token })
  const text = (value: string) => encodeURIComponent(value)

  it('answers exact, in-context and fuzzy matches with score and band', async () => {
    const exact = await lookup(
      `from=it&to=fr&text=${text('Un resolver interroga prima i server radice.')}`,
      tokens[users.translator.email],
    )
    expect(exact.status).toBe(200)
    expect(exact.json.matches).toMatchObject([
      { score: 100, band: '100', target: 'Un résolveur interroge d’abord les serveurs racine.' },
    ])
    const [pair] = (await allPairs()).filter((doc) => doc.targetLocale === 'fr' && doc.field === 'body' && doc.contextBefore)
    const inContext = await lookup(
      `from=it&to=fr&text=${text(pair?.sourceText ?? '')}&before=${pair?.contextBefore}&after=none`,
      tokens[users.editor.email],
    )
    expect(inContext.json.matches).toMatchObject([{ score: 101, band: '101' }])
    const fuzzy = await lookup(
      `from=it&to=en&text=${text('Il DNS traduce i nomi di dominio in indirizzi.')}`,
      tokens[english.email],
    )
    expect(fuzzy.json.matches).toMatchObject([{ band: '75-84', target: 'DNS turns names into addresses.' }])
    const none = await lookup(`from=it&to=fr&text=${text('Niente di simile qui dentro.')}`, tokens[users.editor.email])
    expect(none.json.matches).toEqual([])
  })

  it('refuses visitors, other languages and bad parameters with a clear 4xx', async () => {
    const good = `text=${text('Il DNS in breve.')}`
    expect((await lookup(`from=it&to=fr&${good}`)).status).toBe(401)
    expect((await lookup(`from=it&to=en&${good}`, tokens[users.translator.email])).status).toBe(403)
    for (const search of [
      `from=it&to=it&${good}`,
      `from=xx&to=fr&${good}`,
      `to=fr&${good}`,
      'from=it&to=fr',
      'from=it&to=fr&text=%20%20',
      `from=it&to=fr&text=${'a'.repeat(2001)}`,
    ]) {
      const answer = await lookup(search, tokens[users.editor.email])
      expect([search.slice(0, 40), answer.status]).toEqual([search.slice(0, 40), 400])
      expect(JSON.stringify(answer.json.errors)).toMatch(/from|text/)
    }
  })
})
