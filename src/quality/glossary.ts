/**
 * Glossary checks of a segment pair: every approved term found in the source has one of its
 * approved translations in the target (warning), no forbidden term of the target language is
 * used (error), and a do-not-translate term stays exactly as the source wrote it (error).
 */
import { findTerms } from '@/glossary/match'
import { termsIn, type GlossaryConcept } from '@/glossary/terms'

import { issue, type QualityIssue } from './issues'

export type GlossaryCheckInput = {
  source: string
  target: string
  sourceLocale: string
  targetLocale: string
  concepts: readonly GlossaryConcept[]
}

export function glossaryIssues({ source, target, sourceLocale, targetLocale, concepts }: GlossaryCheckInput): QualityIssue[] {
  const found: QualityIssue[] = []
  const seen = new Set<GlossaryConcept['id']>()
  for (const hit of findTerms(source, sourceLocale, concepts)) {
    if (hit.concept.doNotTranslate) {
      if (!target.includes(hit.found)) found.push(issue('doNotTranslate', { term: hit.found }))
      continue
    }
    if (seen.has(hit.concept.id)) continue
    seen.add(hit.concept.id)
    const approved = termsIn(hit.concept, targetLocale, ['preferred', 'allowed'])
    if (approved.length === 0) continue
    if (findTerms(target, targetLocale, [hit.concept]).length === 0) {
      const preferred = approved.find((term) => term.status === 'preferred') ?? approved[0]
      found.push(issue('glossaryMissing', { term: hit.found, expected: preferred?.text ?? '' }))
    }
  }
  for (const hit of findTerms(target, targetLocale, concepts, ['forbidden'])) {
    found.push(issue('glossaryForbidden', { term: hit.found }))
  }
  return found
}
