/**
 * Leverage analysis: a text's words per match band, what an agency invoices by.
 *
 * Each segment is looked up with its neighbours (for 101 %), and its words go to the band of
 * its best match. A segment repeated within the text is not discounted: the bands are those
 * of the memory only.
 */
import type { Segment, SegmentedField } from '@/segments/field'

import { bandOf, leverageBands, type LeverageBand } from './bands'
import type { MemoryQuery } from './candidateIndex'

export type BandTotal = { segments: number; words: number }
export type Leverage = { bands: Record<LeverageBand, BandTotal>; total: BandTotal }

/** Each segment with the hashes of its neighbours in the field (null at either end). */
export function queriesOf(segments: readonly Segment[]): MemoryQuery[] {
  return segments.map((segment, i) => ({
    text: segment.text,
    before: segments[i - 1]?.hash ?? null,
    after: segments[i + 1]?.hash ?? null,
  }))
}

/** Sums words per band from each segment's best score; a segment a machine draft filled counts as "machine". */
export function leverageOf(scored: ReadonlyArray<{ words: number; score: number; machine?: boolean }>): Leverage {
  const bands = Object.fromEntries(leverageBands.map((band) => [band, { segments: 0, words: 0 }])) as Record<
    LeverageBand,
    BandTotal
  >
  const total: BandTotal = { segments: 0, words: 0 }
  for (const { words, score, machine } of scored) {
    const row = bands[machine ? 'machine' : bandOf(score)]
    row.segments += 1
    row.words += words
    total.segments += 1
    total.words += words
  }
  return { bands, total }
}

/** The leverage of some fields against a memory (`bestScore` of a MemoryIndex, or a database lookup). */
export function analyseLeverage(fields: readonly SegmentedField[], bestScore: (query: MemoryQuery) => number): Leverage {
  return leverageOf(
    fields.flatMap((field) =>
      queriesOf(field.segments).map((query, i) => ({ words: field.segments[i]?.words ?? 0, score: bestScore(query) })),
    ),
  )
}
