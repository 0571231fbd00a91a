/**
 * Saving from the segment editor, pure: the translator's segment texts become field values
 * (through joinField, so the source's markup is rebuilt) and the task's segment states move on.
 *
 * A segment left empty is left out of the field (a draft may be partly translated); any other
 * text must place exactly the source segment's tags, or nothing is saved. A confirmed segment
 * must have words and its tags.
 */
import { joinField, type SegmentedField } from './field'
import { confirmProblems, saveProblems, type ConfirmProblem, type MatchInput } from './editorRows'
import type { SegmentStates } from './states'

export type SegmentInput = { id: string; text: string; confirmed: boolean }

export type SegmentRefusal = { id: string; field: string; problems: ConfirmProblem[] }

export type SavePlan =
  { ok: true; values: Record<string, unknown>; states: SegmentStates } | { ok: false; refusals: SegmentRefusal[] }

function textsWithEmptiesLeftOut(segmented: SegmentedField, texts: Readonly<Record<string, string>>): SegmentedField {
  return {
    ...segmented,
    segments: segmented.segments.map((segment) => ((texts[segment.id] ?? '').trim() === '' ? { ...segment, tags: [] } : segment)),
  }
}

/**
 * The new values of the fields the input touches, and the states after the save. `current`
 * holds the target text each segment has now (see editorTargets.ts): a segment the input
 * does not name keeps it.
 */
export function planSave(args: {
  fields: readonly SegmentedField[]
  current: Readonly<Record<string, string>>
  states: SegmentStates
  input: readonly SegmentInput[]
  /** The memory's matches per segment id: a text that is one of them keeps the match's status. */
  matches?: Readonly<Record<string, readonly MatchInput[]>>
}): SavePlan {
  const byId = new Map(args.input.map((segment) => [segment.id, segment]))
  const refusals: SegmentRefusal[] = []
  const values: Record<string, unknown> = {}
  const states: SegmentStates = { ...args.states }
  for (const segmented of args.fields) {
    const touched = segmented.segments.some((segment) => byId.has(segment.id))
    if (!touched) continue
    const texts: Record<string, string> = {}
    for (const segment of segmented.segments) {
      const sent = byId.get(segment.id)
      const text = sent?.text ?? args.current[segment.id] ?? ''
      texts[segment.id] = text.trim() === '' ? '' : text
      const problems = sent?.confirmed ? confirmProblems(text, segment.tags) : saveProblems(text, segment.tags)
      if (problems.length > 0) {
        refusals.push({ id: segment.id, field: segmented.field, problems })
        continue
      }
      if (!sent) continue
      const previous = states[segment.id]
      const stillValid = previous && previous.sourceHash === segment.hash
      const changed = text !== (args.current[segment.id] ?? '')
      const inserted = changed ? args.matches?.[segment.id]?.find((match) => match.target === text) : undefined
      if (sent.confirmed) states[segment.id] = { status: 'confirmed', sourceHash: segment.hash }
      else if (inserted) {
        const status = inserted.score >= 100 ? 'memory' : 'fuzzy'
        states[segment.id] = { status, sourceHash: segment.hash, score: inserted.score }
      } else if (changed || (stillValid && previous.status === 'confirmed')) {
        states[segment.id] = { status: 'edited', sourceHash: segment.hash }
      }
    }
    if (refusals.length > 0) continue
    const joined = joinField(textsWithEmptiesLeftOut(segmented, texts), texts)
    if (!joined.ok) {
      for (const { segment, problems } of joined.problems) refusals.push({ id: segment, field: segmented.field, problems })
      continue
    }
    values[segmented.field] = joined.value
  }
  return refusals.length > 0 ? { ok: false, refusals } : { ok: true, values, states }
}

/** Ids in the input that are not segments of the source (the source changed, or a bad request). */
export function unknownSegments(fields: readonly SegmentedField[], input: readonly SegmentInput[]): string[] {
  const known = new Set(fields.flatMap((field) => field.segments.map((segment) => segment.id)))
  return input.map((segment) => segment.id).filter((id) => !known.has(id))
}
