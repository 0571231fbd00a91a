import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { env } from '@/env'
import { locales, type Locale } from '@/i18n/locales'
import { absoluteUrl, localizedPath } from '@/site/paths'
import { sitemapArticlesTag, sitemapTag } from '@/site/revalidation/tags'
import { SITEMAP_MAX_BYTES } from './protocol'
import type { SitemapService } from './responses'
import { articleChunker, type ArticleId, type SitemapPlan } from './split'
import type { ArticleRange, SitemapArticle } from './stream'
import { latest, type SitemapPage } from './xml'
import { sitePayload } from '@/site/payload'
import { publicSlugs } from '@/site/data/articles'
import { keysetBatches } from '@/db/keyset'
import { relationId } from '@/lib/relations'
import { localeStrings, type LocaleMap } from '@/site/data/localized'

/**
 * The sitemap's reads. Articles are read as an anonymous visitor with
 * `locale: 'all'`, so a translation that is not public is not listed (neither
 * as a page nor as an alternate), in id order by keyset, `SITEMAP_BATCH` at a
 * time: memory stays bounded whatever the size of the catalogue.
 */

/** Articles per query: small enough for one cache entry (Next caps them at 2 MB), large enough to keep queries few. */
export const SITEMAP_BATCH = 1000

function idRange({ afterId, upToId }: ArticleRange): Where {
  const bounds: Where[] = []
  if (afterId !== null) bounds.push({ id: { greater_than: afterId } })
  if (upToId !== null) bounds.push({ id: { less_than_equal: upToId } })
  return { and: bounds }
}

/** One batch of articles to list: ids and dates, and slugs in their public locales only. */
export async function loadSitemapArticles(query: ArticleRange & { limit: number }): Promise<SitemapArticle[]> {
  const payload = await sitePayload()
  const result = await payload.find({
    collection: 'articles',
    locale: 'all',
    overrideAccess: false,
    where: idRange(query),
    sort: 'id',
    limit: query.limit,
    pagination: false,
    depth: 0,
    select: { slug: true, title: true, updatedAt: true, publicLocales: true },
  })
  return result.docs.map((doc) => ({ id: doc.id, updatedAt: doc.updatedAt ?? null, slugs: publicSlugs(doc) }))
}

/** Dates and counts of all public articles, by keyset scan: the article chunks and the listing pages' lastmod. */
async function scanArticles(articlesPerChild: number) {
  const payload = await sitePayload()
  const chunker = articleChunker(articlesPerChild)
  let urls = 0
  const newestByLocale: LocaleMap<string | null> = {}
  const newestByTopic = new Map<string, LocaleMap<string | null>>()
  const load = async (afterId: ArticleId | null, limit: number) =>
    (
      await payload.find({
        collection: 'articles',
        locale: 'all',
        overrideAccess: false,
        where: idRange({ afterId, upToId: null }),
        sort: 'id',
        limit,
        pagination: false,
        depth: 0,
        select: { updatedAt: true, topic: true, publicLocales: true },
      })
    ).docs
  for await (const batch of keysetBatches(load, SITEMAP_BATCH)) {
    for (const doc of batch) {
      chunker.add(doc.id, doc.updatedAt)
      const publicIn = doc.publicLocales ?? []
      urls += publicIn.length
      const topicId = relationId(doc.topic)
      const perTopic = topicId === undefined ? undefined : (newestByTopic.get(String(topicId)) ?? {})
      for (const locale of publicIn) {
        newestByLocale[locale] = latest(newestByLocale[locale], doc.updatedAt)
        if (perTopic) perTopic[locale] = latest(perTopic[locale], doc.updatedAt)
      }
      if (perTopic) newestByTopic.set(String(topicId), perTopic)
    }
  }
  return { chunks: chunker.chunks(), urls, newestByLocale, newestByTopic }
}

/**
 * What the sitemap index and its `pages-N` children need: every page other
 * than articles with its language versions, the number of article URLs and
 * the article chunks of `articlesPerChild` each (see `src/site/sitemap/split.ts`).
 */
export async function loadSitemapPlan(articlesPerChild: number, origin: string): Promise<SitemapPlan> {
  const payload = await sitePayload()
  const articles = await scanArticles(articlesPerChild)

  const everyLocale = (build: (locale: Locale) => string, lastmod: (locale: Locale) => string | null): SitemapPage => {
    const page: SitemapPage = { urls: {}, lastmod: {} }
    for (const locale of locales) {
      page.urls[locale] = absoluteUrl(build(locale), origin)
      page.lastmod[locale] = lastmod(locale)
    }
    return page
  }
  const pages: SitemapPage[] = [
    everyLocale(
      (locale) => localizedPath(locale, '/'),
      (locale) => articles.newestByLocale[locale] ?? null,
    ),
    everyLocale(
      (locale) => localizedPath(locale, '/topics'),
      (locale) => articles.newestByLocale[locale] ?? null,
    ),
  ]

  const topics = await payload.find({
    collection: 'topics',
    locale: 'all',
    overrideAccess: false,
    limit: 0,
    pagination: false,
    depth: 0,
    sort: 'order',
    select: { name: true, slug: true, updatedAt: true },
  })
  for (const topic of topics.docs) {
    const names = localeStrings(topic.name)
    const slugs = localeStrings(topic.slug)
    const page: SitemapPage = { urls: {}, lastmod: {} }
    const newest = articles.newestByTopic.get(String(topic.id)) ?? {}
    for (const locale of locales) {
      const slug = slugs[locale]
      // A topic page without a public article in this language is thin content (it answers noindex): not listed.
      if (!names[locale] || !slug || !newest[locale]) continue
      page.urls[locale] = absoluteUrl(localizedPath(locale, '/topics/[slug]', { slug }), origin)
      page.lastmod[locale] = latest(topic.updatedAt, newest[locale])
    }
    if (Object.keys(page.urls).length > 0) pages.push(page)
  }

  const legal = await payload.findGlobal({
    slug: 'legal',
    locale: 'all',
    overrideAccess: false,
    depth: 0,
    select: { title: true },
  })
  const legalTitles = localeStrings(legal.title)
  const legalPage: SitemapPage = { urls: {}, lastmod: {} }
  for (const locale of locales) {
    if (!legalTitles[locale]) continue
    legalPage.urls[locale] = absoluteUrl(localizedPath(locale, '/legal-notice'), origin)
    legalPage.lastmod[locale] = legal.updatedAt ?? null
  }
  pages.push(legalPage)

  return { pages, articleUrls: articles.urls, articleChunks: articles.chunks }
}

// Cached in Next's data cache: serving the sitemap costs no database call until content changes.
// The hourly revalidation is a safety net for changes made outside Payload's hooks (another instance, a script).
const sitemapPlan = unstable_cache(loadSitemapPlan, ['site-sitemap-plan'], { tags: [sitemapTag], revalidate: 3600 })
const sitemapArticles = unstable_cache(loadSitemapArticles, ['site-sitemap-articles'], {
  tags: [sitemapArticlesTag],
  revalidate: 3600,
})

/** What the routes serve: cached reads, the configured limits, the public origin. */
export const sitemapService: SitemapService = {
  loadPlan: sitemapPlan,
  loadArticles: sitemapArticles,
  batchSize: SITEMAP_BATCH,
  limits: { maxUrls: env.sitemapMaxUrls, maxBytes: SITEMAP_MAX_BYTES },
  origin: env.serverUrl,
}
