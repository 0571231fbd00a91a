/**
 * The checks of a whole translation as the field view produced it: each translatable field,
 * block by block. Where a block has as many sentences on both sides they are checked pair by
 * pair; otherwise (a translator merged or split sentences) the block is checked as a whole.
 * Tags are compared by what they stand for (a link, bold text, inline code), because the
 * target's tags are numbered in its own order; exact placement is the segment view's check
 * (segment.ts).
 */
import type { GlossaryConcept } from '@/glossary/terms'
import { segmentField, type Segment } from '@/segments/field'
import { visibleWords, type TagDef } from '@/segments/tags'

import { glossaryIssues } from './glossary'
import { issue, type QualityIssue } from './issues'
import { missingNumbers } from './numbers'
import { seoIssues } from './seo'
import { literalIssues, spacingIssues, surfaceIssues } from './text'

export type LocatedIssue = QualityIssue & {
  field: string
  /** Which block of the field (from 0), when the issue is about one. */
  block?: number
  /** The source segment's id, when the issue is about one sentence. */
  segmentId?: string
}

export type TranslationCheckInput = {
  fields: ReadonlyArray<{ field: string; source: unknown; target: unknown }>
  sourceLocale: string
  targetLocale: string
  concepts?: readonly GlossaryConcept[]
}

type Unit = { source: Segment[]; target: Segment[]; segmentId?: string }

/** Inline code is compared by its text: changing it changes what the reader types. */
function inlineCodeText(tag: TagDef): string | null {
  return tag.kind === 'node' && tag.node.type === 'text' && typeof tag.node.text === 'string' ? tag.node.text : null
}

function tagKind(tag: TagDef): string {
  return tag.kind === 'marker' ? `marker ${tag.text}` : String(tag.node.type)
}

/** Markup of the source missing from the target, and markup the target added; inline code by its text. */
function tagDifference(source: readonly Segment[], target: readonly Segment[]): QualityIssue[] {
  const counts = new Map<string, number>()
  const code = new Map<string, number>()
  const count = (tag: TagDef, step: number) => {
    const text = inlineCodeText(tag)
    if (text !== null) code.set(text, (code.get(text) ?? 0) + step)
    else counts.set(tagKind(tag), (counts.get(tagKind(tag)) ?? 0) + step)
  }
  for (const tag of source.flatMap((segment) => segment.tags)) count(tag, 1)
  for (const tag of target.flatMap((segment) => segment.tags)) count(tag, -1)
  return [
    ...[...counts]
      .filter(([, difference]) => difference !== 0)
      .map(([kind, difference]) => issue('tags', { problem: difference > 0 ? 'missing' : 'extra', markup: kind })),
    ...[...code].filter(([, difference]) => difference > 0).map(([text]) => issue('inlineCode', { code: text })),
  ]
}

function byBlock(segments: readonly Segment[]): Map<number, Segment[]> {
  const blocks = new Map<number, Segment[]>()
  for (const segment of segments) blocks.set(segment.block, [...(blocks.get(segment.block) ?? []), segment])
  return blocks
}

function unitsOf(source: Segment[], target: Segment[]): Unit[] {
  if (source.length === target.length) {
    return source.map((segment, i) => ({ source: [segment], target: target[i] ? [target[i]] : [], segmentId: segment.id }))
  }
  return [{ source, target }]
}

function text(segments: readonly Segment[], visible: boolean): string {
  return segments.map((segment) => (visible ? visibleWords(segment.text) : segment.text)).join(' ')
}

function unitIssues(unit: Unit, input: TranslationCheckInput): QualityIssue[] {
  const source = text(unit.source, true)
  const target = text(unit.target, true)
  const surface = surfaceIssues(source, target)
  if (surface.some((found) => found.check === 'empty')) return surface
  return [
    ...surface,
    ...spacingIssues(text(unit.source, false), text(unit.target, false)),
    ...tagDifference(unit.source, unit.target),
    ...missingNumbers(source, input.sourceLocale, target, input.targetLocale).map((number) => issue('numbers', { number })),
    ...literalIssues(source, target),
    ...glossaryIssues({ ...input, source, target, concepts: input.concepts ?? [] }),
  ]
}

export function checkTranslation(input: TranslationCheckInput): LocatedIssue[] {
  const found: LocatedIssue[] = []
  for (const { field, source, target } of input.fields) {
    const sourceBlocks = byBlock(segmentField(field, source, input.sourceLocale).segments)
    if (sourceBlocks.size === 0) continue
    const targetBlocks = byBlock(segmentField(field, target, input.targetLocale).segments)
    if (typeof target === 'string') found.push(...seoIssues(field, target).map((item) => ({ ...item, field })))
    for (const [block, sourceSegments] of sourceBlocks) {
      for (const unit of unitsOf(sourceSegments, targetBlocks.get(block) ?? [])) {
        const at = unit.segmentId ? { field, block, segmentId: unit.segmentId } : { field, block }
        found.push(...unitIssues(unit, input).map((item) => ({ ...item, ...at })))
      }
    }
  }
  return found
}
