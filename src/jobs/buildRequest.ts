/**
 * The body of `POST /api/translation-jobs/build`, checked whole before anything is read or
 * written: every problem is listed (field and kind), so the answer can name them all at once.
 */
import type { TargetLocale } from '@/i18n/locales'

export const jobLimits = { title: 200, instructions: 5000, articles: 500 } as const

export type JobId = number | string

export type BuildRequest = {
  title: string
  locales: TargetLocale[]
  assignee: JobId | null
  /** ISO date-time, or null for none. */
  dueDate: string | null
  instructions: string | null
  /** Either the chosen articles, or every task outdated in `locales` (then `articles` is null). */
  articles: JobId[] | null
  outdated: boolean
}

export type BuildField = 'body' | 'title' | 'locales' | 'assignee' | 'dueDate' | 'instructions' | 'articles' | 'outdated'

export type BuildProblem =
  | { field: BuildField; kind: 'notObject' | 'required' | 'tooLong' | 'notText' | 'invalidId' | 'invalidDate' | 'notBoolean' }
  | { field: BuildField; kind: 'unknownLocale'; value: string }
  | { field: BuildField; kind: 'unknownField'; value: string }
  | { field: 'articles'; kind: 'chooseOne' | 'tooMany' }

export type ParsedBuild = { ok: true; value: BuildRequest } | { ok: false; problems: BuildProblem[] }

const knownFields = new Set(['title', 'locales', 'assignee', 'dueDate', 'instructions', 'articles', 'outdated'])

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A calendar date (2026-12-31) or a full ISO date-time; anything `Date` would guess at is refused. */
const isoDate = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/

function parseDate(value: string): string | null {
  if (!isoDate.test(value)) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

/** Whether an empty value means "none" for an optional field. */
const absent = (value: unknown) => value === undefined || value === null || value === ''

export function parseBuildRequest(
  body: unknown,
  options: { locales: readonly TargetLocale[]; isValidId: (value: unknown) => boolean },
): ParsedBuild {
  if (!isRecord(body)) return { ok: false, problems: [{ field: 'body', kind: 'notObject' }] }
  const problems: BuildProblem[] = []
  for (const key of Object.keys(body))
    if (!knownFields.has(key)) problems.push({ field: 'body', kind: 'unknownField', value: key })

  let title = ''
  if (typeof body.title !== 'string' || body.title.trim() === '') problems.push({ field: 'title', kind: 'required' })
  else if (body.title.trim().length > jobLimits.title) problems.push({ field: 'title', kind: 'tooLong' })
  else title = body.title.trim()

  const locales: TargetLocale[] = []
  if (!Array.isArray(body.locales) || body.locales.length === 0) problems.push({ field: 'locales', kind: 'required' })
  else {
    for (const value of body.locales) {
      const locale = options.locales.find((candidate) => candidate === value)
      if (!locale) problems.push({ field: 'locales', kind: 'unknownLocale', value: String(value) })
      else if (!locales.includes(locale)) locales.push(locale)
    }
  }

  let assignee: JobId | null = null
  if (!absent(body.assignee)) {
    if (options.isValidId(body.assignee) && (typeof body.assignee === 'string' || typeof body.assignee === 'number'))
      assignee = body.assignee
    else problems.push({ field: 'assignee', kind: 'invalidId' })
  }

  let dueDate: string | null = null
  if (!absent(body.dueDate)) {
    const parsed = typeof body.dueDate === 'string' ? parseDate(body.dueDate) : null
    if (parsed) dueDate = parsed
    else problems.push({ field: 'dueDate', kind: 'invalidDate' })
  }

  let instructions: string | null = null
  if (!absent(body.instructions)) {
    if (typeof body.instructions !== 'string') problems.push({ field: 'instructions', kind: 'notText' })
    else if (body.instructions.length > jobLimits.instructions) problems.push({ field: 'instructions', kind: 'tooLong' })
    else instructions = body.instructions.trim() || null
  }

  let outdated = false
  if (body.outdated !== undefined) {
    if (typeof body.outdated !== 'boolean') problems.push({ field: 'outdated', kind: 'notBoolean' })
    else outdated = body.outdated
  }

  let articles: JobId[] | null = null
  const hasArticles = body.articles !== undefined && body.articles !== null
  if (hasArticles === outdated) problems.push({ field: 'articles', kind: 'chooseOne' })
  else if (hasArticles) {
    const list: unknown[] | null = Array.isArray(body.articles) ? body.articles : null
    const valid = (list ?? []).filter(
      (id): id is JobId => (typeof id === 'string' || typeof id === 'number') && options.isValidId(id),
    )
    if (!list || list.length === 0) problems.push({ field: 'articles', kind: 'required' })
    else if (list.length > jobLimits.articles) problems.push({ field: 'articles', kind: 'tooMany' })
    else if (valid.length !== list.length) problems.push({ field: 'articles', kind: 'invalidId' })
    else articles = [...new Map(valid.map((id) => [String(id), id])).values()]
  }

  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, value: { title, locales, assignee, dueDate, instructions, articles, outdated } }
}
