import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { createLocalizedTopic, createPublicArticle } from '../helpers/siteFixtures'
import { createSiteTestPayload } from '../helpers/sitePayload'
import type { TestPayload } from '../helpers/testPayload'

/**
 * The site's read paths against a real database: only what is public in a
 * locale reaches its pages, switcher and search (the sitemap: site-sitemap.int.spec.ts).
 */

let ctx: TestPayload

// The site reads through `sitePayload()`; here it is this file's test database.
vi.mock('@/site/payload', () => import('../helpers/sitePayload'))

const { getArticle, findTranslatedSlug, listArticles } = await import('@/site/data/articles')
const { loadSearchHits } = await import('@/site/data/search')

beforeAll(async () => {
  ctx = await createSiteTestPayload()
  const topic = await createLocalizedTopic(ctx.payload, { it: 'dns', fr: 'dns-fr', en: 'dns-en' })
  await ctx.payload.updateGlobal({ slug: 'legal', locale: 'it', data: { title: 'Avviso legale' } })
  await createPublicArticle(ctx.payload, {
    topic: topic.id,
    content: {
      it: { title: 'Cos’è un resolver?', slug: 'resolver', body: 'Il resolver ricorsivo interroga i server autoritativi.' },
      fr: {
        title: 'Qu’est-ce qu’un résolveur ?',
        slug: 'resolveur',
        body: 'Le résolveur récursif interroge les serveurs faisant autorité.',
      },
      en: { title: 'What is a resolver?', slug: 'resolver-en', body: 'The recursive resolver queries authoritative servers.' },
    },
    // English has text but no approved translation: it must stay invisible.
    publicIn: ['fr'],
  })
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('article pages', () => {
  it('reads an article with its slugs in the public locales only', async () => {
    const article = await getArticle('it', 'resolver')
    expect(article?.title).toBe('Cos’è un resolver?')
    expect(article?.slugs).toEqual({ it: 'resolver', fr: 'resolveur' })
    expect(article?.topic).toMatchObject({ slug: 'dns' })
  })

  it('has no page in a locale where it is not public, even with text', async () => {
    expect(await getArticle('en', 'resolver-en')).toBeNull()
    expect((await listArticles('en')).docs).toEqual([])
  })

  it('maps another locale’s slug to this locale’s, only where public', async () => {
    expect(await findTranslatedSlug('fr', 'resolver')).toBe('resolveur')
    expect(await findTranslatedSlug('it', 'resolveur')).toBe('resolver')
    expect(await findTranslatedSlug('en', 'resolver')).toBeNull()
    expect(await findTranslatedSlug('fr', 'resolver-en')).toBeNull()
  })
})

describe('search', () => {
  const slugs = async (locale: 'it' | 'fr' | 'en', query: string) =>
    (await loadSearchHits(locale, query)).map((hit) => hit.doc.slug)

  it('finds a body word in the same locale only, ignoring case and accents', async () => {
    expect(await slugs('it', 'AUTORITATIVI')).toEqual(['resolver'])
    expect(await slugs('fr', 'autoritativi')).toEqual([])
    expect(await slugs('fr', 'recursif interroge')).toEqual(['resolveur'])
    expect(await slugs('fr', 'recursif introuvable')).toEqual([])
    // The English version is not public: its words find nothing.
    expect(await slugs('en', 'authoritative')).toEqual([])
  })

  it('cuts the snippet from the original text', async () => {
    const [hit] = await loadSearchHits('fr', 'recursif')
    expect(hit?.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['récursif'])
  })

  it('keeps the search text in step with partial saves and out of every API answer', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'articles',
      locale: 'it',
      where: { slug: { equals: 'resolver' } },
      limit: 1,
    })
    const id = docs[0]?.id
    if (id === undefined) throw new Error('article missing')
    await ctx.payload.update({ collection: 'articles', id, locale: 'it', data: { title: 'Cos’è un resolver DNS ricorsivo?' } })
    expect(await slugs('it', 'ricorsivo autoritativi')).toEqual(['resolver'])
    const anonymous = await ctx.payload.findByID({ collection: 'articles', id, locale: 'it', overrideAccess: false })
    expect(anonymous).not.toHaveProperty('searchText')
  })
})
