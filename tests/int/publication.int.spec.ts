import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Source, Topic } from '@/payload-types'
import { createSource, createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { graphql, rest, tokenFor } from '../helpers/http'
import { createSiteTestPayload } from '../helpers/sitePayload'
import type { TestPayload } from '../helpers/testPayload'
import {
  anonymousViews,
  as,
  claimAndStart,
  createTranslator,
  editorSlice,
  everythingAnonymous,
  everywhere,
  hasText,
  localeSlice,
  moveTask,
  password,
  publicView,
  publishArticle,
  publishedRow,
  sampleText,
  saveDraft,
  taskFor,
  textStrings,
  translateAndApprove,
  translateAndSubmit,
  workingDraft,
} from '../helpers/workflow'

/**
 * Each language is published on its own (docs/publication.md): approving a
 * translation publishes that language's draft and nothing else, publishing the
 * source publishes the Italian and never a translator's pending draft, and a
 * refusal says why on every API. Each scenario reads the result as visitors do
 * (anonymous Local API, REST, GraphQL, the site's own readers) and as the
 * database holds it (the published row), against a copy taken before.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let enTranslator: TestUser
let topic: Topic
let source: Source
let editorToken: string

// The site's readers (src/site/data) read through `sitePayload()`: here, this file's database.
vi.mock('@/site/payload', () => import('../helpers/sitePayload'))
const { getArticle, listArticles } = await import('@/site/data/articles')
const { GET: feed } = await import('../../app/(site)/[locale]/feed.xml/route')
const { loadSearchHits } = await import('@/site/data/search')
const { loadSitemapArticles } = await import('@/site/sitemap/reads')

async function feedXml(locale: 'it' | 'fr' | 'en'): Promise<string> {
  const response = await feed(new Request(`http://localhost:3000/${locale}/feed.xml`), { params: Promise.resolve({ locale }) })
  return response.text()
}

beforeAll(async () => {
  ctx = await createSiteTestPayload()
  users = await createUsers(ctx.payload)
  enTranslator = await createTranslator(ctx.payload, 'en', 'translator.en@test.example')
  topic = await createTopic(ctx.payload, 'posta')
  source = await createSource(ctx.payload)
  editorToken = await tokenFor(ctx.payload, users.editor.email, password)
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('approving a translation publishes that language only', () => {
  it('approving French keeps the published Italian, the editor’s Italian draft and the unfinished English draft as they were', async () => {
    const italian = sampleText('Che cos’è un record MX?', 'Italiano pubblicato')
    const article = await publishArticle(ctx.payload, users.editor, { topic: topic.id, text: italian, sources: [source.id] })
    const french = sampleText('Qu’est-ce qu’un enregistrement MX ?', 'Français approuvé')
    const frTask = await translateAndSubmit(ctx.payload, {
      articleId: article.id,
      locale: 'fr',
      translator: users.translator,
      text: french,
    })
    const english = sampleText('What is an MX record (unfinished)', 'English draft')
    await claimAndStart(ctx.payload, await taskFor(ctx.payload, article.id, 'en'), enTranslator)
    await saveDraft(ctx.payload, article.id, 'en', english, enTranslator)
    const italianDraft = sampleText('Record MX: la bozza non pubblicata', 'Bozza italiana')
    await saveDraft(ctx.payload, article.id, 'it', italianDraft, users.editor)
    const before = await publishedRow(ctx.payload, article.id)
    // The copy taken before is a real publication: the test compares something.
    expect(editorSlice(before)).toMatchObject({ topic: topic.id, sources: [source.id], author: users.editor.id })
    expect(before.publishedAt).toEqual(expect.any(String))

    const approved = await moveTask(ctx.payload, frTask, 'approved', users.editor)
    expect(approved.status).toBe('approved')

    const after = await publishedRow(ctx.payload, article.id)
    expect(localeSlice(after, 'it')).toEqual(localeSlice(before, 'it'))
    expect(editorSlice(after)).toEqual(editorSlice(before))
    expect(localeSlice(after, 'fr')).toMatchObject({
      title: french.title,
      summary: french.summary,
      seoDescription: french.seoDescription,
    })
    expect(hasText(after, 'en')).toBe(false)
    expect(after.publicLocales).toEqual(['fr', 'it'])

    expect(await anonymousViews(ctx.payload, article.id, 'it')).toEqual(everywhere(publicView(italian)))
    expect(await anonymousViews(ctx.payload, article.id, 'fr')).toEqual(everywhere(publicView(french)))
    expect(await anonymousViews(ctx.payload, article.id, 'en')).toEqual(everywhere(null))
    const seen = await everythingAnonymous(ctx.payload, article.id)
    expect(seen).toContain(french.title)
    for (const secret of [...textStrings(english), ...textStrings(italianDraft)]) expect(seen).not.toContain(secret)

    // Nobody's pending work was lost: staff still see both drafts.
    const draft = await workingDraft(ctx.payload, article.id, users.editor)
    expect(draft.title).toEqual({ it: italianDraft.title, fr: french.title, en: english.title })
    expect(draft.summary).toEqual({ it: italianDraft.summary, fr: french.summary, en: english.summary })
    expect(draft.seoDescription).toEqual({
      it: italianDraft.seoDescription,
      fr: french.seoDescription,
      en: english.seoDescription,
    })
    // …with the article's own topic, sources, author and first publication date.
    expect({ topic: draft.topic, sources: draft.sources, publishedAt: draft.publishedAt, author: draft.author }).toEqual(
      editorSlice(after),
    )
  })

  it('two concurrent approvals (French and English) both publish, neither losing the other’s text', async () => {
    const italian = sampleText('Che cos’è SPF?', 'SPF italiano')
    const article = await publishArticle(ctx.payload, users.editor, { topic: topic.id, text: italian })
    const french = sampleText('Qu’est-ce que SPF ?', 'SPF français')
    const english = sampleText('What is SPF?', 'SPF English')
    const frTask = await translateAndSubmit(ctx.payload, {
      articleId: article.id,
      locale: 'fr',
      translator: users.translator,
      text: french,
    })
    const enTask = await translateAndSubmit(ctx.payload, {
      articleId: article.id,
      locale: 'en',
      translator: enTranslator,
      text: english,
    })

    const results = await Promise.all([
      moveTask(ctx.payload, frTask, 'approved', users.editor),
      moveTask(ctx.payload, enTask, 'approved', users.editor),
    ])
    expect(results.map((task) => task.status)).toEqual(['approved', 'approved'])
    expect((await taskFor(ctx.payload, article.id, 'fr')).status).toBe('approved')
    expect((await taskFor(ctx.payload, article.id, 'en')).status).toBe('approved')

    const row = await publishedRow(ctx.payload, article.id)
    expect(localeSlice(row, 'fr')).toMatchObject({ title: french.title, summary: french.summary })
    expect(localeSlice(row, 'en')).toMatchObject({ title: english.title, summary: english.summary })
    expect(localeSlice(row, 'it')).toMatchObject({ title: italian.title, summary: italian.summary })
    expect([...(Array.isArray(row.publicLocales) ? row.publicLocales : [])].sort()).toEqual(['en', 'fr', 'it'])
    expect((await workingDraft(ctx.payload, article.id, users.editor)).publicLocales).toEqual(row.publicLocales)
    expect(await anonymousViews(ctx.payload, article.id, 'fr')).toEqual(everywhere(publicView(french)))
    expect(await anonymousViews(ctx.payload, article.id, 'en')).toEqual(everywhere(publicView(english)))
  })
})

describe('publishing the source publishes the Italian only', () => {
  it('keeps French exactly as last approved while it is reworked, and the pending drafts stay drafts', async () => {
    const italian = sampleText('Che cos’è DKIM?', 'DKIM italiano')
    const article = await publishArticle(ctx.payload, users.editor, { topic: topic.id, text: italian })
    const french = sampleText('Qu’est-ce que DKIM ?', 'DKIM approuvé')
    await translateAndApprove(ctx.payload, {
      articleId: article.id,
      locale: 'fr',
      translator: users.translator,
      editor: users.editor,
      text: french,
    })

    // The Italian changes, so French goes outdated; its translator reworks it as a new draft.
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'it',
      data: { title: 'Che cos’è DKIM, e a cosa serve?', _status: 'published' },
      ...as(users.editor),
    })
    const outdated = await taskFor(ctx.payload, article.id, 'fr')
    expect(outdated.status).toBe('outdated')
    await claimAndStart(ctx.payload, outdated, users.translator)
    const rework = sampleText('DKIM, refait (brouillon)', 'DKIM en cours de reprise')
    await saveDraft(ctx.payload, article.id, 'fr', rework, users.translator)
    const english = sampleText('What is DKIM (draft)', 'DKIM English draft')
    await claimAndStart(ctx.payload, await taskFor(ctx.payload, article.id, 'en'), enTranslator)
    await saveDraft(ctx.payload, article.id, 'en', english, enTranslator)
    const before = await publishedRow(ctx.payload, article.id)
    expect(localeSlice(before, 'fr')).toMatchObject({ title: french.title })

    const republished = await rest(ctx.payload, 'PATCH', `/articles/${article.id}?locale=it`, {
      token: editorToken,
      body: { summary: 'DKIM italiano: sintesi rivista', _status: 'published' },
    })
    expect(republished.status).toBe(200)

    const after = await publishedRow(ctx.payload, article.id)
    expect(localeSlice(after, 'it')).toMatchObject({
      title: 'Che cos’è DKIM, e a cosa serve?',
      summary: 'DKIM italiano: sintesi rivista',
    })
    expect(localeSlice(after, 'fr')).toEqual(localeSlice(before, 'fr'))
    expect(hasText(after, 'en')).toBe(false)
    expect(await anonymousViews(ctx.payload, article.id, 'fr')).toEqual(everywhere(publicView(french)))
    expect(await anonymousViews(ctx.payload, article.id, 'en')).toEqual(everywhere(null))
    const seen = await everythingAnonymous(ctx.payload, article.id)
    for (const secret of [...textStrings(rework), ...textStrings(english)]) expect(seen).not.toContain(secret)

    // The site's own readers: the article page, the listing and the feed.
    const frenchSlug = localeSlice(after, 'fr').slug
    expect(typeof frenchSlug).toBe('string')
    const page = await getArticle('fr', String(frenchSlug))
    expect({ title: page?.title, summary: page?.summary, seoDescription: page?.seoDescription }).toEqual(publicView(french))
    const listed = (await listArticles('fr', { topicId: topic.id, limit: 50 })).docs.find((card) => card.id === article.id)
    expect(listed?.title).toBe(french.title)
    expect((await listArticles('en', { topicId: topic.id, limit: 50 })).docs.some((card) => card.id === article.id)).toBe(false)
    const frenchFeed = await feedXml('fr')
    expect(frenchFeed).toContain('DKIM')
    expect(frenchFeed).not.toContain('refait')
    expect(await feedXml('en')).not.toContain('DKIM')
    // Search and sitemap: the approved French is found and listed; the drafts are neither.
    const hitIds = async (locale: 'fr' | 'en', query: string) =>
      (await loadSearchHits(locale, query)).map((hit) => String(hit.doc.id))
    expect(await hitIds('fr', 'approuvé')).toContain(String(article.id))
    expect(await hitIds('fr', 'reprise')).not.toContain(String(article.id))
    expect(await hitIds('fr', 'refait')).not.toContain(String(article.id))
    expect(await hitIds('en', 'draft')).not.toContain(String(article.id))
    const listedInSitemap = (await loadSitemapArticles({ afterId: null, upToId: null, limit: 1000 })).find(
      (entry) => entry.id === article.id,
    )
    expect(Object.keys(listedInSitemap?.slugs ?? {}).sort()).toEqual(['fr', 'it'])

    // The translators' drafts survive as drafts.
    const draft = await workingDraft(ctx.payload, article.id, users.editor)
    expect(draft.title).toMatchObject({ fr: rework.title, en: english.title })
    expect(draft.summary).toMatchObject({ fr: rework.summary, en: english.summary })
    expect((await taskFor(ctx.payload, article.id, 'fr')).status).toBe('in_progress')
  })
})

describe('refusals say why on every API', () => {
  it('an editor cannot publish French from the article: 400, "published by approving its translation task"', async () => {
    const article = await publishArticle(ctx.payload, users.editor, {
      topic: topic.id,
      text: sampleText('Che cos’è DMARC?', 'DMARC'),
    })
    await saveDraft(ctx.payload, article.id, 'fr', sampleText('DMARC (brouillon)', 'DMARC brouillon'), users.editor)
    const before = await publishedRow(ctx.payload, article.id)
    const draftBefore = await workingDraft(ctx.payload, article.id, users.editor)
    const reason = /La traduzione in francese si pubblica approvando il suo compito di traduzione/

    const viaRest = await rest(ctx.payload, 'PATCH', `/articles/${article.id}?locale=fr`, {
      token: editorToken,
      body: { title: 'DMARC forcé', _status: 'published' },
    })
    expect(viaRest.status).toBe(400)
    const restErrors = Array.isArray(viaRest.json.errors) ? viaRest.json.errors : []
    expect(String(restErrors[0]?.message)).toMatch(reason)

    const viaGraphql = await graphql(
      ctx.payload,
      'mutation ($id: Int!) { updateArticle(id: $id, locale: fr, data: { title: "DMARC forcé", _status: published }) { id } }',
      { token: editorToken, variables: { id: article.id } },
    )
    expect(viaGraphql.errors?.[0]?.message).toMatch(reason)
    expect(viaGraphql.errors?.[0]?.extensions?.statusCode).toBe(400)

    await expect(
      ctx.payload.update({
        collection: 'articles',
        id: article.id,
        locale: 'fr',
        data: { title: 'DMARC forcé', _status: 'published' },
        ...as(users.editor),
      }),
    ).rejects.toThrow(reason)

    // Refused before anything was saved: neither the published row nor the draft changed.
    expect(await publishedRow(ctx.payload, article.id)).toEqual(before)
    expect(await workingDraft(ctx.payload, article.id, users.editor)).toEqual(draftBefore)
    expect(await anonymousViews(ctx.payload, article.id, 'fr')).toEqual(everywhere(null))
  })
})
