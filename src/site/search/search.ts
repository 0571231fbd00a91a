import { foldForSearch } from './searchText'

/**
 * Ranking and highlighting of the site's search (pure). The database finds the
 * candidates: articles public in the locale whose folded `searchText` contains
 * every query word (src/site/data/search.ts), a substring test that works the
 * same on SQLite and MongoDB. This module orders them — title matches weigh
 * most, then the summary, then the body — and cuts a highlighted snippet.
 */

/** What the database returns for one candidate. */
export type SearchCandidate = {
  id: string
  slug: string
  title: string
  summary: string
  /** Folded title, summary and body (see searchText.ts). */
  searchText: string
  topic: string | null
  publishedAt: string | null
}

export type SnippetPart = { text: string; match: boolean }

/** A result as the page shows it (serializable: it is cached). */
export type SearchHit = { doc: Omit<SearchCandidate, 'searchText'>; score: number; snippet: SnippetPart[] }

export const MAX_QUERY_LENGTH = 100
/** Results shown for one query. */
export const MAX_RESULTS = 50
/** Words searched for at most; further words are ignored. */
export const MAX_TOKENS = 8
const SNIPPET_RADIUS = 90

/** Lower case without diacritics, one output character per input code unit, so positions map back. */
export function fold(text: string): string {
  let out = ''
  for (const char of text) {
    const base = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    // Keep the length of `char` (1 or 2 UTF-16 units) so indexes line up with the original.
    out += base.length === char.length ? base : char.length === 1 ? (base[0] ?? ' ') : char
  }
  return out
}

/** Every distinct word of a query (letters and digits, folded), at least 2 characters long, in order. */
export function queryWords(query: string): string[] {
  const words = foldForSearch(query).split(/[^\p{L}\p{N}]+/u)
  return [...new Set(words.filter((word) => word.length >= 2))]
}

/** The words the search looks for: those of the query's first MAX_QUERY_LENGTH characters, MAX_TOKENS at most. */
export function queryTokens(query: string): string[] {
  return queryWords(query.slice(0, MAX_QUERY_LENGTH)).slice(0, MAX_TOKENS)
}

function occurrences(haystack: string, token: string): number[] {
  const found: number[] = []
  let at = haystack.indexOf(token)
  while (at !== -1 && found.length < 50) {
    found.push(at)
    at = haystack.indexOf(token, at + token.length)
  }
  return found
}

function isWordStart(text: string, index: number): boolean {
  return index === 0 || !/[\p{L}\p{N}]/u.test(text[index - 1] ?? '')
}

function fieldScore(folded: string, token: string, weight: number): number {
  const at = occurrences(folded, token)
  if (at.length === 0) return 0
  const starts = at.filter((index) => isWordStart(folded, index)).length
  return weight * (1 + Math.min(at.length, 5) * 0.2 + (starts > 0 ? 1 : 0))
}

/** A window of `text` around the first match, split into matched and unmatched parts. */
export function snippet(text: string, tokens: string[]): SnippetPart[] {
  const folded = fold(text)
  const first = Math.min(...tokens.map((token) => folded.indexOf(token)).filter((index) => index >= 0))
  if (!Number.isFinite(first)) return []
  let start = Math.max(0, first - SNIPPET_RADIUS)
  let end = Math.min(text.length, first + SNIPPET_RADIUS * 2)
  if (start > 0) start = text.indexOf(' ', start) + 1 || start
  if (end < text.length) end = text.lastIndexOf(' ', end) > first ? text.lastIndexOf(' ', end) : end
  const ranges: [number, number][] = []
  for (const token of tokens) {
    for (const index of occurrences(folded, token)) {
      if (index >= start && index + token.length <= end) ranges.push([index, index + token.length])
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  const parts: SnippetPart[] = []
  let cursor = start
  for (const [from, to] of ranges) {
    if (from < cursor) continue
    if (from > cursor) parts.push({ text: text.slice(cursor, from), match: false })
    parts.push({ text: text.slice(from, to), match: true })
    cursor = to
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), match: false })
  if (start > 0) parts.unshift({ text: '… ', match: false })
  if (end < text.length) parts.push({ text: ' …', match: false })
  return parts
}

/** Candidates containing every token, best first, with their scores. */
export function rankCandidates<C extends SearchCandidate>(
  candidates: readonly C[],
  tokens: readonly string[],
  limit = MAX_RESULTS,
): Array<{ candidate: C; score: number }> {
  if (tokens.length === 0) return []
  const ranked: Array<{ candidate: C; score: number }> = []
  for (const candidate of candidates) {
    const title = foldForSearch(candidate.title)
    const topic = foldForSearch(candidate.topic ?? '')
    const summary = foldForSearch(candidate.summary)
    let score = 0
    for (const token of tokens) {
      const bodyScore = fieldScore(candidate.searchText, token, 1)
      // The database already checked this; a candidate stored before an edit may lag behind.
      if (bodyScore === 0) {
        score = -1
        break
      }
      score += fieldScore(title, token, 10) + fieldScore(topic, token, 6) + fieldScore(summary, token, 4) + bodyScore
    }
    if (score > 0) ranked.push({ candidate, score })
  }
  return ranked
    .sort((a, b) => b.score - a.score || (b.candidate.publishedAt ?? '').localeCompare(a.candidate.publishedAt ?? ''))
    .slice(0, limit)
}

/** The snippet of a hit: from the body where a token occurs in it, else from the summary. */
export function hitSnippet(bodyText: string, summary: string, tokens: readonly string[]): SnippetPart[] {
  const folded = foldForSearch(bodyText)
  return tokens.some((token) => folded.includes(token)) ? snippet(bodyText, [...tokens]) : snippet(summary, [...tokens])
}
