/**
 * Full-text search over one locale's articles, in memory.
 *
 * Why in memory rather than a database query: the same code then works on
 * SQLite and MongoDB, searches the rich-text body as plain text (not its JSON),
 * and ignores case and accents ("pèrformance" finds "performance"). The index
 * is the list of public articles of a locale, cached and revalidated with the
 * pages (see src/site/data/searchIndex.ts); a site of short articles keeps it small.
 */

export type SearchDoc = {
  id: string
  slug: string
  title: string
  summary: string
  /** The body as plain text. */
  text: string
  topic: string | null
  publishedAt: string | null
}

export type SnippetPart = { text: string; match: boolean }

export type SearchHit = { doc: SearchDoc; score: number; snippet: SnippetPart[] }

export const MAX_QUERY_LENGTH = 100
const MAX_TOKENS = 8
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

/** Distinct words of a query (letters and digits), at least 2 characters long. */
export function queryTokens(query: string): string[] {
  const words = fold(query.slice(0, MAX_QUERY_LENGTH)).split(/[^\p{L}\p{N}]+/u)
  return [...new Set(words.filter((word) => word.length >= 2))].slice(0, MAX_TOKENS)
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

/**
 * Articles containing every word of the query in their title, summary or body,
 * best first: title matches weigh most, then the summary, then the body.
 */
export function searchDocs(docs: readonly SearchDoc[], query: string, limit = 50): SearchHit[] {
  const tokens = queryTokens(query)
  if (tokens.length === 0) return []
  const hits: SearchHit[] = []
  for (const doc of docs) {
    const title = fold(doc.title)
    const summary = fold(doc.summary)
    const text = fold(doc.text)
    const topic = fold(doc.topic ?? '')
    let score = 0
    let all = true
    for (const token of tokens) {
      const tokenScore =
        fieldScore(title, token, 10) + fieldScore(topic, token, 6) + fieldScore(summary, token, 4) + fieldScore(text, token, 1)
      if (tokenScore === 0) {
        all = false
        break
      }
      score += tokenScore
    }
    if (!all) continue
    const inText = tokens.some((token) => text.includes(token))
    hits.push({ doc, score, snippet: inText ? snippet(doc.text, tokens) : snippet(doc.summary, tokens) })
  }
  return hits
    .sort((a, b) => b.score - a.score || (b.doc.publishedAt ?? '').localeCompare(a.doc.publishedAt ?? ''))
    .slice(0, limit)
}
