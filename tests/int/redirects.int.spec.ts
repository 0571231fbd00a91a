import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Article } from '@/payload-types'
import { createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { graphql, rest, tokenFor } from '../helpers/http'
import { createSiteTestPayload } from '../helpers/sitePayload'
import type { TestPayload } from '../helpers/testPayload'
import {
  as,
  claimAndStart,
  createTranslator,
  moveTask,
  password,
  publishArticle,
  restError,
  taskFor,
  textData,
  translateAndApprove,
} from '../helpers/workflow'

/**
 * Stable URLs (src/redirects): a published slug that changes leaves a 308 from
 * the old URL, in that language only; chains answer in one hop; an old slug is
 * not taken by another page without the editor's consent, on every API.
 */

vi.mock('@/site/payload', () => import('../helpers/sitePayload'))
const { findMovedSlug } = await import('@/site/data/redirects')
const { getArticle } = await import('@/site/data/articles')

let ctx: TestPayload
let users: Awaited<ReturnType<typeof createUsers>>
let frTranslator: TestUser
let topicId: number
let article: Article

async function publishSlug(id: Article['id'], slug: string, locale: 'it' = 'it') {
  return ctx.payload.update({
    collection: 'articles',
    id,
    locale,
    data: { slug, _status: 'published' },
    ...as(users.editor),
  })
}

async function redirectsFrom(from: string) {
  const { docs } = await ctx.payload.find({ collection: 'redirects', where: { from: { equals: from } }, depth: 0 })
  return docs
}

beforeAll(async () => {
  ctx = await createSiteTestPayload()
  users = await createUsers(ctx.payload)
  frTranslator = await createTranslator(ctx.payload, 'fr', 'fr-redirects@test.example')
  topicId = (await createTopic(ctx.payload, 'reti')).id
  article = await publishArticle(ctx.payload, users.editor, {
    topic: topicId,
    slug: 'primo-nome',
    text: { title: 'Che cos’è un nome di dominio?' },
  })
  await translateAndApprove(ctx.payload, {
    articleId: article.id,
    locale: 'fr',
    translator: frTranslator,
    editor: users.editor,
    text: { title: 'Qu’est-ce qu’un nom de domaine ?' },
  })
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('a published slug that changes', () => {
  it('keeps the old URL while the new slug is only a draft', async () => {
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'it',
      draft: true,
      data: { slug: 'nome-in-bozza' },
      ...as(users.editor),
    })
    expect(await redirectsFrom('primo-nome')).toEqual([])
    expect(await getArticle('it', 'primo-nome')).not.toBeNull()
    expect(await findMovedSlug('articles', 'it', 'nome-in-bozza')).toBeNull()
  })

  it('redirects the old Italian URL once published, for Italian only', async () => {
    await publishSlug(article.id, 'secondo-nome')
    expect(await findMovedSlug('articles', 'it', 'primo-nome')).toBe('secondo-nome')
    expect(await findMovedSlug('articles', 'fr', 'primo-nome')).toBeNull()
    expect(await findMovedSlug('articles', 'en', 'primo-nome')).toBeNull()
    // The page and its hreflang links name the current slug only.
    const page = await getArticle('it', 'secondo-nome')
    expect(page?.slugs.it).toBe('secondo-nome')
    expect(JSON.stringify(page?.slugs)).not.toContain('primo-nome')
  })

  it('collapses a chain of renames to one hop, and renaming back frees the old slug', async () => {
    await publishSlug(article.id, 'terzo-nome')
    expect(await findMovedSlug('articles', 'it', 'primo-nome')).toBe('terzo-nome')
    expect(await findMovedSlug('articles', 'it', 'secondo-nome')).toBe('terzo-nome')

    await publishSlug(article.id, 'primo-nome')
    expect(await redirectsFrom('primo-nome')).toEqual([])
    expect(await getArticle('it', 'primo-nome')).not.toBeNull()
    expect(await findMovedSlug('articles', 'it', 'terzo-nome')).toBe('primo-nome')
    expect(await findMovedSlug('articles', 'it', 'secondo-nome')).toBe('primo-nome')
  })

  it('redirects a translation’s old slug when its new one is approved, in that language only', async () => {
    const before = await ctx.payload.findByID({ collection: 'articles', id: article.id, locale: 'fr', depth: 0 })
    const oldFrench = before.slug
    expect(oldFrench).toBeTruthy()
    // A source change outdates the French task; the translator reworks it with a new slug and an editor approves.
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'it',
      data: { title: 'Che cos’è, esattamente, un nome di dominio?', _status: 'published' },
      ...as(users.editor),
    })
    expect((await taskFor(ctx.payload, article.id, 'fr')).status).toBe('outdated')
    await moveTask(ctx.payload, await taskFor(ctx.payload, article.id, 'fr'), 'in_progress', frTranslator)
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'fr',
      draft: true,
      data: { ...textData({ title: 'Qu’est-ce, exactement, qu’un nom de domaine ?' }), slug: 'nom-de-domaine' },
      ...as(frTranslator),
    })
    expect(await findMovedSlug('articles', 'fr', String(oldFrench))).toBeNull()
    const current = await taskFor(ctx.payload, article.id, 'fr')
    await moveTask(ctx.payload, current, 'in_review', frTranslator)
    await moveTask(ctx.payload, await taskFor(ctx.payload, article.id, 'fr'), 'approved', users.editor)
    expect(await findMovedSlug('articles', 'fr', String(oldFrench))).toBe('nom-de-domaine')
    expect(await findMovedSlug('articles', 'it', String(oldFrench))).toBeNull()
  })

  it('leads nowhere while the article is offline', async () => {
    const other = await publishArticle(ctx.payload, users.editor, {
      topic: topicId,
      slug: 'da-ritirare',
      text: { title: 'Un articolo da ritirare' },
    })
    await publishSlug(other.id, 'da-ritirare-2')
    expect(await findMovedSlug('articles', 'it', 'da-ritirare')).toBe('da-ritirare-2')
    await ctx.payload.update({
      collection: 'articles',
      id: other.id,
      locale: 'it',
      data: { _status: 'draft' },
      ...as(users.editor),
    })
    expect(await findMovedSlug('articles', 'it', 'da-ritirare')).toBeNull()
  })
})

describe('old slugs and new pages', () => {
  it('refuses an old slug to a new article on the Local API, in the caller’s language', async () => {
    const attempt = ctx.payload.create({
      collection: 'articles',
      locale: 'it',
      draft: true,
      data: { ...textData({ title: 'Un altro articolo' }), slug: 'secondo-nome', topic: topicId },
      ...as({ ...users.editor, language: 'en' }),
    })
    await expect(attempt).rejects.toMatchObject({ status: 400 })
    await expect(attempt).rejects.toThrow(/“secondo-nome”.*Reuse a redirected slug/)
  })

  it('refuses it on REST and GraphQL too', async () => {
    const token = await tokenFor(ctx.payload, users.editor.email, password)
    const restAnswer = await rest(ctx.payload, 'POST', '/articles?locale=it&draft=true', {
      token,
      headers: { 'Accept-Language': 'fr' },
      body: { ...textData({ title: 'Encore un article' }), slug: 'secondo-nome', topic: topicId },
    })
    expect(restAnswer.status).toBe(400)
    expect(restError(restAnswer.json)).toMatch(/« secondo-nome ».*Reprendre un slug redirigé/)

    const answer = await graphql(
      ctx.payload,
      `mutation { createArticle(locale: it, draft: true, data: { title: "Ancora uno", slug: "secondo-nome", topic: ${topicId} }) { id } }`,
      { token, headers: { 'Accept-Language': 'it' } },
    )
    expect(answer.errors?.[0]?.message).toMatch(/«secondo-nome».*Riusa uno slug reindirizzato/)
  })

  it('lets an editor take an old slug over when they confirm it', async () => {
    const taken = await ctx.payload.create({
      collection: 'articles',
      locale: 'it',
      data: {
        ...textData({ title: 'Il nuovo proprietario' }),
        slug: 'secondo-nome',
        topic: topicId,
        reuseRedirectedSlug: true,
        _status: 'published',
      },
      ...as(users.editor),
    })
    expect(taken.slug).toBe('secondo-nome')
    expect(await redirectsFrom('secondo-nome')).toEqual([])
    expect((await getArticle('it', 'secondo-nome'))?.id).toBe(taken.id)
    // The other old slugs of the first article still lead to it.
    expect(await findMovedSlug('articles', 'it', 'terzo-nome')).toBe('primo-nome')
  })

  it('does not let a translator confirm a takeover', async () => {
    const french = await ctx.payload.findByID({ collection: 'articles', id: article.id, locale: 'fr', depth: 0 })
    const frenchRedirect = (await ctx.payload.find({ collection: 'redirects', where: { locale: { equals: 'fr' } } })).docs[0]
    expect(frenchRedirect).toBeDefined()
    const other = await publishArticle(ctx.payload, users.editor, { topic: topicId, text: { title: 'Terzo articolo' } })
    await claimAndStart(ctx.payload, await taskFor(ctx.payload, other.id, 'fr'), frTranslator)
    const attempt = ctx.payload.update({
      collection: 'articles',
      id: other.id,
      locale: 'fr',
      draft: true,
      data: { ...textData({ title: 'Troisième article' }), slug: frenchRedirect?.from, reuseRedirectedSlug: true },
      ...as(frTranslator),
    })
    await expect(attempt).rejects.toMatchObject({ status: 400 })
    expect(french.slug).toBe('nom-de-domaine')
  })
})

describe('topics', () => {
  it('redirects a topic’s old slug in the language renamed only', async () => {
    const topic = await createTopic(ctx.payload, 'sicurezza')
    await ctx.payload.update({
      collection: 'topics',
      id: topic.id,
      locale: 'fr',
      data: { name: 'Sécurité', slug: 'securite' },
      ...as(users.editor),
    })
    await ctx.payload.update({
      collection: 'topics',
      id: topic.id,
      locale: 'fr',
      data: { slug: 'securite-web' },
      ...as(users.editor),
    })
    expect(await findMovedSlug('topics', 'fr', 'securite')).toBe('securite-web')
    expect(await findMovedSlug('topics', 'it', 'securite')).toBeNull()
    expect(await findMovedSlug('topics', 'it', 'sicurezza')).toBeNull()
    const attempt = ctx.payload.create({
      collection: 'topics',
      locale: 'fr',
      data: { name: 'Autre', slug: 'securite' },
      ...as(users.editor),
    })
    await expect(attempt).rejects.toMatchObject({ status: 400 })
  })
})

describe('the redirects collection', () => {
  it('is read by editors only and written by nobody over the API', async () => {
    const anonymous = await rest(ctx.payload, 'GET', '/redirects')
    expect(anonymous.status).toBe(403)
    const translator = await rest(ctx.payload, 'GET', '/redirects', {
      token: await tokenFor(ctx.payload, frTranslator.email, password),
    })
    expect(translator.status).toBe(403)
    const editorToken = await tokenFor(ctx.payload, users.editor.email, password)
    const editor = await rest(ctx.payload, 'GET', '/redirects', { token: editorToken })
    expect(editor.status).toBe(200)
    expect(Array.isArray(editor.json.docs) && editor.json.docs.length).toBeGreaterThan(0)
    const forged = await rest(ctx.payload, 'POST', '/redirects', {
      token: editorToken,
      body: { from: 'qualsiasi', collection: 'articles', locale: 'it', article: article.id },
    })
    expect(forged.status).toBe(403)
  })

  it('answers hostile slugs with nothing, never an error', async () => {
    for (const slug of ['../etc/passwd', '%E0%A4%A', 'a'.repeat(5_000), 'Primo-Nome', 'primo nome', '', '—']) {
      expect(await findMovedSlug('articles', 'it', slug)).toBeNull()
      expect(await findMovedSlug('topics', 'fr', slug)).toBeNull()
    }
  })
})
