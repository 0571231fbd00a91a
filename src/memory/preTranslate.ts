/**
 * Pre-translation of one field: which target text each source segment gets from the memory,
 * and the states that say so.
 *
 * Only 101 % and 100 % matches are applied; a fuzzy match is left for the translator to pick
 * in the segment view (the segment reads "new"). Text a translator wrote for a sentence whose
 * source did not change is never replaced: when the old source and the target cannot be paired
 * sentence by sentence (src/memory/align.ts), the field is left alone rather than guessed at.
 * A segment with nothing to put in it keeps only its tags, so the field still rebuilds.
 */
import { joinField, segmentField, type Segment, type SegmentedField } from '@/segments/field'
import { segmentChanges } from '@/segments/changes'
import type { SegmentState, SegmentStates } from '@/segments/states'
import { tagProblems } from '@/segments/tags'

import { alignField } from './align'

/** The best memory match of a segment (by segment id), if any reaches 75 %. */
export type BestMatch = { target: string; score: number }

export type PreTranslateInput = {
  /** The current (published) source field, segmented in the source language. */
  source: SegmentedField
  /** The target language's draft value of the field. */
  target: unknown
  locales: { source: string; target: string }
  /** Best match per current source segment id. */
  matches: ReadonlyMap<string, BestMatch>
  /** The states stored on the task so far (kept for a new task's target that already has text). */
  states: SegmentStates
  /**
   * For a task that became outdated: the source its target was approved against. Without it
   * the task is new, and only an empty target is filled.
   */
  previousSource?: unknown
}

export type PreTranslateResult = {
  /** The new target value, or undefined to leave the field as it is. */
  value?: unknown
  /** States of the field's current segments (other fields' states are not included). */
  states: SegmentStates
  /** Segments filled from the memory. */
  filled: number
}

/** Whether a match is applied without asking: in context (101 %) or exact (100 %). */
export function isAppliedMatch(match: BestMatch | undefined): match is BestMatch {
  return match !== undefined && match.score >= 100
}

/** The segment's tags with nothing around them: an empty segment that still rebuilds. */
export function tagsOnly(segment: Segment): string {
  return segment.text.match(/<\/?\d{1,4}\/?>/g)?.join('') ?? ''
}

function memoryState(segment: Segment, match: BestMatch): SegmentState {
  return { status: 'memory', sourceHash: segment.hash, score: match.score }
}

function newState(segment: Segment): SegmentState {
  return { status: 'new', sourceHash: segment.hash }
}

function isEmptyTarget(value: unknown, locale: string): boolean {
  if (value === null || value === undefined || value === '') return true
  return segmentField('field', value, locale).segments.length === 0
}

function keepStates(segments: readonly Segment[], states: SegmentStates): SegmentStates {
  const kept: SegmentStates = {}
  for (const segment of segments) {
    const state = states[segment.id]
    if (state && state.sourceHash === segment.hash) kept[segment.id] = state
  }
  return kept
}

function rebuilt(source: SegmentedField, texts: Record<string, string>): unknown {
  const joined = joinField(source, texts)
  return joined.ok ? joined.value : undefined
}

/** A new task: an empty target gets every 101 % and 100 % match; a target with text is left alone. */
function preTranslateNew(input: PreTranslateInput): PreTranslateResult {
  const { source, matches } = input
  if (!isEmptyTarget(input.target, input.locales.target)) return { states: keepStates(source.segments, input.states), filled: 0 }
  const texts: Record<string, string> = {}
  const states: SegmentStates = {}
  let filled = 0
  for (const segment of source.segments) {
    const match = matches.get(segment.id)
    if (isAppliedMatch(match)) {
      texts[segment.id] = match.target
      states[segment.id] = memoryState(segment, match)
      filled += 1
    } else {
      texts[segment.id] = tagsOnly(segment)
      states[segment.id] = newState(segment)
    }
  }
  if (filled === 0) return { states, filled }
  const value = rebuilt(source, texts)
  return value === undefined ? { states: mapNew(source.segments), filled: 0 } : { value, states, filled }
}

function mapNew(segments: readonly Segment[]): SegmentStates {
  return Object.fromEntries(segments.map((segment) => [segment.id, newState(segment)]))
}

/**
 * An outdated task: unchanged sentences keep the translator's text and read "confirmed" (an
 * editor approved them, whatever state they had while being translated); a changed or added sentence takes an exact
 * match, or else keeps the old sentence's translation (a changed one) or only its tags (an added
 * one). Whatever cannot be placed with certainty leaves the whole field as it is.
 */
function preTranslateOutdated(input: PreTranslateInput, previousSource: unknown): PreTranslateResult {
  const { source, matches, locales } = input
  const before = segmentField(source.field, previousSource, locales.source).segments
  const changes = segmentChanges(before, source.segments)
  const stale = (): SegmentStates => {
    const states: SegmentStates = {}
    for (const change of changes) {
      if (change.kind === 'removed') continue
      states[change.after.id] =
        change.kind === 'same' ? { status: 'confirmed', sourceHash: change.after.hash } : newState(change.after)
    }
    return states
  }
  if (changes.every((change) => change.kind === 'same')) return { states: stale(), filled: 0 }

  const aligned = new Map(
    alignField(source.field, previousSource, input.target, locales).map((pair) => [pair.segmentId, pair.target]),
  )
  const texts: Record<string, string> = {}
  const states = stale()
  let filled = 0
  for (const change of changes) {
    if (change.kind === 'removed') continue
    const segment = change.after
    if (change.kind === 'same') {
      const text = aligned.get(change.before.id)
      // The translator's sentence cannot be told apart from its neighbours: touch nothing.
      if (text === undefined) return { states, filled: 0 }
      texts[segment.id] = text
      continue
    }
    const match = matches.get(segment.id)
    if (isAppliedMatch(match)) {
      texts[segment.id] = match.target
      states[segment.id] = memoryState(segment, match)
      filled += 1
      continue
    }
    if (change.kind === 'added') {
      texts[segment.id] = tagsOnly(segment)
      continue
    }
    // A rewritten sentence keeps its old translation for the translator to revise, if it fits.
    const old = aligned.get(change.before.id)
    if (old === undefined || tagProblems(old, segment.tags).length > 0) return { states, filled: 0 }
    texts[segment.id] = old
  }
  if (filled === 0) return { states, filled: 0 }
  const value = rebuilt(source, texts)
  return value === undefined ? { states, filled: 0 } : { value, states, filled }
}

export function preTranslateField(input: PreTranslateInput): PreTranslateResult {
  return input.previousSource === undefined ? preTranslateNew(input) : preTranslateOutdated(input, input.previousSource)
}
