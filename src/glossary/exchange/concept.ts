/**
 * A concept as a glossary file holds it, before it meets the database: what the TBX and CSV
 * readers produce (raw language tags and status words) and the checks both formats share,
 * which are the collection's own rules (src/glossary/terms.ts, collections/Glossary).
 */
import { isLocale, sourceLocale, type Locale } from '@/i18n/locales'

import { glossaryLimits, type TermStatus } from '../terms'
import type { ExchangeProblem, ExchangeWhere } from './problems'

export type RawTerm = { lang: string; text: string; status?: string }

export type RawConcept = {
  where: ExchangeWhere
  id?: string
  terms: RawTerm[]
  doNotTranslate: boolean
  caseSensitive: boolean
  note: string
  /** Topic slugs or names as the file gives them (TBX may repeat subjectField). */
  topics: string[]
}

export type ExchangeTerm = { locale: Locale; text: string; status: TermStatus }

export type ExchangeConcept = {
  where: ExchangeWhere
  id?: string
  terms: ExchangeTerm[]
  doNotTranslate: boolean
  caseSensitive: boolean
  note: string
  /** A topic's slug or name, '' for none. */
  topic: string
}

/** TBX administrativeStatus values (ISO 30042 / TBX-Basic) and our own words, both read. */
const statusWords: Record<string, TermStatus> = {
  preferred: 'preferred',
  allowed: 'allowed',
  forbidden: 'forbidden',
  'preferredterm-admn-sts': 'preferred',
  'admittedterm-admn-sts': 'allowed',
  'deprecatedterm-admn-sts': 'forbidden',
  // A superseded term is one not to use any more: for a translator that is forbidden.
  'supersededterm-admn-sts': 'forbidden',
}

export const tbxStatus: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  allowed: 'admittedTerm-admn-sts',
  forbidden: 'deprecatedTerm-admn-sts',
}

/** No status means preferred, the collection's default. */
export function statusOf(word: string | undefined): TermStatus | null {
  const key = (word ?? '').trim().toLowerCase()
  if (key === '') return 'preferred'
  return statusWords[key] ?? null
}

/** "fr", "FR", "fr-FR" and "fr_CA" are French; null for a language the site does not have. */
export function localeOfTag(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0]
  return isLocale(primary) ? primary : null
}

/** The raw concept as the collection would hold it, or what keeps it out. */
export function checkConcept(
  raw: RawConcept,
): { ok: true; concept: ExchangeConcept } | { ok: false; problems: ExchangeProblem[] } {
  const problems: ExchangeProblem[] = []
  const at = (code: ExchangeProblem['code'], details: ExchangeProblem['details'] = {}) =>
    problems.push({ code, where: raw.where, details })
  const terms: ExchangeTerm[] = []
  const seen = new Set<string>()
  for (const term of raw.terms) {
    const locale = localeOfTag(term.lang)
    if (!locale) {
      at('unknownLanguage', { lang: term.lang })
      continue
    }
    const text = term.text.trim()
    const status = statusOf(term.status)
    if (text === '') at('emptyTerm', { lang: locale })
    else if (text.length > glossaryLimits.termLength) at('termTooLong', { lang: locale, max: glossaryLimits.termLength })
    if (!status) at('unknownStatus', { lang: locale, found: term.status ?? '' })
    if (text === '' || !status) continue
    const key = `${locale}\u0000${text.toLowerCase()}`
    if (seen.has(key)) at('duplicateTerm', { lang: locale, term: text })
    seen.add(key)
    terms.push({ locale, text, status })
  }
  if (problems.length === 0 && !terms.some((term) => term.locale === sourceLocale && term.status !== 'forbidden')) {
    at('needsSourceTerm', { locale: sourceLocale })
  }
  if (raw.terms.length > glossaryLimits.termsPerConcept) at('tooManyTerms', { max: glossaryLimits.termsPerConcept })
  const note = raw.note.trim()
  if (note.length > glossaryLimits.noteLength) at('noteTooLong', { max: glossaryLimits.noteLength })
  const topics = [...new Set(raw.topics.map((topic) => topic.trim()).filter((topic) => topic !== ''))]
  if (topics.length > 1) at('tooManyTopics', { found: topics.join(', ') })
  if (problems.length > 0) return { ok: false, problems }
  return {
    ok: true,
    concept: {
      where: raw.where,
      ...(raw.id === undefined ? {} : { id: raw.id }),
      terms,
      doNotTranslate: raw.doNotTranslate,
      caseSensitive: raw.caseSensitive,
      note,
      topic: topics[0] ?? '',
    },
  }
}

/** The terms a concept is known by: its usable source-language terms, lowercased. */
export function sourceKeys(terms: ReadonlyArray<{ locale: string; text: string; status: TermStatus }>): string[] {
  return terms
    .filter((term) => term.locale === sourceLocale && term.status !== 'forbidden')
    .map((term) => term.text.trim().toLowerCase())
}
