/**
 * The checks the translator's views run while they type: one segment (segment view) or one
 * field (field view). A segment or field not written yet shows nothing (the progress says what
 * is left, and Submit for review names it); errors come before warnings.
 */
import type { GlossaryConcept } from '@/glossary/terms'
import { visibleWords, type TagDef } from '@/segments/tags'
import { segmentField } from '@/segments/field'

import type { QualityIssue } from './issues'
import { checkSegment } from './segment'
import { checkTranslation, type LocatedIssue } from './translation'

const errorsFirst = <T extends QualityIssue>(issues: readonly T[]): T[] =>
  [...issues].sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'))

export type LiveLocales = { source: string; target: string }

export function liveSegmentIssues(
  segment: { source: string; target: string; tags: readonly TagDef[] },
  locales: LiveLocales,
  concepts: readonly GlossaryConcept[],
): QualityIssue[] {
  if (segment.target.trim() === '') return []
  return errorsFirst(checkSegment({ ...segment, sourceLocale: locales.source, targetLocale: locales.target, concepts }))
}

export function liveFieldIssues(
  field: { name: string; source: unknown; target: unknown },
  locales: LiveLocales,
  concepts: readonly GlossaryConcept[],
): LocatedIssue[] {
  if (
    segmentField(field.name, field.target, locales.target).segments.every((segment) => visibleWords(segment.text).trim() === '')
  ) {
    return []
  }
  const found = checkTranslation({
    fields: [{ field: field.name, source: field.source, target: field.target }],
    sourceLocale: locales.source,
    targetLocale: locales.target,
    concepts,
  })
  // A paragraph not written yet is work left, not a mistake.
  return errorsFirst(found.filter((item) => item.check !== 'empty' && item.check !== 'emptyOptional'))
}
