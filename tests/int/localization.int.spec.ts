import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Topic } from '@/payload-types'
import { createArticle, createTopic } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let topic: Topic

beforeAll(async () => {
  ctx = await createTestPayload()
  topic = await createTopic(ctx.payload)
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('slugs', () => {
  it('are generated from the title of the same locale', async () => {
    const article = await createArticle(ctx.payload, { title: 'Perché il DNS è gerarchico?', topic: topic.id })
    expect(article.slug).toBe('perche-il-dns-e-gerarchico')
    const fr = await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'fr',
      data: { title: 'Pourquoi le DNS est-il hiérarchique ?' },
    })
    expect(fr.slug).toBe('pourquoi-le-dns-est-il-hierarchique')
    const it = await ctx.payload.findByID({ collection: 'articles', id: article.id, locale: 'it' })
    expect(it.slug).toBe('perche-il-dns-e-gerarchico')
  })

  it('are normalized when typed by hand', async () => {
    const article = await createArticle(ctx.payload, { title: 'Titolo', slug: '  Il Mio SLUG è qui! ', topic: topic.id })
    expect(article.slug).toBe('il-mio-slug-e-qui')
  })

  it('are unique within a locale', async () => {
    await createArticle(ctx.payload, { title: 'Primo', slug: 'stesso-slug', topic: topic.id })
    await expect(createArticle(ctx.payload, { title: 'Secondo', slug: 'stesso-slug', topic: topic.id })).rejects.toThrow()
    const found = await ctx.payload.find({
      collection: 'articles',
      locale: 'it',
      where: { slug: { equals: 'stesso-slug' } },
    })
    expect(found.totalDocs).toBe(1)
  })

  it('may repeat across locales', async () => {
    const article = await createArticle(ctx.payload, { title: 'Docker', slug: 'docker-in-breve', topic: topic.id })
    const en = await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { title: 'Docker', slug: 'docker-in-breve' },
    })
    expect(en.slug).toBe('docker-in-breve')
  })
})

describe('localized reads', () => {
  it('return only the requested locale, with no fallback to Italian', async () => {
    const article = await createArticle(ctx.payload, { title: 'Solo italiano', topic: topic.id })
    const fr = await ctx.payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'fr',
      fallbackLocale: false,
    })
    expect(fr.title ?? null).toBeNull()
    expect(fr.summary ?? null).toBeNull()
    // Non-localized fields are the same in every locale.
    expect(typeof fr.topic === 'object' ? fr.topic?.id : fr.topic).toBe(topic.id)
  })

  it('return every locale with locale "all" (the working draft, as staff see it)', async () => {
    const article = await createArticle(ctx.payload, { title: 'Tre lingue', topic: topic.id })
    await ctx.payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { title: 'Three languages' } })
    const all = await ctx.payload.findByID({ collection: 'articles', id: article.id, locale: 'all', draft: true })
    expect(all.title).toMatchObject({ it: 'Tre lingue', en: 'Three languages' })
  })

  it('topics keep a name per locale', async () => {
    const name = await ctx.payload.update({
      collection: 'topics',
      id: topic.id,
      locale: 'fr',
      data: { name: 'DNS (fr)', slug: 'dns-fr' },
    })
    expect(name.name).toBe('DNS (fr)')
    const it = await ctx.payload.findByID({ collection: 'topics', id: topic.id, locale: 'it' })
    expect(it.name).toBe('DNS')
  })
})

describe('public locales', () => {
  it('an anonymous caller sees a published article only in its public locales', async () => {
    const article = await createArticle(ctx.payload, {
      title: 'Visibile in italiano',
      topic: topic.id,
      status: 'published',
      withoutTasks: true,
    })
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'fr',
      data: { title: 'Visible en français ?', _status: 'published' },
      context: { seeding: true },
    })
    const anonymous = { overrideAccess: false as const }
    const inItalian = await ctx.payload.find({
      collection: 'articles',
      locale: 'it',
      where: { id: { equals: article.id } },
      ...anonymous,
    })
    expect(inItalian.docs[0]?.title).toBe('Visibile in italiano')
    // No approved French translation yet: not found in French, and absent from `locale=all`.
    const inFrench = await ctx.payload.find({
      collection: 'articles',
      locale: 'fr',
      where: { id: { equals: article.id } },
      ...anonymous,
    })
    expect(inFrench.totalDocs).toBe(0)
    const all = await ctx.payload.findByID({ collection: 'articles', id: article.id, locale: 'all', ...anonymous })
    expect(all.title).toEqual({ it: 'Visibile in italiano' })

    await ctx.payload.create({
      collection: 'translations',
      data: { article: article.id, locale: 'fr', status: 'approved', approvedAt: new Date().toISOString() },
    })
    const afterApproval = await ctx.payload.find({
      collection: 'articles',
      locale: 'fr',
      where: { id: { equals: article.id } },
      ...anonymous,
    })
    expect(afterApproval.docs[0]?.title).toBe('Visible en français ?')
    const stored = await ctx.payload.findByID({ collection: 'articles', id: article.id })
    expect(stored.publicLocales).toEqual(['fr', 'it'])
  })

  it('clients cannot set publicLocales themselves', async () => {
    const article = await createArticle(ctx.payload, { title: 'Furbo', topic: topic.id, status: 'published' })
    const updated = await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'it',
      data: { publicLocales: ['it', 'fr', 'en'] },
    })
    expect(updated.publicLocales).toEqual(['it'])
  })
})
