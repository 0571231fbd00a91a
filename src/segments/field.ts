/**
 * A translatable field value ⇄ segments.
 *
 * `segmentField` splits a value (a plain string or Lexical rich text) into sentence segments
 * and a skeleton: everything that is not translated (block structure, code blocks, images,
 * the spaces between sentences). `joinField` puts segment texts back into the skeleton: with
 * the source texts it gives the original value exactly; with translations it gives the
 * translated value, with the source's markup. Rich text is split block by block (headings,
 * paragraphs, list items, quotes), then sentence by sentence.
 */
import { isLexicalNode, isInlineNode, isLexicalState, type LexicalNode } from '@/richtext/lexical'
import { countWords } from '@/workflow/wordCount'

import { segmentHash, segmentIds } from './ids'
import { inlineToTokens, ordinaryTextTemplate, tokensToInline } from './inline'
import { splitRun } from './runs'
import { parseTagged, serializeTokens, visibleWords, type TagDef, type TagProblem, type Token } from './tags'

export type Segment = {
  id: string
  field: string
  /** Source text with numbered tags (see tags.ts). */
  text: string
  tags: TagDef[]
  hash: string
  /** Words to translate (tags and inline code excluded). */
  words: number
  /** Which block of the field (paragraph, heading, list item…) it belongs to, from 0. */
  block: number
}

type Part = { kind: 'gap'; tokens: Token[] } | { kind: 'segment'; index: number }

type SkeletonChild =
  | { kind: 'verbatim'; node: LexicalNode }
  | { kind: 'element'; node: LexicalNode; children: SkeletonChild[] }
  | { kind: 'run'; ordinary: LexicalNode; parts: Part[] }

type Skeleton =
  | { kind: 'opaque'; value: unknown }
  | { kind: 'text'; parts: Part[] }
  | { kind: 'richText'; state: Record<string, unknown>; root: SkeletonChild }

export type SegmentedField = { field: string; locale: string; skeleton: Skeleton; segments: Segment[] }

type Draft = { text: string; tags: TagDef[]; block: number }

/** Code is never translated, and an element we cannot read whole is kept as it is. */
function isVerbatim(node: LexicalNode): boolean {
  return node.type === 'code' || node.type === 'block' || !Array.isArray(node.children) || !node.children.every(isLexicalNode)
}

function runParts(tokens: Token[], locale: string, drafts: Draft[], block: number): Part[] {
  return splitRun(tokens, locale).map((part): Part => {
    if (part.kind === 'gap') return part
    drafts.push({ ...serializeTokens(part.tokens), block })
    return { kind: 'segment', index: drafts.length - 1 }
  })
}

type Counter = { blocks: number }

function skeletonOf(node: LexicalNode, locale: string, drafts: Draft[], counter: Counter): SkeletonChild {
  if (isVerbatim(node)) return { kind: 'verbatim', node }
  const children: SkeletonChild[] = []
  let run: LexicalNode[] = []
  const closeRun = () => {
    if (run.length === 0) return
    const ordinary = ordinaryTextTemplate(run)
    const block = counter.blocks++
    children.push({ kind: 'run', ordinary, parts: runParts(inlineToTokens(run, ordinary), locale, drafts, block) })
    run = []
  }
  for (const child of node.children ?? []) {
    if (isInlineNode(child)) run.push(child)
    else {
      closeRun()
      children.push(skeletonOf(child, locale, drafts, counter))
    }
  }
  closeRun()
  return { kind: 'element', node: { ...node, children: [] }, children }
}

function plainTokens(text: string): Token[] {
  if (text === '') return []
  return inlineToTokens([{ type: 'text', text }], { type: 'text', text: '' })
}

function toSegments(field: string, drafts: Draft[]): Segment[] {
  const hashes = drafts.map((draft) => segmentHash(draft.text))
  const ids = segmentIds(field, hashes)
  return drafts.map((draft, i) => ({
    id: ids[i] ?? '',
    field,
    text: draft.text,
    tags: draft.tags,
    hash: hashes[i] ?? '',
    words: countWords(visibleWords(draft.text)),
    block: draft.block,
  }))
}

export function segmentField(field: string, value: unknown, locale: string): SegmentedField {
  const drafts: Draft[] = []
  let skeleton: Skeleton
  if (typeof value === 'string') skeleton = { kind: 'text', parts: runParts(plainTokens(value), locale, drafts, 0) }
  else if (isLexicalState(value)) {
    skeleton = { kind: 'richText', state: { ...value, root: null }, root: skeletonOf(value.root, locale, drafts, { blocks: 0 }) }
  } else skeleton = { kind: 'opaque', value }
  return { field, locale, skeleton, segments: toSegments(field, drafts) }
}

export type SegmentProblems = { segment: string; problems: TagProblem[] }
export type JoinResult = { ok: true; value: unknown } | { ok: false; problems: SegmentProblems[] }

/**
 * Rebuilds the field. `texts` maps segment ids to (translated) tagged text; a segment
 * without one keeps its source text. Refuses, naming each segment, when tags are missing,
 * extra or badly nested: such a text cannot be turned back into markup.
 */
export function joinField(segmented: SegmentedField, texts: Readonly<Record<string, string>> = {}): JoinResult {
  const problems: SegmentProblems[] = []
  const parsed = segmented.segments.map((segment) => {
    const result = parseTagged(texts[segment.id] ?? segment.text, segment.tags)
    if (result.ok) return result.tokens
    problems.push({ segment: segment.id, problems: result.problems })
    return []
  })
  if (problems.length > 0) return { ok: false, problems }
  const partTokens = (parts: Part[]): Token[] =>
    parts.flatMap((part) => (part.kind === 'gap' ? part.tokens : (parsed[part.index] ?? [])))

  const rebuild = (child: SkeletonChild): LexicalNode[] => {
    if (child.kind === 'verbatim') return [child.node]
    if (child.kind === 'run') return tokensToInline(partTokens(child.parts), child.ordinary)
    return [{ ...child.node, children: child.children.flatMap(rebuild) }]
  }

  const { skeleton } = segmented
  if (skeleton.kind === 'opaque') return { ok: true, value: structuredClone(skeleton.value) }
  if (skeleton.kind === 'text') {
    const value = tokensToInline(partTokens(skeleton.parts), { type: 'text', text: '' })
      .map((node) => node.text ?? '')
      .join('')
    return { ok: true, value }
  }
  const root = rebuild(skeleton.root)[0]
  return { ok: true, value: structuredClone({ ...skeleton.state, root }) }
}
