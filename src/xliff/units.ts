/**
 * A segmented field (src/segments/field.ts) → its XLIFF units: one per block of rich text
 * (paragraph, heading, list item…), one for a plain-text field, each with its sentences in
 * order. A service adds memory matches as targets before exporting, and passes the same units
 * to `parseXliff` as what the file must match.
 */
import type { SegmentedField } from '@/segments/field'

import { unitId } from './ids'
import type { XliffUnit } from './types'

export function unitsOfField(
  articleId: string | number,
  segmented: SegmentedField,
  options: { label?: string; maxLength?: number } = {},
): XliffUnit[] {
  const blocks = new Map<number, SegmentedField['segments'][number][]>()
  for (const segment of segmented.segments) blocks.set(segment.block, [...(blocks.get(segment.block) ?? []), segment])
  return [...blocks].map(([block, segments]) => ({
    id: unitId(articleId, segmented.field, block),
    field: segmented.field,
    ...(options.label === undefined ? {} : { label: options.label }),
    ...(options.maxLength === undefined ? {} : { maxLength: options.maxLength }),
    segments: segments.map((segment) => ({ id: segment.id, source: segment.text, tags: segment.tags })),
  }))
}
