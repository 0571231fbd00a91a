/**
 * Which sentences of a field changed between two source versions.
 *
 * Why sentences and not ids: an id says a sentence is still there, but the translator also
 * wants the old sentence beside the new one. A longest common subsequence of the hashes
 * keeps the order; between two kept sentences, removed and added ones are paired up in
 * order as "changed" (a rewritten sentence), what is left over is added or removed.
 */
import type { Segment } from './field'

export type SegmentChange =
  | { kind: 'same'; before: Segment; after: Segment }
  | { kind: 'changed'; before: Segment; after: Segment }
  | { kind: 'added'; after: Segment }
  | { kind: 'removed'; before: Segment }

/** Above this many table cells, fall back to matching by hash alone (no order). */
const maxCells = 4_000_000

function commonSubsequence(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  if (a.length * b.length > maxCells) {
    const left = new Map<string, number[]>()
    a.forEach((hash, i) => left.set(hash, [...(left.get(hash) ?? []), i]))
    const pairs: Array<[number, number]> = []
    let last = -1
    b.forEach((hash, j) => {
      const i = left.get(hash)?.find((candidate) => candidate > last)
      if (i !== undefined) {
        pairs.push([i, j])
        last = i
      }
    })
    return pairs
  }
  const width = b.length + 1
  const table = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i * width + j] =
        a[i] === b[j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0)
    }
  }
  const pairs: Array<[number, number]> = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pairs.push([i, j])
      i += 1
      j += 1
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) i += 1
    else j += 1
  }
  return pairs
}

/** The changes in reading order of the new version (removed sentences where they were). */
export function segmentChanges(before: readonly Segment[], after: readonly Segment[]): SegmentChange[] {
  const changes: SegmentChange[] = []
  const gap = (fromA: number, toA: number, fromB: number, toB: number) => {
    const paired = Math.min(toA - fromA, toB - fromB)
    for (let k = 0; k < paired; k += 1) {
      const old = before[fromA + k]
      const now = after[fromB + k]
      if (old && now) changes.push({ kind: 'changed', before: old, after: now })
    }
    for (const old of before.slice(fromA + paired, toA)) changes.push({ kind: 'removed', before: old })
    for (const now of after.slice(fromB + paired, toB)) changes.push({ kind: 'added', after: now })
  }
  let i = 0
  let j = 0
  const anchors = commonSubsequence(
    before.map((segment) => segment.hash),
    after.map((segment) => segment.hash),
  )
  for (const [a, b] of anchors) {
    gap(i, a, j, b)
    const old = before[a]
    const now = after[b]
    if (old && now) changes.push({ kind: 'same', before: old, after: now })
    i = a + 1
    j = b + 1
  }
  gap(i, before.length, j, after.length)
  return changes
}

/** Ids (in the new version) of the sentences to translate again: changed or added. */
export function changedSegmentIds(before: readonly Segment[], after: readonly Segment[]): string[] {
  return segmentChanges(before, after).flatMap((change) =>
    change.kind === 'changed' || change.kind === 'added' ? [change.after.id] : [],
  )
}
