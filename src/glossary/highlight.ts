/**
 * Glossary terms of a source text as the translator's views show them: where each term is, and
 * what to write for it in the target language (its approved terms, preferred first; for a
 * do-not-translate name, the name itself). A term with nothing to offer in that language is
 * not highlighted: the highlight promises something to insert.
 */
import { findTerms } from './match'
import { termsIn, type GlossaryConcept } from './terms'

export type TermTip = {
  conceptId: GlossaryConcept['id']
  /** The words as the source writes them. */
  found: string
  start: number
  end: number
  /** What to write in the target language, the first one to insert. */
  translations: string[]
  doNotTranslate: boolean
  note?: string
}

export type TermRun = { text: string; tip?: TermTip }

export function termTips(
  text: string,
  sourceLocale: string,
  targetLocale: string,
  concepts: readonly GlossaryConcept[],
): TermTip[] {
  return findTerms(text, sourceLocale, concepts).flatMap((hit): TermTip[] => {
    const approved = termsIn(hit.concept, targetLocale, ['preferred', 'allowed'])
    const translations = hit.concept.doNotTranslate
      ? [hit.found]
      : [
          ...approved.filter((term) => term.status === 'preferred'),
          ...approved.filter((term) => term.status !== 'preferred'),
        ].map((term) => term.text)
    if (translations.length === 0) return []
    const tip: TermTip = {
      conceptId: hit.concept.id,
      found: hit.found,
      start: hit.start,
      end: hit.end,
      translations: [...new Set(translations)],
      doNotTranslate: hit.concept.doNotTranslate,
    }
    return hit.concept.note ? [{ ...tip, note: hit.concept.note }] : [tip]
  })
}

/** The text cut into runs: plain ones, and one per term (tips that overlap or fall outside are skipped). */
export function highlightRuns(text: string, tips: readonly TermTip[]): TermRun[] {
  const runs: TermRun[] = []
  let at = 0
  for (const tip of [...tips].sort((a, b) => a.start - b.start)) {
    if (tip.start < at || tip.end > text.length || tip.end <= tip.start) continue
    if (tip.start > at) runs.push({ text: text.slice(at, tip.start) })
    runs.push({ text: text.slice(tip.start, tip.end), tip })
    at = tip.end
  }
  if (at < text.length) runs.push({ text: text.slice(at) })
  return runs
}

/** The concepts with only the terms of the given languages: what a task's views need of the termbase. */
export function conceptsForLocales(concepts: readonly GlossaryConcept[], locales: readonly string[]): GlossaryConcept[] {
  return concepts.flatMap((concept) => {
    const terms = concept.terms.filter((term) => locales.includes(term.locale))
    return terms.some((term) => term.locale === locales[0]) || terms.some((term) => term.status === 'forbidden')
      ? [{ ...concept, terms }]
      : []
  })
}
