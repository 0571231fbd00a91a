/**
 * Where each segment of a task's target text came from, and whether the translator has
 * confirmed it. Stored on the task (`segmentStates`), keyed by segment id (ids.ts), with the
 * source hash the state was set against: a state whose hash no longer matches the source
 * segment is stale and reads as "new".
 */
export const segmentStatuses = ['new', 'memory', 'fuzzy', 'machine', 'edited', 'confirmed'] as const
export type SegmentStatus = (typeof segmentStatuses)[number]

export type SegmentState = {
  status: SegmentStatus
  /** Hash of the source segment when the state was set. */
  sourceHash: string
  /** The match score (75–101) for `memory` and `fuzzy`. */
  score?: number
}

export type SegmentStates = Record<string, SegmentState>

function isStatus(value: unknown): value is SegmentStatus {
  return typeof value === 'string' && (segmentStatuses as readonly string[]).includes(value)
}

function stateOf(value: unknown): SegmentState | null {
  if (!value || typeof value !== 'object') return null
  const { status, sourceHash, score } = value as Record<string, unknown>
  if (!isStatus(status) || typeof sourceHash !== 'string') return null
  return typeof score === 'number' && Number.isFinite(score) ? { status, sourceHash, score } : { status, sourceHash }
}

/** The states stored on a task (JSON from the database): anything malformed is dropped. */
export function readSegmentStates(value: unknown): SegmentStates {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {}
  const states: SegmentStates = {}
  for (const [id, raw] of Object.entries(value)) {
    const state = stateOf(raw)
    if (state) states[id] = state
  }
  return states
}

/** A segment's status against its current source hash: stale states read as new. */
export function currentStatus(states: SegmentStates, id: string, sourceHash: string): SegmentStatus {
  const state = states[id]
  return state && state.sourceHash === sourceHash ? state.status : 'new'
}
