/**
 * The segment editor's target text per source segment: the current draft of the target
 * language, cut the way the source is.
 *
 * Where the draft's block has as many sentences as the source's (with corresponding tags),
 * each sentence goes to its source segment (src/memory/align.ts). Where it does not — the
 * translator merged or split sentences in the field view — the block's whole target text goes
 * to the block's first segment, its tags removed (they cannot be matched), and the block is
 * flagged: its words are kept, and the translator places the tags again before it can be saved.
 * One exception: a block saved with only some of its sentences (the memory, a machine draft or
 * the translator filled those, and left the others empty) holds exactly the segments whose
 * state says they were written (`writtenIds`), in order, so those go back to their segments and
 * the others stay empty. When the counts differ, the block is flagged as above.
 */
import { alignField } from '@/memory/align'

import { segmentField, type Segment } from './field'
import { escapeText, visibleWords } from './tags'

export type TargetTexts = {
  /** Tagged target text per source segment id ('' for none yet). */
  texts: Record<string, string>
  /** Source segment ids whose target block could not be cut sentence by sentence. */
  unaligned: Set<string>
}

function blocksOf(segments: readonly Segment[]): Map<number, Segment[]> {
  const blocks = new Map<number, Segment[]>()
  for (const segment of segments) blocks.set(segment.block, [...(blocks.get(segment.block) ?? []), segment])
  return blocks
}

export function targetTexts(
  field: string,
  source: unknown,
  target: unknown,
  locales: { source: string; target: string },
  writtenIds: ReadonlySet<string> = new Set(),
): TargetTexts {
  const from = segmentField(field, source, locales.source).segments
  const to = blocksOf(segmentField(field, target, locales.target).segments)
  const aligned = new Map(alignField(field, source, target, locales).map((pair) => [pair.segmentId, pair.target]))
  const texts: Record<string, string> = {}
  const unaligned = new Set<string>()
  for (const [block, sources] of blocksOf(from)) {
    if (sources.every((segment) => aligned.has(segment.id))) {
      for (const segment of sources) texts[segment.id] = aligned.get(segment.id) ?? ''
      continue
    }
    const drafted = to.get(block) ?? []
    const filled = sources.filter((segment) => writtenIds.has(segment.id))
    if (filled.length > 0 && filled.length === drafted.length) {
      for (const segment of sources) texts[segment.id] = ''
      filled.forEach((segment, i) => (texts[segment.id] = drafted[i]?.text ?? ''))
      continue
    }
    const written = drafted.map((segment) => visibleWords(segment.text).trim()).filter((text) => text !== '')
    sources.forEach((segment, i) => {
      texts[segment.id] = i === 0 ? escapeText(written.join(' ')) : ''
    })
    if (written.length > 0) for (const segment of sources) unaligned.add(segment.id)
  }
  return { texts, unaligned }
}
