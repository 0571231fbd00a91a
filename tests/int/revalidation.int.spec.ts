import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Topic } from '@/payload-types'
import { setRevalidator } from '@/site/revalidation/revalidate'
import { articleChange, type Revalidation } from '@/site/revalidation/targets'
import { richText } from '@/richtext/build'
import { createSource, createUsers } from '../helpers/fixtures'
import { createLocalizedTopic, createPublicArticle } from '../helpers/siteFixtures'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * Real collection and global operations, with the Next.js call replaced by a
 * recorder: which pages and cached data each change makes stale.
 */

let ctx: TestPayload
let calls: Revalidation[] = []
let topic: Topic
let otherTopic: Topic

const everything = { routes: [{ route: '/(site)/[locale]', type: 'layout' }] }
const numberedTopicPages = { route: '/(site)/[locale]/topics/[slug]/page/[page]', type: 'page' }
/** Every article change: numbered topic pages shift, any cached search result may change. */
const articleRoutes = [{ route: '/(site)/[locale]/search-results/[query]', type: 'page' }, numberedTopicPages]
/** An article change: the search index, the sitemap's plan and the article batches its children stream. */
const listTags = ['site:search-index', 'site:sitemap', 'site:sitemap-articles']
/** A topic change: the same but the article batches, which name no topic. */
const topicTags = ['site:search-index', 'site:shell', 'site:sitemap']

/** What the hooks asked for since the last reset, merged. */
function recorded(): Revalidation {
  return {
    paths: [...new Set(calls.flatMap((call) => call.paths))].sort(),
    routes: calls.flatMap((call) => call.routes).filter((route, i, all) => all.findIndex((r) => r.route === route.route) === i),
    tags: [...new Set(calls.flatMap((call) => call.tags))].sort(),
  }
}

function listingPaths(locale: string, topicSlug: string): string[] {
  return [`/${locale}`, `/${locale}/feed.xml`, `/${locale}/topics`, `/${locale}/topics/${topicSlug}`]
}

beforeAll(async () => {
  ctx = await createTestPayload()
  setRevalidator((revalidation) => {
    calls.push(revalidation)
  })
  topic = await createLocalizedTopic(ctx.payload, { it: 'reti', fr: 'reseaux', en: 'networks' })
  otherTopic = await createLocalizedTopic(ctx.payload, { it: 'posta', fr: 'courriel', en: 'mail' }, 2)
})

afterAll(async () => {
  setRevalidator(null)
  await ctx?.cleanup()
})

beforeEach(() => {
  calls = []
})

describe('article changes', () => {
  it('a draft revalidates nothing; its first publish revalidates its page, the listings, feed, sitemap and search of its locale', async () => {
    const draft = await ctx.payload.create({
      collection: 'articles',
      locale: 'it',
      draft: true,
      data: { title: 'Bozza', slug: 'bozza', topic: topic.id, body: richText([{ type: 'p', text: 'x' }]), _status: 'draft' },
    })
    expect(calls).toEqual([])

    await ctx.payload.update({ collection: 'articles', id: draft.id, locale: 'it', data: { _status: 'published' } })
    expect(recorded()).toEqual({
      paths: ['/it/articles/bozza', ...listingPaths('it', 'reti')].sort(),
      routes: articleRoutes,
      tags: listTags,
    })
  })

  it('an edit revalidates every public version (switcher and hreflang list the others), not the hidden one', async () => {
    const article = await createPublicArticle(ctx.payload, {
      topic: topic.id,
      content: {
        it: { title: 'Cos’è un resolver?', slug: 'resolver-it' },
        fr: { title: 'Qu’est-ce qu’un résolveur ?', slug: 'resolveur-fr' },
        en: { title: 'What is a resolver?', slug: 'resolver-en' },
      },
      publicIn: ['fr'],
    })
    expect(calls).toEqual([])

    await ctx.payload.update({ collection: 'articles', id: article.id, locale: 'it', data: { summary: 'Nuova sintesi.' } })
    expect(recorded()).toEqual({
      paths: [
        '/fr/articles/resolveur-fr',
        ...listingPaths('fr', 'reseaux'),
        '/it/articles/resolver-it',
        ...listingPaths('it', 'reti'),
      ].sort(),
      routes: articleRoutes,
      tags: listTags,
    })
  })

  it('a draft save of a published article changes nothing public', async () => {
    const article = await createPublicArticle(ctx.payload, {
      topic: topic.id,
      content: { it: { title: 'Stabile', slug: 'stabile' } },
    })
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'it',
      draft: true,
      data: { title: 'Stabile (bozza)' },
    })
    expect(calls).toEqual([])
  })

  it('a new slug revalidates the old URL (now a 404) and the new one', async () => {
    const article = await createPublicArticle(ctx.payload, {
      topic: topic.id,
      content: { it: { title: 'Vecchio', slug: 'vecchio-slug' }, fr: { title: 'Ancien', slug: 'ancien' } },
      publicIn: ['fr'],
    })
    await ctx.payload.update({ collection: 'articles', id: article.id, locale: 'it', data: { slug: 'nuovo-slug' } })
    const { paths } = recorded()
    expect(paths).toContain('/it/articles/vecchio-slug')
    expect(paths).toContain('/it/articles/nuovo-slug')
    expect(paths).toContain('/fr/articles/ancien')
  })

  it('moving to another topic revalidates both topic pages', async () => {
    const article = await createPublicArticle(ctx.payload, {
      topic: topic.id,
      content: { it: { title: 'Spostato', slug: 'spostato' } },
    })
    await ctx.payload.update({ collection: 'articles', id: article.id, locale: 'it', data: { topic: otherTopic.id } })
    const { paths } = recorded()
    expect(paths).toContain('/it/topics/reti')
    expect(paths).toContain('/it/topics/posta')
  })

  it('unpublishing and deleting revalidate the pages that were public', async () => {
    const article = await createPublicArticle(ctx.payload, {
      topic: topic.id,
      content: { it: { title: 'Ritirato', slug: 'ritirato' }, en: { title: 'Withdrawn', slug: 'withdrawn' } },
      publicIn: ['en'],
    })
    await ctx.payload.update({ collection: 'articles', id: article.id, locale: 'it', data: { _status: 'draft' } })
    expect(recorded().paths).toEqual(
      [
        '/en/articles/withdrawn',
        ...listingPaths('en', 'networks'),
        '/it/articles/ritirato',
        ...listingPaths('it', 'reti'),
      ].sort(),
    )

    const other = await createPublicArticle(ctx.payload, {
      topic: topic.id,
      content: { it: { title: 'Cancellato', slug: 'cancellato' }, fr: { title: 'Supprimé', slug: 'supprime' } },
      publicIn: ['fr'],
    })
    calls = []
    await ctx.payload.delete({ collection: 'articles', id: other.id })
    expect(recorded()).toEqual({
      paths: [
        '/fr/articles/supprime',
        ...listingPaths('fr', 'reseaux'),
        '/it/articles/cancellato',
        ...listingPaths('it', 'reti'),
      ].sort(),
      routes: articleRoutes,
      tags: listTags,
    })
  })

  it('unpublishing one language revalidates its pages, and those of the languages that linked to it', async () => {
    const { editor } = await createUsers(ctx.payload)
    const article = await createPublicArticle(ctx.payload, {
      topic: topic.id,
      content: {
        it: { title: 'Lingua ritirata', slug: 'lingua-ritirata' },
        fr: { title: 'Langue retirée', slug: 'langue-retiree' },
      },
      publicIn: ['fr'],
    })
    const { docs } = await ctx.payload.find({ collection: 'translations', where: { article: { equals: article.id } } })
    const french = docs.find((task) => task.locale === 'fr')
    if (!french) throw new Error('no French task')
    calls = []
    await ctx.payload.update({
      collection: 'translations',
      id: french.id,
      data: { status: 'todo', transitionComment: 'Cifre sbagliate.' },
      overrideAccess: false,
      user: editor,
    })
    expect(recorded()).toEqual({
      paths: [
        '/fr/articles/langue-retiree',
        ...listingPaths('fr', 'reseaux'),
        '/it/articles/lingua-ritirata',
        ...listingPaths('it', 'reti'),
      ].sort(),
      routes: articleRoutes,
      tags: listTags,
    })
  })

  it('an operation can opt out with context.disableRevalidate', async () => {
    const article = await createPublicArticle(ctx.payload, { topic: topic.id, content: { it: { title: 'Muto', slug: 'muto' } } })
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'it',
      data: { summary: 'Import.' },
      context: { disableRevalidate: true },
    })
    expect(calls).toEqual([])
  })
})

describe('other content', () => {
  it('a topic change revalidates every page (the footer lists topics), the sitemap’s plan and the search index', async () => {
    await ctx.payload.update({ collection: 'topics', id: topic.id, locale: 'fr', data: { name: 'Réseaux' } })
    expect(recorded()).toEqual({ paths: [], ...everything, tags: topicTags })
  })

  it('a source change revalidates the public versions of the articles citing it', async () => {
    const source = await createSource(ctx.payload, { title: 'Citata' })
    await createPublicArticle(ctx.payload, {
      topic: topic.id,
      sources: [source.id],
      content: {
        it: { title: 'Con fonte', slug: 'con-fonte' },
        fr: { title: 'Avec source', slug: 'avec-source' },
        en: { title: 'Hidden', slug: 'hidden' },
      },
      publicIn: ['fr'],
    })
    calls = []
    await ctx.payload.update({ collection: 'sources', id: source.id, data: { year: 1988 } })
    expect(recorded()).toEqual({ paths: ['/fr/articles/avec-source', '/it/articles/con-fonte'], routes: [], tags: [] })
  })

  it('the legal page revalidates itself in every locale and the sitemap’s plan (not its article batches)', async () => {
    await ctx.payload.updateGlobal({ slug: 'legal', locale: 'en', data: { title: 'Legal notice' } })
    expect(recorded()).toEqual({
      paths: ['/en/legal-notice', '/fr/legal-notice', '/it/legal-notice'],
      routes: [],
      tags: ['site:sitemap'],
    })
  })

  it('site settings revalidate every page and the cached header and footer', async () => {
    await ctx.payload.updateGlobal({
      slug: 'site-settings',
      locale: 'it',
      data: { tagline: 'Nuovo motto', contactEmail: 'dino@example.com' },
    })
    expect(recorded()).toEqual({ paths: [], ...everything, tags: ['site:shell'] })
  })
})

describe('articleChange (pure)', () => {
  it('is empty when the article was never public', () => {
    expect(articleChange(null, { publicLocales: [], slugs: { it: 'x' }, topicSlugs: { it: 't' } })).toEqual({
      paths: [],
      routes: [],
      tags: [],
    })
  })

  it('ignores a public locale without a slug', () => {
    const result = articleChange(null, { publicLocales: ['it', 'en'], slugs: { it: 'x' }, topicSlugs: {} })
    expect(result.paths).toEqual(['/it', '/it/articles/x', '/it/feed.xml', '/it/topics'])
  })
})
