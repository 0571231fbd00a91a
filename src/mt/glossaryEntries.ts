/**
 * The termbase as a provider's glossary for one language pair: each source term (preferred or
 * allowed) with the target's preferred term, or the term itself for a concept that is not
 * translated. Forbidden terms are left out: a provider glossary can only say what to write.
 */
import type { GlossaryConcept } from '@/glossary/terms'
import { termsIn } from '@/glossary/terms'

import type { GlossaryEntry } from './provider'

export function glossaryEntries(concepts: readonly GlossaryConcept[], source: string, target: string): GlossaryEntry[] {
  const entries: GlossaryEntry[] = []
  const seen = new Set<string>()
  for (const concept of concepts) {
    const targetTerm = termsIn(concept, target, ['preferred'])[0] ?? termsIn(concept, target, ['allowed'])[0]
    for (const term of termsIn(concept, source, ['preferred', 'allowed'])) {
      const translation = concept.doNotTranslate ? term.text : targetTerm?.text
      // A provider takes one translation per source term: the first concept that names it wins.
      if (!translation || seen.has(term.text)) continue
      seen.add(term.text)
      entries.push({ source: term.text.trim(), target: translation.trim() })
    }
  }
  return entries
}
