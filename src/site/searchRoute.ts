import { isLocale, type Locale } from '../i18n/locales'
import { MAX_QUERY_LENGTH } from './search/search'

/**
 * Search results are cached pages, one per language and query. Visitors use
 * `/{locale}/{search}?q=…`; the proxy rewrites a non-empty query to the
 * internal route `/{locale}/search-results/{query}`, which Next renders once
 * and then serves from its cache like any page (revalidated with the articles).
 * A query string alone cannot key Next's page cache, a path segment can.
 */

export const SEARCH_RESULTS_SEGMENT = 'search-results'

/** The query as the page uses it: first value, spaces collapsed, trimmed, bounded. */
export function normalizeQuery(raw: string | string[] | null | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw
  return (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
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

/** The query of a results segment, normalized; '' when the segment is not one. */
export function decodeQuerySegment(segment: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) return ''
  try {
    const binary = atob(segment.replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
    const query = normalizeQuery(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
    // One segment per query: anything the proxy would not have produced is not a results page.
    return encodeQuerySegment(query) === segment ? query : ''
  } catch {
    return ''
  }
}

/** Internal path of the cached results page of `query` (non-empty, normalized). */
export function searchResultsPath(locale: Locale, query: string): string {
  return `/${locale}/${SEARCH_RESULTS_SEGMENT}/${encodeQuerySegment(query)}`
}

/** The internal search route with the locale: `/fr/search`, where the proxy's rewrite lands. */
export function isInternalSearchPath(pathname: string): Locale | null {
  const match = /^\/([a-z]{2})\/search\/?$/.exec(pathname)
  const locale = match?.[1]
  return isLocale(locale) ? locale : null
}

/** A request for the internal results route itself: not a public URL. */
export function isSearchResultsPath(pathname: string): boolean {
  return new RegExp(`^/[a-z]{2}/${SEARCH_RESULTS_SEGMENT}(/|$)`).test(pathname)
}
