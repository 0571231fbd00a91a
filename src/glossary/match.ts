/**
 * Finding glossary terms in a text: whole words only, with the concept's case rule, and the
 * simple plural of the term's last word in each language ("server" → "servers", "protocollo"
 * → "protocolli", "réseau" → "réseaux"). No stemming beyond that: a termbase is precise on
 * purpose, and a false hit costs the translator more than a missed plural.
 */
import { termsIn, type GlossaryConcept, type GlossaryTerm, type TermStatus } from './terms'

export type TermHit = { concept: GlossaryConcept; term: GlossaryTerm; start: number; end: number; found: string }

const pluralRules: Record<string, (word: string) => string[]> = {
  it: (word) => {
    const stem = word.slice(0, -1)
    if (/co$|go$/u.test(word)) return [`${stem}hi`, `${stem}i`]
    if (/ca$|ga$/u.test(word)) return [`${stem}he`]
    if (/o$|e$/u.test(word)) return [`${stem}i`]
    if (/a$/u.test(word)) return [`${stem}e`]
    return []
  },
  fr: (word) => {
    if (/al$/u.test(word)) return [`${word.slice(0, -2)}aux`, `${word}s`]
    if (/(au|eu)$/u.test(word)) return [`${word}x`]
    if (/[sxz]$/u.test(word)) return []
    return [`${word}s`]
  },
  en: (word) => {
    if (/[^aeiou]y$/u.test(word)) return [`${word.slice(0, -1)}ies`]
    if (/(s|x|z|ch|sh)$/u.test(word)) return [`${word}es`]
    return [`${word}s`]
  },
}

/** The term and its plural forms (the last word inflected), as written in the glossary. */
export function termForms(text: string, locale: string): string[] {
  const trimmed = text.trim()
  const lastWord = /(\p{L}+)$/u.exec(trimmed)?.[1]
  const plurals = lastWord ? (pluralRules[locale]?.(lastWord) ?? []) : []
  const head = trimmed.slice(0, trimmed.length - (lastWord?.length ?? 0))
  return [trimmed, ...plurals.map((plural) => head + plural)]
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function formPattern(forms: readonly string[], caseSensitive: boolean): RegExp {
  const alternatives = [...forms].sort((a, b) => b.length - a.length).map((form) => escapeRegExp(form).replace(/\s+/gu, '\\s+'))
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, caseSensitive ? 'gu' : 'giu')
}

/** Every occurrence of the concepts' terms (of the given statuses) in a text of a language. */
export function findTerms(
  text: string,
  locale: string,
  concepts: readonly GlossaryConcept[],
  statuses: readonly TermStatus[] = ['preferred', 'allowed'],
): TermHit[] {
  const hits: TermHit[] = []
  for (const concept of concepts) {
    for (const term of termsIn(concept, locale, statuses)) {
      for (const match of text.matchAll(formPattern(termForms(term.text, locale), concept.caseSensitive))) {
        const start = match.index ?? 0
        hits.push({ concept, term, start, end: start + match[0].length, found: match[0] })
      }
    }
  }
  // Longest first at each place, so "rete locale" wins over "rete" where both are terms.
  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: TermHit[] = []
  for (const hit of hits) if (!kept.some((other) => hit.start < other.end && other.start < hit.end)) kept.push(hit)
  return kept
}
