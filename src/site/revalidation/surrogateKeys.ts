import { locales, type Locale } from '@/i18n/locales'
import type { SitePathname, SitePathnames } from '@/i18n/pathnames'

import { numberedTopicPages, searchResultPages, wholeSite, type Revalidation } from './targets'
import { searchIndexTag, siteShellTag, sitemapArticlesTag, sitemapTag } from './tags'

/**
 * Surrogate keys: the names a cache in front of the app (Varnish, Fastly,
 * Cloudflare) files each public response under, so that what a revalidation
 * makes stale in Next's cache is purged there too, and nothing else.
 *
 * One vocabulary for both ends. A response carries `site` (every public
 * response shares the header and footer), `page:<internal path>` (the path the
 * revalidation names, `/it/articles/<slug>` for `/it/articoli/<slug>`) and a
 * key for the groups revalidated as a whole (numbered topic pages, search
 * results, the sitemap). A revalidation purges the keys of its paths, routes
 * and tags. Pure: the response hook (src/http/surrogateKeyHeaders.ts) and the
 * purge (src/site/purge) call it, and the unit tests check that every page a
 * revalidation names loses its cached copy.
 */

export const siteKey = 'site'
export const topicPagesKey = 'topic-pages'
export const searchKey = 'search'
export const sitemapKey = 'sitemap'
/** Every cacheable answer of the headless API: evicted by every purge (they live a minute at most anyway). */
export const apiKey = 'api'
export const pageKey = (internalPath: string) => `page:${internalPath}`

/** Longer paths get no page key of their own (no page of ours is that long; `site` still covers them). */
const MAX_KEYED_PATH = 512

type Matcher = { pattern: RegExp; internal: SitePathname; params: string[] }

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** `/articoli/[slug]` as a regular expression for the path after the locale. */
function matcherFor(visible: string, internal: SitePathname): Matcher {
  const params: string[] = []
  const source = visible
    .split(/(\[\w+\])/)
    .map((part) => {
      const param = /^\[(\w+)\]$/.exec(part)
      if (!param?.[1]) return escapeLiteral(part)
      params.push(param[1])
      return '([^/]+)'
    })
    .join('')
  return { pattern: new RegExp(`^${source === '/' ? '' : source}/?$`), internal, params }
}

export type KeyedPaths = (pathname: string) => string[]

/** A path segment as `encodeURIComponent` writes it (what the revalidation's paths hold); null when it does not decode. */
function canonicalSegment(raw: string): string | null {
  try {
    return encodeURIComponent(decodeURIComponent(raw))
  } catch {
    return null
  }
}

/**
 * The keys of a response to `pathname` (the path the visitor asked for, without
 * its query), built once from the localized segments. Paths outside the public
 * site (the admin, the API, previews) get none.
 */
export function responseKeys(pathnames: SitePathnames): KeyedPaths {
  const matchers = new Map<Locale, Matcher[]>(
    locales.map((locale) => [
      locale,
      (Object.keys(pathnames) as SitePathname[]).map((internal) => {
        const value = pathnames[internal]
        return matcherFor(typeof value === 'string' ? value : value[locale], internal)
      }),
    ]),
  )
  return (pathname) => {
    if (pathname === '/sitemap.xml' || pathname.startsWith('/sitemaps/')) return [siteKey, sitemapKey]
    if (pathname === '/robots.txt') return [siteKey]
    const second = pathname.indexOf('/', 1)
    const locale = pathname.slice(1, second < 0 ? undefined : second)
    const ofLocale = matchers.get(locale as Locale)
    if (!ofLocale) return []
    const rest = second < 0 ? '/' : pathname.slice(second)
    if (rest === '/feed.xml') return [siteKey, pageKey(pathname)]
    if (pathname.length > MAX_KEYED_PATH) return [siteKey]
    for (const { pattern, internal, params } of ofLocale) {
      const match = pattern.exec(rest)
      if (!match) continue
      let path = internal
      for (const [index, name] of params.entries()) {
        // The spelling the revalidation uses: `/it/articoli/%66oo` is the page of `foo`.
        const value = canonicalSegment(match[index + 1] ?? '')
        if (value === null) return [siteKey]
        path = path.replace(`[${name}]`, value) as SitePathname
      }
      const keys = [siteKey, pageKey(path === '/' ? `/${locale}` : `/${locale}${path}`)]
      if (internal === '/topics/[slug]/page/[page]') keys.push(topicPagesKey)
      if (internal === '/search') keys.push(searchKey)
      return keys
    }
    return [siteKey]
  }
}

const routeKeys = new Map<string, string>([
  [wholeSite.route, siteKey],
  [numberedTopicPages.route, topicPagesKey],
  [searchResultPages.route, searchKey],
])

const tagKeys = new Map<string, string>([
  [siteShellTag, siteKey],
  [sitemapTag, sitemapKey],
  [sitemapArticlesTag, sitemapKey],
  [searchIndexTag, searchKey],
])

/**
 * The keys to purge for a revalidation; a route or tag this table does not know
 * purges the whole site. Any change also purges the API's answers: a list or a
 * populated relation may show the changed document under any URL.
 */
export function purgeKeys(revalidation: Revalidation): string[] {
  const keys = new Set<string>(revalidation.paths.map(pageKey))
  for (const { route } of revalidation.routes) keys.add(routeKeys.get(route) ?? siteKey)
  for (const tag of revalidation.tags) keys.add(tagKeys.get(tag) ?? siteKey)
  if (keys.has(siteKey)) return [siteKey]
  if (keys.size > 0) keys.add(apiKey)
  return [...keys].sort()
}

/** The route folder of each collection whose documents have a page of their own, by slug. */
const pageOfCollection: Partial<Record<string, '/articles/[slug]' | '/topics/[slug]'>> = {
  articles: '/articles/[slug]',
  topics: '/topics/[slug]',
}

/**
 * The keys of an anonymous API answer: `site` and `api`, and the page key of
 * every document in it that has a page (an article or a topic, by its slug in
 * the answer's language, or in each language for `locale=all`), so that a purge
 * of that page evicts the API answers showing the same document too.
 */
export function apiResponseKeys(collection: string, locale: string, docs: unknown[]): string[] {
  const keys = new Set<string>([siteKey, apiKey])
  const route = pageOfCollection[collection]
  if (!route) return [...keys]
  for (const doc of docs) {
    const slug: unknown = typeof doc === 'object' && doc !== null ? Reflect.get(doc, 'slug') : undefined
    const slugs: [string, unknown][] = typeof slug === 'object' && slug !== null ? Object.entries(slug) : [[locale, slug]]
    for (const [language, value] of slugs) {
      if (typeof value === 'string' && /^[a-z0-9-]{1,200}$/.test(value) && locales.includes(language as Locale)) {
        keys.add(pageKey(`/${language}${route.replace('[slug]', value)}`))
      }
    }
  }
  return [...keys]
}
