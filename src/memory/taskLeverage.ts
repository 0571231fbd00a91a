/**
 * A task's leverage as stored on it (`leverage`, JSON): the words per band of its source
 * against the memory, when they were counted, and a fingerprint of the source they were
 * counted on (so a publication that changed nothing does not count again).
 */
import { leverageBands, type LeverageBand } from './bands'
import { leverageOf, type BandTotal, type Leverage } from './leverage'

export type TaskLeverage = Leverage & { computedAt: string; source: string }

function bandTotal(value: unknown): BandTotal | null {
  if (!value || typeof value !== 'object') return null
  const { segments, words } = value as Record<string, unknown>
  const count = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0
  return count(segments) && count(words) ? { segments: segments as number, words: words as number } : null
}

/** The leverage stored on a task, or null when there is none or it is malformed. */
export function readTaskLeverage(value: unknown): TaskLeverage | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null
  const record = value as Record<string, unknown>
  const total = bandTotal(record.total)
  const rawBands = record.bands
  if (!total || typeof record.computedAt !== 'string' || !rawBands || typeof rawBands !== 'object') return null
  const bands = {} as Record<LeverageBand, BandTotal>
  for (const band of leverageBands) {
    const raw = (rawBands as Record<string, unknown>)[band]
    // Counts stored before machine drafts existed have no "machine" row: nothing was filled by one.
    const row = raw === undefined && band === 'machine' ? { segments: 0, words: 0 } : bandTotal(raw)
    if (!row) return null
    bands[band] = row
  }
  return { bands, total, computedAt: record.computedAt, source: typeof record.source === 'string' ? record.source : '' }
}

/** Band by band, the sum of several tasks' leverage (the editors' workspace). */
export function sumLeverage(all: readonly Leverage[]): Leverage {
  const sum = leverageOf([])
  for (const leverage of all) {
    for (const band of leverageBands) {
      sum.bands[band].segments += leverage.bands[band].segments
      sum.bands[band].words += leverage.bands[band].words
    }
    sum.total.segments += leverage.total.segments
    sum.total.words += leverage.total.words
  }
  return sum
}

/** Words a translator has to write or revise: everything below an exact match. */
export function wordsBelowExact(leverage: Leverage): number {
  return leverage.total.words - leverage.bands['101'].words - leverage.bands['100'].words
}
