/**
 * All checks of one translated segment against its source. Texts are tagged texts
 * (src/segments/tags.ts); the surface, number, link and glossary checks read the words a
 * reader sees, the tag checks the tags.
 */
import type { GlossaryConcept } from '@/glossary/terms'
import { visibleWords, type TagDef } from '@/segments/tags'

import { glossaryIssues } from './glossary'
import { issue, type QualityIssue } from './issues'
import { missingNumbers } from './numbers'
import { tagIssues } from './tags'
import { literalIssues, spacingIssues, surfaceIssues } from './text'

export type SegmentCheckInput = {
  source: string
  target: string
  tags: readonly TagDef[]
  sourceLocale: string
  targetLocale: string
  concepts?: readonly GlossaryConcept[]
}

export function checkSegment({
  source,
  target,
  tags,
  sourceLocale,
  targetLocale,
  concepts = [],
}: SegmentCheckInput): QualityIssue[] {
  const sourceWords = visibleWords(source)
  const targetWords = visibleWords(target)
  const surface = surfaceIssues(sourceWords, targetWords)
  // An empty target has nothing else to check.
  if (surface.some((found) => found.check === 'empty')) return surface
  return [
    ...surface,
    ...spacingIssues(source, target),
    ...tagIssues(source, target, tags),
    ...missingNumbers(sourceWords, sourceLocale, targetWords, targetLocale).map((number) => issue('numbers', { number })),
    ...literalIssues(sourceWords, targetWords),
    ...glossaryIssues({ source: sourceWords, target: targetWords, sourceLocale, targetLocale, concepts }),
  ]
}
