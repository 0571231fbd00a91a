/**
 * The segment editor's rows, pure: one per source segment, with its target text, its status,
 * the memory's best matches (and how each differs from the segment), the tags to place, and
 * the progress of confirmed words. Built on the server, checked again in the browser.
 */
import type { MatchBand } from '@/memory/bands'
import { diffWords, type DiffPart } from '@/workflow/diff'

import type { Segment } from './field'
import { currentStatus, type SegmentStates, type SegmentStatus } from './states'
import { isPairTag, tagProblems, visibleWords, type TagDef, type TagProblem } from './tags'

export type EditorTag = {
  /** The number written in the text (`<n>`, `<n/>`). */
  n: number
  pair: boolean
  /** What the tag stands for, for its chip: a link's address, the code, the marker, the format. */
  label: string
  def: TagDef
}

export type EditorMatch = {
  score: number
  band: MatchBand
  source: string
  target: string
  /** Words of the memory's source (deleted) against the segment's (inserted). */
  diff: DiffPart[]
}

export type EditorRow = {
  id: string
  field: string
  block: number
  hash: string
  source: string
  words: number
  tags: EditorTag[]
  target: string
  status: SegmentStatus
  score?: number
  /** The draft's block had another number of sentences: its text sits in the block's first row. */
  unaligned: boolean
  matches: EditorMatch[]
}

export type MatchInput = { score: number; band: MatchBand; source: string; target: string }

const formatNames: ReadonlyArray<[number, string]> = [
  [1, 'B'],
  [2, 'I'],
  [4, 'S'],
  [8, 'U'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]

function tagLabel(tag: TagDef): string {
  if (tag.kind === 'marker') return tag.text
  const { node } = tag
  if (tag.kind === 'element') return node.fields?.url ?? node.url ?? node.type
  if (tag.kind === 'node') return typeof node.text === 'string' ? node.text : node.type
  const format = typeof node.format === 'number' ? node.format : 0
  const names = formatNames.filter(([bit]) => (format & bit) !== 0).map(([, name]) => name)
  return names.length > 0 ? names.join('+') : node.type
}

export function editorTags(tags: readonly TagDef[]): EditorTag[] {
  return tags.map((def, i) => ({ n: i + 1, pair: isPairTag(def), label: tagLabel(def), def }))
}

/** What the translator wrote in a tag's place: `<n>…</n>` or `<n/>`. */
export function tagMarkup(tag: Pick<EditorTag, 'n' | 'pair'>, inner = ''): string {
  return tag.pair ? `<${tag.n}>${inner}</${tag.n}>` : `<${tag.n}/>`
}

/** Tag numbers written in a text, whether or not they belong (for the chips' placed state). */
export function placedTags(text: string): Set<number> {
  return new Set([...text.matchAll(/<\/?(\d{1,4})\/?>/g)].map((match) => Number(match[1])))
}

/**
 * A row's status: its stored state while the source sentence is the one it was set for;
 * otherwise a sentence the translator already wrote (in the field view) reads as edited.
 */
export function rowStatus(states: SegmentStates, segment: Pick<Segment, 'id' | 'hash'>, target: string): SegmentStatus {
  const status = currentStatus(states, segment.id, segment.hash)
  return status === 'new' && target.trim() !== '' ? 'edited' : status
}

export function editorMatch(segment: Pick<Segment, 'text'>, match: MatchInput): EditorMatch {
  return { ...match, diff: diffWords(visibleWords(match.source), visibleWords(segment.text)) }
}

export function buildRows(
  segments: readonly Segment[],
  targets: { texts: Readonly<Record<string, string>>; unaligned: ReadonlySet<string> },
  states: SegmentStates,
  matches: (segment: Segment) => readonly MatchInput[],
): EditorRow[] {
  return segments.map((segment) => {
    const target = targets.texts[segment.id] ?? ''
    const status = rowStatus(states, segment, target)
    const score = status === 'memory' || status === 'fuzzy' ? states[segment.id]?.score : undefined
    return {
      id: segment.id,
      field: segment.field,
      block: segment.block,
      hash: segment.hash,
      source: segment.text,
      words: segment.words,
      tags: editorTags(segment.tags),
      target,
      status,
      ...(score === undefined ? {} : { score }),
      unaligned: targets.unaligned.has(segment.id),
      matches: matches(segment).map((match) => editorMatch(segment, match)),
    }
  })
}

export type ConfirmProblem = TagProblem | { kind: 'empty' }

/** Why a segment cannot be confirmed: no text, or its tags missing, extra or misplaced. */
export function confirmProblems(text: string, tags: readonly TagDef[]): ConfirmProblem[] {
  if (visibleWords(text).trim() === '') return [{ kind: 'empty' }]
  return tagProblems(text, tags)
}

/** Why a segment's text cannot be saved: an empty segment can (it is left out), wrong tags cannot. */
export function saveProblems(text: string, tags: readonly TagDef[]): TagProblem[] {
  return text.trim() === '' ? [] : tagProblems(text, tags)
}

export type Progress = { confirmedWords: number; totalWords: number; percent: number }

export function progressOf(rows: ReadonlyArray<Pick<EditorRow, 'words' | 'status'>>): Progress {
  let confirmedWords = 0
  let totalWords = 0
  for (const row of rows) {
    totalWords += row.words
    if (row.status === 'confirmed') confirmedWords += row.words
  }
  const percent = totalWords === 0 ? 100 : Math.floor((confirmedWords / totalWords) * 100)
  return { confirmedWords, totalWords, percent }
}
