/**
 * Which segments a machine draft may fill, and what the fill becomes. Pure: the service
 * (src/workflow/services/machinePrefill.ts) asks the provider and writes the result.
 *
 * A segment is filled only when nothing is in it and nobody chose that: its target has no
 * words, its state is "new" (not memory, fuzzy, edited, confirmed or an earlier machine fill),
 * its block could be cut sentence by sentence (an unaligned block holds the translator's own
 * words in its first segment) and its source has words to translate. Whatever a provider
 * answers, text already in a segment is never replaced.
 */
import type { Segment } from '@/segments/field'
import { currentStatus, type SegmentStates } from '@/segments/states'
import { tagProblems, visibleWords } from '@/segments/tags'

import { fromProviderMarkup } from './placeholders'

export type PrefillInput = {
  segments: readonly Segment[]
  /** Target text per segment id, as the segment editor shows it. */
  current: Readonly<Record<string, string>>
  states: SegmentStates
  unaligned: ReadonlySet<string>
}

export function prefillCandidates(input: PrefillInput): Segment[] {
  return input.segments.filter((segment) => {
    if (segment.words === 0 || input.unaligned.has(segment.id)) return false
    if (visibleWords(input.current[segment.id] ?? '').trim() !== '') return false
    return currentStatus(input.states, segment.id, segment.hash) === 'new'
  })
}

export type MachineFill = {
  /** Segment texts to write, by id: only candidates whose answer places the source's tags. */
  texts: Record<string, string>
  states: SegmentStates
  /** Candidates whose answer could not be used (markup or tags lost): they stay empty. */
  rejected: string[]
}

/** The provider's answers (in candidate order) as segment texts and "machine" states. */
export function machineFill(candidates: readonly Segment[], answers: readonly string[]): MachineFill {
  const fill: MachineFill = { texts: {}, states: {}, rejected: [] }
  candidates.forEach((segment, i) => {
    const answer = answers[i]
    const text = answer === undefined ? null : fromProviderMarkup(answer.trim())
    if (text === null || visibleWords(text).trim() === '' || tagProblems(text, segment.tags).length > 0) {
      fill.rejected.push(segment.id)
      return
    }
    fill.texts[segment.id] = text
    fill.states[segment.id] = { status: 'machine', sourceHash: segment.hash }
  })
  return fill
}
