/**
 * What changed in a source field, for the translator.
 *
 * Why our own diff: the inputs are small (a title, a handful of paragraphs),
 * the output must be plain data that the admin renders and the tests can pin,
 * and we want paragraph-level grouping that generic line diffs do not give.
 */
import type { TranslatableField } from './fingerprint'
import { isLexicalState } from '@/richtext/lexical'
import { richTextToBlocks } from '@/richtext/plainText'

export type DiffKind = 'equal' | 'insert' | 'delete'
export type DiffPart = { kind: DiffKind; text: string }

export type BlockDiff = {
  kind: 'equal' | 'insert' | 'delete' | 'change'
  /** Present for equal, delete and change. */
  old?: string
  /** Present for equal, insert and change. */
  new?: string
  /** Word diff of `old` → `new`, for change only. */
  words?: DiffPart[]
}

export type FieldDiff<F extends string = TranslatableField> =
  { field: F; mode: 'text'; parts: DiffPart[] } | { field: F; mode: 'blocks'; blocks: BlockDiff[] }

/** Above this many tokens (after trimming the common prefix/suffix) we stop looking for an LCS. */
export const maxDiffTokens = 5_000
/** Upper bound on the LCS table (cells), so one request can never allocate a huge matrix. */
export const maxDiffCells = 10_000_000

type Op<T> = { kind: DiffKind; value: T }

/**
 * Edit script from `a` to `b` via a longest common subsequence. O(n·m) on
 * the part that differs: the common prefix and suffix are cut first (cheap
 * and usually most of the text), and a middle that is still too large is
 * reported as one replacement rather than computed slowly.
 */
function editScript<T>(a: readonly T[], b: readonly T[]): Op<T>[] {
  let prefix = 0
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++
  let suffix = 0
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) {
    suffix++
  }

  const head: Op<T>[] = a.slice(0, prefix).map((value) => ({ kind: 'equal', value }))
  const tail: Op<T>[] = a.slice(a.length - suffix).map((value) => ({ kind: 'equal', value }))
  const oldMid = a.slice(prefix, a.length - suffix)
  const newMid = b.slice(prefix, b.length - suffix)
  const n = oldMid.length
  const m = newMid.length

  const replaceAll = (): Op<T>[] => [
    ...oldMid.map((value): Op<T> => ({ kind: 'delete', value })),
    ...newMid.map((value): Op<T> => ({ kind: 'insert', value })),
  ]

  if (n === 0 || m === 0 || n > maxDiffTokens || m > maxDiffTokens || (n + 1) * (m + 1) > maxDiffCells) {
    return [...head, ...replaceAll(), ...tail]
  }

  // lcs[i * width + j] = LCS length of oldMid[i..] and newMid[j..]; ≤ 5,000 fits in 16 bits.
  const width = m + 1
  const lcs = new Uint16Array((n + 1) * width)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        oldMid[i] === newMid[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0)
    }
  }

  const middle: Op<T>[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    const x = oldMid[i]
    const y = newMid[j]
    if (x === y) {
      middle.push({ kind: 'equal', value: y })
      i++
      j++
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      // Ties go to deletions so a replacement reads "old, then new".
      middle.push({ kind: 'delete', value: x })
      i++
    } else {
      middle.push({ kind: 'insert', value: y })
      j++
    }
  }
  for (; i < n; i++) middle.push({ kind: 'delete', value: oldMid[i] })
  for (; j < m; j++) middle.push({ kind: 'insert', value: newMid[j] })

  return [...head, ...middle, ...tail]
}

/** Words and the whitespace between them, so joining tokens gives back the exact text. */
export function tokenize(text: string): string[] {
  return text.match(/\s+|\S+/g) ?? []
}

type Segment = { kind: 'equal'; text: string } | { kind: 'change'; del: string; ins: string }

/**
 * Word-level diff. Joining the equal + delete parts rebuilds `oldText`;
 * joining equal + insert parts rebuilds `newText`. Within a change, the
 * deletion comes first. A lone space between two changes is folded into
 * them, so "a b c" → "x y z" reads as one replacement, not six fragments.
 */
export function diffWords(oldText: string, newText: string): DiffPart[] {
  const ops = editScript(tokenize(oldText), tokenize(newText))

  const segments: Segment[] = []
  for (const op of ops) {
    const last = segments.at(-1)
    if (op.kind === 'equal') {
      if (last?.kind === 'equal') last.text += op.value
      else segments.push({ kind: 'equal', text: op.value })
    } else {
      const change = last?.kind === 'change' ? last : { kind: 'change' as const, del: '', ins: '' }
      if (change !== last) segments.push(change)
      if (op.kind === 'delete') change.del += op.value
      else change.ins += op.value
    }
  }

  const folded: Segment[] = []
  segments.forEach((segment, index) => {
    const last = folded.at(-1)
    if (segment.kind === 'change' && last?.kind === 'change') {
      last.del += segment.del
      last.ins += segment.ins
      return
    }
    const next = segments[index + 1]
    if (segment.kind === 'equal' && /^\s+$/.test(segment.text) && last?.kind === 'change' && next?.kind === 'change') {
      last.del += segment.text
      last.ins += segment.text
      return
    }
    folded.push(segment)
  })

  const parts: DiffPart[] = []
  for (const segment of folded) {
    if (segment.kind === 'equal') {
      parts.push({ kind: 'equal', text: segment.text })
      continue
    }
    if (segment.del !== '') parts.push({ kind: 'delete', text: segment.del })
    if (segment.ins !== '') parts.push({ kind: 'insert', text: segment.ins })
  }
  return parts
}

/**
 * Paragraph-level diff. Within each run of removed/added blocks, the k-th
 * removed block is paired with the k-th added one as a 'change' carrying a
 * word diff (an edited paragraph); unpaired ones stay 'delete' / 'insert'.
 */
export function diffBlocks(oldBlocks: readonly string[], newBlocks: readonly string[]): BlockDiff[] {
  const ops = editScript(oldBlocks, newBlocks)
  const result: BlockDiff[] = []
  let deleted: string[] = []
  let inserted: string[] = []

  const flush = (): void => {
    const paired = Math.min(deleted.length, inserted.length)
    for (let k = 0; k < paired; k++) {
      const before = deleted[k]
      const after = inserted[k]
      result.push({ kind: 'change', old: before, new: after, words: diffWords(before, after) })
    }
    for (const block of deleted.slice(paired)) result.push({ kind: 'delete', old: block })
    for (const block of inserted.slice(paired)) result.push({ kind: 'insert', new: block })
    deleted = []
    inserted = []
  }

  for (const op of ops) {
    if (op.kind === 'delete') deleted.push(op.value)
    else if (op.kind === 'insert') inserted.push(op.value)
    else {
      flush()
      result.push({ kind: 'equal', old: op.value, new: op.value })
    }
  }
  flush()
  return result
}

/** Plain-text view of a scalar field value (null/undefined → ''). */
function scalarText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return ''
}

/** Diff of one field: block mode as soon as either side is rich text, word mode otherwise. */
export function diffField<F extends string = TranslatableField>(field: F, oldValue: unknown, newValue: unknown): FieldDiff<F> {
  if (isLexicalState(oldValue) || isLexicalState(newValue)) {
    return { field, mode: 'blocks', blocks: diffBlocks(richTextToBlocks(oldValue), richTextToBlocks(newValue)) }
  }
  return { field, mode: 'text', parts: diffWords(scalarText(oldValue), scalarText(newValue)) }
}
