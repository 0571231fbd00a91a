/**
 * Segment pairs of an approved translation: what the memory stores.
 *
 * The translator wrote the target in the field view, so its sentences are matched to the
 * source's block by block: a block with as many sentences on both sides is paired sentence
 * by sentence, any other block is left out (a guess would teach the memory a wrong pair).
 * The target's tags are renumbered to the source's (the same link, format, marker or code
 * span), so a pair can be inserted into the source segment as it is; a sentence whose tags
 * do not correspond is left out too.
 */
import { segmentField, type Segment } from '@/segments/field'
import { tagProblems, type TagDef } from '@/segments/tags'

import { queriesOf } from './leverage'

export type SegmentPair = {
  field: string
  /** The source segment's id and hash (see src/segments/ids.ts). */
  segmentId: string
  sourceHash: string
  source: string
  target: string
  /** Hashes of the neighbouring source segments in the field, null at either end (101 % matches). */
  before: string | null
  after: string | null
}

function byBlock(segments: readonly Segment[]): Map<number, Segment[]> {
  const blocks = new Map<number, Segment[]>()
  for (const segment of segments) blocks.set(segment.block, [...(blocks.get(segment.block) ?? []), segment])
  return blocks
}

function identity(tag: TagDef): string {
  return JSON.stringify(tag)
}

function looseIdentity(tag: TagDef): string {
  return tag.kind === 'marker' ? `marker:${tag.text}` : `${tag.kind}:${tag.node.type}`
}

/** Target tag number → source tag number, or null when the tags do not correspond one to one. */
function tagMapping(source: readonly TagDef[], target: readonly TagDef[]): Map<number, number> | null {
  if (source.length !== target.length) return null
  const mapping = new Map<number, number>()
  const used = new Set<number>()
  // The same markup first (a link to the same URL), then the same kind of markup in order.
  for (const key of [identity, looseIdentity]) {
    target.forEach((tag, i) => {
      if (mapping.has(i + 1)) return
      const j = source.findIndex((candidate, k) => !used.has(k + 1) && key(candidate) === key(tag))
      if (j < 0) return
      mapping.set(i + 1, j + 1)
      used.add(j + 1)
    })
  }
  return mapping.size === target.length ? mapping : null
}

function renumber(text: string, mapping: ReadonlyMap<number, number>): string {
  return text.replace(/<(\/?)(\d{1,4})(\/?)>/g, (_, close: string, n: string, self: string) => {
    return `<${close}${mapping.get(Number(n)) ?? n}${self}>`
  })
}

export function alignField(
  field: string,
  source: unknown,
  target: unknown,
  locales: { source: string; target: string },
): SegmentPair[] {
  const from = segmentField(field, source, locales.source).segments
  const to = byBlock(segmentField(field, target, locales.target).segments)
  const context = queriesOf(from)
  const pairs: SegmentPair[] = []
  for (const [block, sources] of byBlock(from)) {
    const targets = to.get(block) ?? []
    if (targets.length !== sources.length) continue
    sources.forEach((segment, i) => {
      const translated = targets[i]
      const mapping = translated && tagMapping(segment.tags, translated.tags)
      if (!translated || !mapping) return
      const text = renumber(translated.text, mapping)
      if (tagProblems(text, segment.tags).length > 0) return
      const at = from.indexOf(segment)
      pairs.push({
        field,
        segmentId: segment.id,
        sourceHash: segment.hash,
        source: segment.text,
        target: text,
        before: context[at]?.before ?? null,
        after: context[at]?.after ?? null,
      })
    })
  }
  return pairs
}
