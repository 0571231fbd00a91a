/**
 * The termbase as the checks and the highlighter see it: a concept with a term per language,
 * each preferred, allowed or forbidden, and rules for the whole concept (do not translate,
 * case sensitive).
 */
export const termStatuses = ['preferred', 'allowed', 'forbidden'] as const
export type TermStatus = (typeof termStatuses)[number]

export type GlossaryTerm = { locale: string; text: string; status: TermStatus }

export type GlossaryConcept = {
  id: string | number
  terms: GlossaryTerm[]
  /** Product names and the like: the source term stays as it is in every language. */
  doNotTranslate: boolean
  caseSensitive: boolean
  note?: string | null
}

export function termsIn(concept: GlossaryConcept, locale: string, statuses: readonly TermStatus[]): GlossaryTerm[] {
  return concept.terms.filter((term) => term.locale === locale && statuses.includes(term.status) && term.text.trim() !== '')
}

/** The collection's limits, which an import checks before writing anything. */
export const glossaryLimits = { termLength: 200, noteLength: 2000, termsPerConcept: 30 } as const
