import { locales, type Locale } from '@/i18n/locales'
import type { LocaleMap } from '@/site/data/localized'
import { feedPath, internalPath } from '@/site/paths'
import { searchIndexTag, siteShellTag, sitemapArticlesTag, sitemapTag } from './tags'

/**
 * Which cached pages and data a content change makes stale. Pure functions
 * (no Next, no database): the hooks read the before/after state, these decide,
 * and tests check the decisions.
 *
 * Paths are internal route paths (`/it/articles/<slug>`), not the localized URLs
 * visitors see: the proxy rewrites those, and Next caches pages by route path.
 * The sitemap and its children are dynamic routes over cached data: their tags
 * are what goes stale, not paths.
 */

export type RouteRevalidation = { route: string; type: 'page' | 'layout' }

export type Revalidation = {
  /** Single pages: `revalidatePath(path)`. */
  paths: string[]
  /** Every page of a route pattern: `revalidatePath(route, type)`. */
  routes: RouteRevalidation[]
  /** `unstable_cache` data: `revalidateTag(tag)`. */
  tags: string[]
}

/** What the site shows of an article: where it is public and under which slugs. */
export type ArticleSnapshot = {
  publicLocales: Locale[]
  slugs: LocaleMap<string>
  /** Slugs of its topic, per locale. */
  topicSlugs: LocaleMap<string>
  updatedAt?: string | null
}

/** Every site page (all share the `[locale]` layout): header, footer or topic index changed. */
export const wholeSite: RouteRevalidation = { route: '/(site)/[locale]', type: 'layout' }

/** Numbered topic pages shift when an article is added or removed: all of them, whatever the topic. */
export const numberedTopicPages: RouteRevalidation = { route: '/(site)/[locale]/topics/[slug]/page/[page]', type: 'page' }

/** Cached search results (one page per query, src/site/searchRoute.ts): an article change may change every one of them. */
export const searchResultPages: RouteRevalidation = { route: '/(site)/[locale]/search-results/[query]', type: 'page' }

export const nothing: Revalidation = { paths: [], routes: [], tags: [] }

function normalize(paths: Iterable<string>, routes: RouteRevalidation[], tags: Iterable<string>): Revalidation {
  const uniqueRoutes = new Map(routes.map((route) => [`${route.type}:${route.route}`, route]))
  return {
    paths: [...new Set(paths)].sort(),
    routes: [...uniqueRoutes.values()].sort((a, b) => a.route.localeCompare(b.route) || a.type.localeCompare(b.type)),
    tags: [...new Set(tags)].sort(),
  }
}

export function isEmpty(revalidation: Revalidation): boolean {
  return revalidation.paths.length === 0 && revalidation.routes.length === 0 && revalidation.tags.length === 0
}

/** Locales where the snapshot has a page. */
function visibleLocales(snapshot: ArticleSnapshot): Locale[] {
  return locales.filter((locale) => snapshot.publicLocales.includes(locale) && snapshot.slugs[locale])
}

function articlePaths(snapshot: ArticleSnapshot): string[] {
  return visibleLocales(snapshot).map((locale) =>
    internalPath(locale, '/articles/[slug]', { slug: snapshot.slugs[locale] ?? '' }),
  )
}

/**
 * An article was created, changed, published, unpublished or deleted
 * (`before`/`after` null when it did not exist or was not readable then).
 * Stale: its page in every locale where it is or was public — under the old
 * and the new slug, since the language switcher and hreflang of each version
 * list the others — and, in those locales, the home page (latest articles),
 * the topic index (counts), its old and new topic pages, the feed; plus the
 * sitemap (its plan and the article batches of its children), the search index
 * and the cached search results.
 */
export function articleChange(before: ArticleSnapshot | null, after: ArticleSnapshot | null): Revalidation {
  const snapshots = [before, after].filter((snapshot): snapshot is ArticleSnapshot => snapshot !== null)
  const touched = new Set<Locale>(snapshots.flatMap(visibleLocales))
  if (touched.size === 0) return nothing
  const paths: string[] = snapshots.flatMap(articlePaths)
  for (const locale of touched) {
    paths.push(internalPath(locale, '/'), internalPath(locale, '/topics'), feedPath(locale))
    for (const snapshot of snapshots) {
      const topicSlug = snapshot.topicSlugs[locale]
      if (topicSlug) paths.push(internalPath(locale, '/topics/[slug]', { slug: topicSlug }))
    }
  }
  return normalize(paths, [numberedTopicPages, searchResultPages], [sitemapTag, sitemapArticlesTag, searchIndexTag])
}

/** A saved change that a visitor cannot see (a draft) leaves the site as it is. */
export function sameSnapshot(before: ArticleSnapshot | null, after: ArticleSnapshot | null): boolean {
  return JSON.stringify(before) === JSON.stringify(after)
}

/**
 * A topic's name or slug appears in every page's footer: the whole site, its
 * cached header and footer data, the sitemap's plan (topic URLs; article URLs do not name topics) and the search index.
 */
export function topicChange(): Revalidation {
  return normalize([], [wholeSite], [siteShellTag, sitemapTag, searchIndexTag])
}

/** A source is printed in the "Sources used" of the articles citing it, in every locale where they are public. */
export function sourceChange(citingArticles: ArticleSnapshot[]): Revalidation {
  return normalize(citingArticles.flatMap(articlePaths), [], [])
}

/**
 * The legal page of each locale (the global is saved one locale at a time, but
 * its title decides which pages exist) and the sitemap's plan, which lists it.
 */
export function legalChange(): Revalidation {
  return normalize(
    locales.map((locale) => internalPath(locale, '/legal-notice')),
    [],
    [sitemapTag],
  )
}

/** Tagline, promo line and contact address are on every page (and in its cached header and footer data). */
export function siteSettingsChange(): Revalidation {
  return normalize([], [wholeSite], [siteShellTag])
}
