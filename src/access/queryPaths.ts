import type { RequestLocale } from '@/i18n/requestLocale'

/**
 * The field paths a read filters or sorts on, and which of them a caller may
 * not use. Pure: the hooks that apply it (collections/Articles/hooks/guardReads.ts)
 * supply the collection's fields and the caller's rights.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Every field path of a `where`, through nested `and` / `or` (any case, as Payload reads them). */
export function wherePaths(where: unknown): string[] {
  if (!isRecord(where)) return []
  return Object.entries(where).flatMap(([key, value]) => {
    const lower = key.toLowerCase()
    if ((lower === 'and' || lower === 'or') && Array.isArray(value)) return value.flatMap((item) => wherePaths(item))
    return [key]
  })
}

/** The field paths of a sort: a string (comma-separated, `-` for descending) or a list of them. */
export function sortPaths(sort: unknown): string[] {
  const entries = Array.isArray(sort) ? sort : [sort]
  return entries
    .filter((entry): entry is string => typeof entry === 'string')
    .flatMap((entry) => entry.split(','))
    .map((entry) => entry.trim().replace(/^[-+]/, ''))
    .filter((entry) => entry !== '')
}

export type QueryPathRules = {
  /** Fields with text per language. */
  localized: ReadonlySet<string>
  /** Fields the caller may not read (field-level read access). */
  unreadable: ReadonlySet<string>
  /** The request's locale, already settled. */
  locale: RequestLocale
  /**
   * Anonymous callers filter and sort on text in the one language they asked for:
   * naming another language (`title.fr`) or every language (`locale=all`) is refused,
   * so no answer can depend on text of a language that is not public.
   */
  singleLanguage: boolean
}

/** Why `path` may not be used in a filter or sort, or `null` when it may. */
export function queryPathProblem(path: string, rules: QueryPathRules): string | null {
  const [field = '', ...rest] = path.split('.')
  if (rules.unreadable.has(field)) return `"${field}" cannot be used to filter or sort.`
  if (!rules.singleLanguage || !rules.localized.has(field)) return null
  if (rest.length > 0) {
    return `"${path}" names a language: filter and sort on "${field}" with locale=<language> instead (e.g. locale=fr&where[${field}][like]=…).`
  }
  if (rules.locale === 'all') {
    return `With locale=all, "${field}" cannot be used to filter or sort (its text differs per language): ask for one locale.`
  }
  return null
}
