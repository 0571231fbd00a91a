import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Article } from '@/payload-types'
import { createUsers, type TestUser } from '../helpers/fixtures'
import { rest, tokenFor } from '../helpers/http'
import { createLocalizedTopic } from '../helpers/siteFixtures'
import { createSiteTestPayload } from '../helpers/sitePayload'
import type { TestPayload } from '../helpers/testPayload'
import {
  as,
  claimAndStart,
  createTranslator,
  password,
  publishArticle,
  sampleText,
  saveDraft,
  taskFor,
  textStrings,
  translateAndSubmit,
} from '../helpers/workflow'

/**
 * Preview (src/preview): who may open which draft, through the link's token and the
 * session, and what the preview shows — the previewed language's draft only, on the
 * page publication would make, while visitors keep reading the published text.
 */

vi.mock('@/site/payload', () => import('../helpers/sitePayload'))
const { openPreview } = await import('@/preview/data/open')
const { issuePreviewHref, previewHrefs } = await import('@/preview/data/issue')
const { loadPreviewArticle } = await import('@/preview/data/article')
const { sessionUser } = await import('@/preview/data/session')
const { createPreviewToken } = await import('@/preview/token')
const { getArticle } = await import('@/site/data/articles')

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let otherFr: TestUser
let enTranslator: TestUser
let article: Article
let frSlug: string
let itSlug: string

const italian = sampleText('Che cos’è un resolver DNS?', 'IT-PUBLISHED')
const italianPending = sampleText('Che cos’è un resolver DNS ricorsivo?', 'IT-PENDING')
const french = sampleText('Qu’est-ce qu’un résolveur DNS ?', 'FR-DRAFT')
const english = sampleText('What is a DNS resolver?', 'EN-DRAFT')

const secret = () => ctx.payload.config.secret
const session = (token: string) => new Headers({ Authorization: `JWT ${token}` })
const noSession = () => new Headers()
const tokenOf = (href: string | null) => new URL(href ?? '', 'http://localhost').searchParams.get('token')
const link = (user: TestUser, locale: 'it' | 'fr' | 'en', now?: number) =>
  createPreviewToken({ userId: user.id, articleId: article.id, locale, now }, secret())

beforeAll(async () => {
  ctx = await createSiteTestPayload()
  const { payload } = ctx
  users = await createUsers(payload)
  otherFr = await createTranslator(payload, 'fr', 'other.fr@test.example')
  enTranslator = await createTranslator(payload, 'en', 'en@test.example')
  const topic = await createLocalizedTopic(payload, { it: 'dns', fr: 'dns-fr', en: 'dns-en' })
  article = await publishArticle(payload, users.editor, { topic: topic.id, text: italian })
  // French: written and in review. English: a draft in progress. Italian: a pending change.
  await translateAndSubmit(payload, { articleId: article.id, locale: 'fr', translator: users.translator, text: french })
  await claimAndStart(payload, await taskFor(payload, article.id, 'en'), enTranslator)
  await saveDraft(payload, article.id, 'en', english, enTranslator)
  await saveDraft(payload, article.id, 'it', italianPending, users.editor)
  const draft = (locale: 'it' | 'fr') =>
    payload.findByID({ collection: 'articles', id: article.id, locale, draft: true, ...as(users.editor) })
  frSlug = (await draft('fr')).slug ?? ''
  const published = await payload.findByID({ collection: 'articles', id: article.id, locale: 'it', ...as(users.editor) })
  itSlug = published.slug ?? ''
  expect(frSlug).not.toBe('')
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('opening a preview link', () => {
  it('valid: the editor’s own link and session open the French draft', async () => {
    const editorSession = session(await tokenFor(ctx.payload, users.editor.email, password))
    const href = await issuePreviewHref(ctx.payload, users.editor, article.id, 'fr')
    expect(await openPreview(ctx.payload, editorSession, tokenOf(href))).toEqual({
      kind: 'draft',
      path: `/fr/articles/${frSlug}`,
    })
  })

  it('valid: the translator holding the French task opens it too', async () => {
    const translatorSession = session(await tokenFor(ctx.payload, users.translator.email, password))
    const href = await issuePreviewHref(ctx.payload, users.translator, article.id, 'fr')
    expect((await openPreview(ctx.payload, translatorSession, tokenOf(href))).kind).toBe('draft')
  })

  it('expired: the published page where there is one, else a 404', async () => {
    const editorSession = session(await tokenFor(ctx.payload, users.editor.email, password))
    const threeHoursAgo = Date.now() - 3 * 60 * 60 * 1000
    expect(await openPreview(ctx.payload, editorSession, link(users.editor, 'it', threeHoursAgo))).toEqual({
      kind: 'published',
      path: `/it/articoli/${itSlug}`,
    })
    // French is not public yet: nothing to fall back to.
    expect(await openPreview(ctx.payload, editorSession, link(users.editor, 'fr', threeHoursAgo))).toEqual({
      kind: 'notFound',
      locale: 'fr',
    })
  })

  it('forged: another secret, a changed claim or garbage is a 404, even with a session', async () => {
    const editorSession = session(await tokenFor(ctx.payload, users.editor.email, password))
    const foreign = createPreviewToken(
      { userId: users.editor.id, articleId: article.id, locale: 'fr' },
      'not-our-secret-0123456789abcdef012',
    )
    const genuine = link(users.editor, 'it')
    const [body, signature] = genuine.split('.') as [string, string]
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>
    const relabelled = `${Buffer.from(JSON.stringify({ ...claims, l: 'fr' })).toString('base64url')}.${signature}`
    for (const token of [foreign, relabelled, 'garbage', null]) {
      expect(await openPreview(ctx.payload, editorSession, token)).toEqual({ kind: 'notFound', locale: null })
    }
  })

  it('other language: a translator gets no link, and a token for it opens nothing', async () => {
    const translatorSession = session(await tokenFor(ctx.payload, users.translator.email, password))
    expect(await issuePreviewHref(ctx.payload, users.translator, article.id, 'en')).toBeNull()
    expect(await issuePreviewHref(ctx.payload, users.translator, article.id, 'it')).toBeNull()
    expect(await openPreview(ctx.payload, translatorSession, link(users.translator, 'en'))).toEqual({
      kind: 'notFound',
      locale: 'en',
    })
    // Italian is public: the published page, not the Italian draft.
    expect(await openPreview(ctx.payload, translatorSession, link(users.translator, 'it'))).toEqual({
      kind: 'published',
      path: `/it/articoli/${itSlug}`,
    })
    expect((await previewHrefs(ctx.payload, users.translator, article.id)).map((entry) => entry.locale)).toEqual(['fr'])
    expect((await previewHrefs(ctx.payload, users.editor, article.id)).map((entry) => entry.locale)).toEqual(['it', 'fr', 'en'])
  })

  it('other translator: no link of their own, and someone else’s link does not work with their session', async () => {
    const otherSession = session(await tokenFor(ctx.payload, otherFr.email, password))
    expect(await issuePreviewHref(ctx.payload, otherFr, article.id, 'fr')).toBeNull()
    expect((await openPreview(ctx.payload, otherSession, link(otherFr, 'fr'))).kind).toBe('notFound')
    // The assigned translator's (or the editor's) valid link, opened in another user's session.
    expect((await openPreview(ctx.payload, otherSession, link(users.translator, 'fr'))).kind).toBe('notFound')
    expect((await openPreview(ctx.payload, otherSession, link(users.editor, 'fr'))).kind).toBe('notFound')
  })

  it('anonymous: a valid link without a session opens nothing', async () => {
    expect(await sessionUser(ctx.payload, noSession())).toBeNull()
    expect(await openPreview(ctx.payload, noSession(), link(users.editor, 'it'))).toEqual({
      kind: 'published',
      path: `/it/articoli/${itSlug}`,
    })
    expect((await openPreview(ctx.payload, noSession(), link(users.editor, 'fr'))).kind).toBe('notFound')
    expect(
      (await openPreview(ctx.payload, new Headers({ Authorization: 'JWT not-a-token' }), link(users.editor, 'fr'))).kind,
    ).toBe('notFound')
  })

  it('revoked session: after logging out, the same link and token open nothing', async () => {
    const token = await tokenFor(ctx.payload, users.editor.email, password)
    const href = await issuePreviewHref(ctx.payload, users.editor, article.id, 'fr')
    expect((await openPreview(ctx.payload, session(token), tokenOf(href))).kind).toBe('draft')
    const logout = await rest(ctx.payload, 'POST', '/users/logout', { token })
    expect(logout.status).toBe(200)
    expect(await sessionUser(ctx.payload, session(token))).toBeNull()
    expect((await openPreview(ctx.payload, session(token), tokenOf(href))).kind).toBe('notFound')
  })

  it('a task that changes hands takes the right to preview with it', async () => {
    const task = await taskFor(ctx.payload, article.id, 'fr')
    await ctx.payload.update({ collection: 'translations', id: task.id, data: { assignee: otherFr.id }, ...as(users.editor) })
    try {
      const translatorSession = session(await tokenFor(ctx.payload, users.translator.email, password))
      expect((await openPreview(ctx.payload, translatorSession, link(users.translator, 'fr'))).kind).toBe('notFound')
      expect(await loadPreviewArticle(ctx.payload, users.translator, 'fr', frSlug)).toBeNull()
      expect(await loadPreviewArticle(ctx.payload, otherFr, 'fr', frSlug)).not.toBeNull()
    } finally {
      await ctx.payload.update({
        collection: 'translations',
        id: task.id,
        data: { assignee: users.translator.id },
        ...as(users.editor),
      })
    }
  })
})

describe('what the preview shows', () => {
  it('the French draft only: no other language’s pending text, the published Italian as the other version', async () => {
    const page = await loadPreviewArticle(ctx.payload, users.editor, 'fr', frSlug)
    expect(page?.title).toBe(french.title)
    expect(page?.summary).toBe(french.summary)
    const everything = JSON.stringify(page)
    expect(everything).toContain('FR-DRAFT: body')
    for (const text of [...textStrings(english), ...textStrings(italianPending)]) expect(everything).not.toContain(text)
    // The switcher and hreflang: the public Italian under its published slug, plus French being previewed.
    expect(page?.slugs).toEqual({ it: itSlug, fr: frSlug })
    expect(page?.topic?.slug).toBe('dns-fr')
  })

  it('the Italian draft for editors: the pending source text', async () => {
    const pendingSlug = (
      await ctx.payload.findByID({ collection: 'articles', id: article.id, locale: 'it', draft: true, ...as(users.editor) })
    ).slug
    const page = await loadPreviewArticle(ctx.payload, users.editor, 'it', pendingSlug ?? '')
    expect(page?.title).toBe(italianPending.title)
    expect(JSON.stringify(page)).not.toContain('FR-DRAFT')
    expect(await loadPreviewArticle(ctx.payload, users.translator, 'it', pendingSlug ?? '')).toBeNull()
  })

  it('per role: editors and admins every language, each translator only their task’s', async () => {
    const englishSlug = (
      await ctx.payload.findByID({ collection: 'articles', id: article.id, locale: 'en', draft: true, ...as(users.editor) })
    ).slug
    expect((await loadPreviewArticle(ctx.payload, users.admin, 'en', englishSlug ?? ''))?.title).toBe(english.title)
    expect((await loadPreviewArticle(ctx.payload, enTranslator, 'en', englishSlug ?? ''))?.title).toBe(english.title)
    expect(await loadPreviewArticle(ctx.payload, users.translator, 'en', englishSlug ?? '')).toBeNull()
    expect(await loadPreviewArticle(ctx.payload, enTranslator, 'fr', frSlug)).toBeNull()
    expect(await loadPreviewArticle(ctx.payload, otherFr, 'fr', frSlug)).toBeNull()
  })

  it('visitors still read the published text, and French is still no page for them', async () => {
    const italianPage = await getArticle('it', itSlug)
    expect(italianPage?.title).toBe(italian.title)
    expect(italianPage?.slugs).toEqual({ it: itSlug })
    expect(await getArticle('fr', frSlug)).toBeNull()
  })
})
