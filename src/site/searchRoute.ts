import { locales, type Locale } from '@/i18n/locales'
import { pathnames } from '@/i18n/routing'
import { MAX_QUERY_LENGTH, MAX_TOKENS, queryWords } from './search/search'

/**
 * Search results are cached pages, one per language and query. Visitors use
 * `/{locale}/{search}?q=…`; the proxy rewrites a query to the internal route
 * `/{locale}/search-results/{query}`, which Next renders once and then serves
 * from its cache like any page (revalidated with the articles). A query string
 * alone cannot key Next's page cache, a path segment can.
 *
 * Each entry is files on disk that Next never deletes, so what may become one
 * is bounded (see `searchRoute`): only the canonical form of a query is cached
 * (what the search itself looks for: folded words, each once), queries past
 * the caps are answered per request, and the process caches at most
 * SEARCH_CACHE_MAX_QUERIES distinct queries.
 */

export const SEARCH_RESULTS_SEGMENT = 'search-results'

/**
 * UTF-8 bytes of a cached query. The segment (4/3 as long, base64url) is a file
 * name in Next's cache, with suffixes such as `.segments`: file names stop at 255 bytes.
 */
export const MAX_CACHED_QUERY_BYTES = 150

/** Distinct queries cached per server process; later ones are answered per request (see `createCacheAdmission`). */
export const SEARCH_CACHE_MAX_QUERIES = 5_000

/** The query as typed, for display: first value, spaces collapsed, trimmed, bounded. */
export function normalizeQuery(raw: string | string[] | null | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw
  return (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
}

export type SearchRoute =
  /** No query: the search form. */
  | { kind: 'form' }
  /** The cached results page of `query`, the canonical form shared by every way of typing it. */
  | { kind: 'cached'; query: string }
  /** No word to search for, or past the caps: answered per request, never cached. */
  | { kind: 'uncached' }

/**
 * Where a search goes. Canonical form: the words the search looks for — case,
 * accents, punctuation and spacing folded away, repeated words dropped — so
 * "Sécurité  DNS!" and "securite dns" are one cache entry. Cached only within
 * MAX_TOKENS words, MAX_QUERY_LENGTH characters and MAX_CACHED_QUERY_BYTES.
 */
export function searchRoute(raw: string | string[] | null | undefined): SearchRoute {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (!value || value.trim() === '') return { kind: 'form' }
  const words = queryWords(value)
  const query = words.join(' ')
  if (words.length === 0 || words.length > MAX_TOKENS || query.length > MAX_QUERY_LENGTH) return { kind: 'uncached' }
  if (new TextEncoder().encode(query).length > MAX_CACHED_QUERY_BYTES) return { kind: 'uncached' }
  return { kind: 'cached', query }
}

/**
 * Which queries may get a cache entry: the first `capacity` distinct ones the
 * process sees (already admitted ones stay admitted). Evicting would not help:
 * Next keeps the files of a query it stops routing to. Bounds the disk a
 * query-flooding bot can fill to `capacity` pages per server start (a new build
 * starts an empty cache).
 */
export function createCacheAdmission(capacity: number, onFull: () => void = () => undefined) {
  const admitted = new Set<string>()
  let full = false
  return {
    admit(key: string): boolean {
      if (admitted.has(key)) return true
      if (admitted.size < capacity) {
        admitted.add(key)
        return true
      }
      if (!full) {
        full = true
        onFull()
      }
      return false
    },
  }
}

/** The site's admission, shared by every request of this process (the proxy's module lives as long as the server). */
export const searchCacheAdmission = createCacheAdmission(SEARCH_CACHE_MAX_QUERIES, () =>
  console.warn(`[search] ${SEARCH_CACHE_MAX_QUERIES} distinct queries cached since start: further ones are answered uncached`),
)

export type CacheAdmission = ReturnType<typeof createCacheAdmission>

/**
 * What the proxy does with `/{locale}/{search}?q=…`: the internal path of the
 * cached results page to rewrite to, or null to let the search page answer
 * per request (no query, nothing searchable, past the caps, admission full).
 * A rewrite, not a redirect: the visitor's URL keeps what they typed, and no
 * extra round trip is spent on case or accents.
 */
export function searchRewrite(
  locale: Locale,
  raw: string | string[] | null | undefined,
  admission: CacheAdmission = searchCacheAdmission,
): string | null {
  const route = searchRoute(raw)
  if (route.kind !== 'cached' || !admission.admit(`${locale} ${route.query}`)) return null
  return searchResultsPath(locale, route.query)
}

/**
 * The query as one path segment: base64url of its UTF-8 bytes, so no character
 * of a query ("/", "%", "?") can change the path or be decoded twice.
 */
export function encodeQuerySegment(query: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(query)) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The query of a results segment; '' when the segment is not one the proxy produces. */
export function decodeQuerySegment(segment: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) return ''
  try {
    const binary = atob(segment.replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
    const query = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    const route = searchRoute(query)
    // One segment per canonical query: anything else is not a results page.
    return route.kind === 'cached' && route.query === query && encodeQuerySegment(query) === segment ? query : ''
  } catch {
    return ''
  }
}

/** Internal path of the cached results page of `query` (canonical, see `searchRoute`). */
export function searchResultsPath(locale: Locale, query: string): string {
  return `/${locale}/${SEARCH_RESULTS_SEGMENT}/${encodeQuerySegment(query)}`
}

/** The locale whose public search page `pathname` is (`/fr/recherche`, `/it/cerca/`), or null. */
export function localizedSearchLocale(pathname: string): Locale | null {
  const trimmed = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname
  return locales.find((locale) => trimmed === `/${locale}${pathnames['/search'][locale]}`) ?? null
}

/** A request for the internal results route itself: not a public URL. */
export function isSearchResultsPath(pathname: string): boolean {
  return new RegExp(`^/[a-z]{2}/${SEARCH_RESULTS_SEGMENT}(/|$)`).test(pathname)
}
