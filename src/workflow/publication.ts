import { isDeepStrictEqual } from 'node:util'

import { locales, sourceLocale, type Locale } from '@/i18n/locales'

/**
 * What visitors read of an article is its published row; what people edit is
 * its working draft (the latest version). These pure rules build the next
 * published row from the two, one language at a time (docs/publication.md):
 *
 * - publishing a language takes that language's text from the draft, and the
 *   editor-owned, non-localized fields too when it is the source;
 * - every other language keeps its published text if it is still public, and
 *   has none otherwise (never approved, unpublished, or its task deleted).
 *
 * Documents are in the database's shape: localized fields are maps by locale.
 */

export type RawDoc = Record<string, unknown>

export type PublicationFields = {
  /** Every localized field (hidden derived ones too). */
  localized: readonly string[]
  /** Non-localized fields that belong to the source and its editor (topic, sources, dates, author). */
  editorOwned: readonly string[]
}

export type PublicationChange =
  /** An editor publishes the source, or an approval publishes a target language. */
  | { kind: 'publish'; locale: Locale }
  /** The editor takes the whole article offline (its source): the text stays, hidden. */
  | { kind: 'unpublishSource' }
  /** A task changed or went away: keep what is still public, drop what is not. */
  | { kind: 'sync' }

export type PublicationInput = {
  published: RawDoc
  working: RawDoc
  fields: PublicationFields
  change: PublicationChange
  /** Target languages whose translation is public (approved, outdated, or approved once and being reworked). */
  publicTargets: ReadonlySet<Locale>
  now: string
}

export type Publication = {
  /** Field values of the next published row (localized fields as maps, in locale order). */
  data: RawDoc
  sourcePublished: boolean
}

function isLocaleMap(value: unknown): value is Partial<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function localeValue(doc: RawDoc, field: string, locale: Locale): unknown {
  const value = doc[field]
  if (!isLocaleMap(value)) return undefined
  const entry = value[locale]
  return entry === null ? undefined : entry
}

/** Where each language's text comes from in the next published row; `null`: it has none. */
export function textOrigin(
  locale: Locale,
  input: Pick<PublicationInput, 'change' | 'publicTargets'>,
): 'working' | 'published' | null {
  const { change, publicTargets } = input
  // A target language has text here only while its translation is public: no oracle, no leak.
  if (locale !== sourceLocale && !publicTargets.has(locale)) return null
  return change.kind === 'publish' && change.locale === locale ? 'working' : 'published'
}

function wasPublished(doc: RawDoc): boolean {
  return doc._status === 'published'
}

export function composePublication(input: PublicationInput): Publication {
  const { published, working, fields, change, now } = input
  const data: RawDoc = {}
  for (const field of fields.localized) {
    const map: Partial<Record<Locale, unknown>> = {}
    for (const locale of locales) {
      const origin = textOrigin(locale, input)
      if (origin === null) continue
      const value = localeValue(origin === 'working' ? working : published, field, locale)
      if (value !== undefined) map[locale] = value
    }
    data[field] = map
  }

  const publishesSource = change.kind === 'publish' && change.locale === sourceLocale
  const editorSource = publishesSource ? working : published
  for (const field of fields.editorOwned) data[field] = editorSource[field] ?? null

  if (publishesSource && fields.editorOwned.includes('publishedAt')) {
    // The first publication stamps the date; an editor may have set one by hand.
    data.publishedAt = working.publishedAt ?? (wasPublished(published) ? published.publishedAt : null) ?? now
  }

  const sourcePublished =
    change.kind === 'publish' && change.locale === sourceLocale
      ? true
      : change.kind === 'unpublishSource'
        ? false
        : wasPublished(published)
  data._status = sourcePublished ? 'published' : 'draft'
  return { data, sourcePublished }
}

export type FieldRule = { name: string; localized: boolean; required: boolean; maxLength?: number }

/** A rule a language breaks; the caller words it in the user's language. */
export type PublicationProblem =
  { path: string; problem: 'required' } | { path: string; problem: 'tooLong'; maxLength: number; length: number }

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  )
}

/**
 * What stops a language from being published: the rules of the collection's
 * own fields (required, maximum length), checked on the language being
 * published and, for the source, on the editor's fields. Drafts are saved
 * without these checks; publication is where they apply.
 */
export function publicationProblems(data: RawDoc, locale: Locale, rules: readonly FieldRule[]): PublicationProblem[] {
  const problems: PublicationProblem[] = []
  for (const rule of rules) {
    if (!rule.localized && locale !== sourceLocale) continue
    const value = rule.localized ? localeValue(data, rule.name, locale) : data[rule.name]
    if (rule.required && isEmpty(value)) {
      problems.push({ path: rule.name, problem: 'required' })
    } else if (rule.maxLength !== undefined && typeof value === 'string' && value.length > rule.maxLength) {
      problems.push({ path: rule.name, problem: 'tooLong', maxLength: rule.maxLength, length: value.length })
    }
  }
  return problems
}

function withoutEmptyEntries(value: unknown): unknown {
  if (!isLocaleMap(value)) return value ?? null
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== null && entry !== undefined))
}

/** Whether `current` already holds `data`'s content fields (and `extra` ones), as the database returns them. */
export function samePublication(
  current: RawDoc,
  data: RawDoc,
  fields: PublicationFields,
  extra: readonly string[] = [],
): boolean {
  return [...fields.localized, ...fields.editorOwned, ...extra].every((field) => {
    const localizedField = fields.localized.includes(field)
    const a = localizedField ? withoutEmptyEntries(current[field]) : (current[field] ?? null)
    const b = localizedField ? withoutEmptyEntries(data[field]) : (data[field] ?? null)
    return isDeepStrictEqual(a, b)
  })
}
