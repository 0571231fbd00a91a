import { locales } from '@/i18n/locales'
import { MAX_SLUG_LENGTH } from '@/lib/slugify'
import type { Article } from '@/payload-types'
import { absoluteUrl, localizedPath } from '@/site/paths'
import type { SitemapLimits } from './protocol'
import { latest, urlCount, urlElements, URLSET_CLOSE, URLSET_OPEN, type SitemapIndexEntry, type SitemapPage } from './xml'

/**
 * When `/sitemap.xml` becomes a sitemap index, and how its children are cut.
 * Pure: the limits are parameters, so tests use small ones.
 *
 * Pages other than articles (home, topic index, topics, legal: a few hundred
 * URLs) are packed into `pages-N` children. Articles go, in id order, into
 * `articles-N` children of a fixed number of articles each, counting every
 * article as if it were public in every locale: a child never passes the limit
 * and its boundaries do not move when a translation is approved.
 */

export type ArticleId = Article['id']

/** The articles after `afterId` (null: from the first) up to the next chunk's `afterId`. */
export type ArticleChunk = { afterId: ArticleId | null; lastmod: string | null }

/** What the index needs to know, read once per content change (see `src/site/sitemap/reads.ts`). */
export type SitemapPlan = {
  pages: SitemapPage[]
  /** <url> elements of all articles: one per public locale of each. */
  articleUrls: number
  articleChunks: ArticleChunk[]
}

export type SitemapChild = { kind: 'pages' | 'articles'; number: number }

export type SitemapLayout = { split: false } | { split: true; pageChunks: SitemapPage[][]; articleChunks: ArticleChunk[] }

const byteLength = (text: string): number => new TextEncoder().encode(text).length

/**
 * The largest <url> element this site can produce on `origin`: a page public
 * in every locale under the longest slug, with every alternate. Slugs are
 * ASCII (`src/lib/slugify.ts`), so nothing grows when escaped.
 */
export function maxUrlBytes(origin: string): number {
  const slug = 'a'.repeat(MAX_SLUG_LENGTH)
  let max = 0
  for (const template of ['/articles/[slug]', '/topics/[slug]'] as const) {
    const page: SitemapPage = { urls: {}, lastmod: {} }
    for (const locale of locales) {
      page.urls[locale] = absoluteUrl(localizedPath(locale, template, { slug }), origin)
      page.lastmod[locale] = '2000-01-01T00:00:00.000Z'
    }
    for (const element of urlElements(page)) max = Math.max(max, byteLength(element))
  }
  return max
}

/** How many <url> elements one file may hold under both limits. */
export function urlsPerFile(limits: SitemapLimits, origin: string): number {
  const bySize = Math.floor((limits.maxBytes - byteLength(URLSET_OPEN + URLSET_CLOSE)) / maxUrlBytes(origin))
  const urls = Math.min(limits.maxUrls, bySize)
  // An article's versions stay in one file (each lists the others), so a file holds at least one whole article.
  if (urls < locales.length) throw new RangeError(`A sitemap file must hold at least ${locales.length} URLs, got ${urls}`)
  return urls
}

export function articlesPerChild(limits: SitemapLimits, origin: string): number {
  return Math.floor(urlsPerFile(limits, origin) / locales.length)
}

/** Consecutive pages, each group within `maxUrls` <url> elements; pages without a URL are dropped. */
export function packPages(pages: SitemapPage[], maxUrls: number): SitemapPage[][] {
  const groups: SitemapPage[][] = []
  let current: SitemapPage[] = []
  let urls = 0
  for (const page of pages) {
    const count = urlCount(page)
    if (count === 0) continue
    if (urls + count > maxUrls && current.length > 0) {
      groups.push(current)
      current = []
      urls = 0
    }
    current.push(page)
    urls += count
  }
  if (current.length > 0) groups.push(current)
  return groups
}

/** Cuts articles fed in id order into chunks of `perChild`, each dated by its newest article. */
export function articleChunker(perChild: number) {
  const chunks: ArticleChunk[] = []
  let inLast = perChild
  let previousId: ArticleId | null = null
  return {
    add(id: ArticleId, updatedAt: string | null | undefined): void {
      if (inLast === perChild) {
        chunks.push({ afterId: previousId, lastmod: null })
        inLast = 0
      }
      const chunk = chunks[chunks.length - 1]
      chunk.lastmod = latest(chunk.lastmod, updatedAt)
      inLast += 1
      previousId = id
    },
    chunks: (): ArticleChunk[] => chunks,
  }
}

/** One <urlset> while the whole site fits in a file, else an index of `pages-N` and `articles-N` children. */
export function layoutSitemap(plan: SitemapPlan, limits: SitemapLimits, origin: string): SitemapLayout {
  const perFile = urlsPerFile(limits, origin)
  const total = plan.pages.reduce((sum, page) => sum + urlCount(page), plan.articleUrls)
  if (total <= perFile) return { split: false }
  return { split: true, pageChunks: packPages(plan.pages, perFile), articleChunks: plan.articleChunks }
}

export function sitemapChildPath(child: SitemapChild): string {
  return `/sitemaps/${child.kind}-${child.number}.xml`
}

/** `pages-2.xml` → { kind: 'pages', number: 2 }; anything else (`pages-02.xml`, `x.xml`) → null. */
export function parseSitemapChild(file: string): SitemapChild | null {
  const match = /^(pages|articles)-([1-9]\d{0,8})\.xml$/.exec(file)
  if (!match) return null
  return { kind: match[1] === 'pages' ? 'pages' : 'articles', number: Number(match[2]) }
}

/** The <sitemap> entries of a split layout, pages first. */
export function sitemapIndexEntries(layout: Extract<SitemapLayout, { split: true }>, origin: string): SitemapIndexEntry[] {
  const entry = (child: SitemapChild, lastmod: string | null): SitemapIndexEntry => ({
    loc: absoluteUrl(sitemapChildPath(child), origin),
    lastmod,
  })
  return [
    ...layout.pageChunks.map((pages, i) =>
      entry({ kind: 'pages', number: i + 1 }, latest(...pages.flatMap((page) => Object.values(page.lastmod)))),
    ),
    ...layout.articleChunks.map((chunk, i) => entry({ kind: 'articles', number: i + 1 }, chunk.lastmod)),
  ]
}
