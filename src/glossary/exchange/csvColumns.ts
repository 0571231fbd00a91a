/**
 * The CSV layout, shared by the reader and the writer: a header row, then one concept per row.
 * Per term a column named by its language ("it", "fr") and, after it, its status
 * ("fr_status": preferred, allowed or forbidden; empty means preferred); a language with
 * several terms repeats the pair. Then doNotTranslate and caseSensitive (true/false), note
 * and topic (a topic's slug or name). Headers are read in any case, with spaces, "-" or
 * "_" between words ("Do not translate", "fr status").
 */
export const flagColumns = ['doNotTranslate', 'caseSensitive'] as const
export const textColumns = ['note', 'topic'] as const
export type ConceptColumn = (typeof flagColumns)[number] | (typeof textColumns)[number]

export const statusSuffix = '_status'

export type Column =
  | { kind: 'term'; lang: string }
  | { kind: 'status'; lang: string }
  | { kind: 'concept'; name: ConceptColumn }
  | { kind: 'unknown'; name: string }

const squeeze = (header: string) => header.toLowerCase().replace(/[\s_:.-]+/g, '')

const languageTag = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i

export function looksLikeLanguage(header: string): boolean {
  return languageTag.test(header)
}

export function columnOf(header: string): Column {
  const trimmed = header.trim()
  const named = [...flagColumns, ...textColumns].find((name) => squeeze(name) === squeeze(trimmed))
  if (named) return { kind: 'concept', name: named }
  const status = /^(.+?)[\s_:.-]*status$/i.exec(trimmed)
  if (status?.[1] && looksLikeLanguage(status[1])) return { kind: 'status', lang: status[1] }
  if (looksLikeLanguage(trimmed)) return { kind: 'term', lang: trimmed }
  return { kind: 'unknown', name: trimmed }
}

/** true/false as written; also yes/no, 1/0 and x for ticked, empty for not. */
export function flagOf(cell: string): boolean | null {
  const value = cell.trim().toLowerCase()
  if (['true', 'yes', '1', 'x'].includes(value)) return true
  if (['false', 'no', '0', ''].includes(value)) return false
  return null
}

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula; the writer puts a quote
 * before such a text (csv-stringify's escape_formulas) and the reader takes it off again.
 */
export function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell
}
