/**
 * Stable fingerprints of translatable source fields.
 *
 * Why: when a task is approved we store one hash per source field; a later
 * save flags exactly the fields whose hash differs. The hash must therefore
 * change when the *words or structure* change, and must not change when the
 * editor merely rewrites its JSON (new ids, key order, bold/italic, indent…),
 * otherwise every save would make translations outdated.
 */
import { createHash } from 'node:crypto'

import { childNodes, codeBlockFields, isInlineNode, isLexicalState, linkUrl, type LexicalNode } from '@/richtext/lexical'

export const translatableFields = ['title', 'body', 'summary', 'seoTitle', 'seoDescription'] as const
export type TranslatableField = (typeof translatableFields)[number]

export type FieldFingerprints = Record<TranslatableField, string>

/** Canonical node: only the keys that change what a reader sees, in a fixed order. */
type CanonicalNode = {
  type: string
  tag?: string
  listType?: string
  language?: string
  url?: string
  text?: string
  fields?: unknown
  children?: CanonicalNode[]
}

/** Keys that are editor bookkeeping, never content. */
const noiseKeys: ReadonlySet<string> = new Set([
  'id',
  'version',
  'format',
  'indent',
  'direction',
  'style',
  'mode',
  'detail',
  'textFormat',
  'textStyle',
  'blockName',
])

function normalizeSpaces(text: string): string {
  return text.replace(/\s+/g, ' ')
}

/** Sorted-key, noise-free copy of arbitrary data (block fields, non-Lexical objects). */
function stableValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stableValue)
  if (isLexicalState(value)) return canonicalNode(value.root, false)
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([key]) => !noiseKeys.has(key) && !key.startsWith('$'))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, inner]) => [key, stableValue(inner)] as const)
    return Object.fromEntries(entries)
  }
  return value
}

/**
 * Merges adjacent text nodes: "Hello " (bold) + "world" and "Hello world"
 * render the same words, so they must hash the same.
 */
function mergeText(nodes: CanonicalNode[]): CanonicalNode[] {
  const merged: CanonicalNode[] = []
  for (const node of nodes) {
    const last = merged.at(-1)
    if (node.type === 'text' && last?.type === 'text') {
      last.text = (last.text ?? '') + (node.text ?? '')
    } else {
      merged.push(node.type === 'text' ? { type: 'text', text: node.text ?? '' } : node)
    }
  }
  return merged
}

function canonicalChildren(node: LexicalNode, inCode: boolean): CanonicalNode[] {
  let children = mergeText(
    childNodes(node)
      .map((child) => canonicalNode(child, inCode))
      .filter((child): child is CanonicalNode => child !== null),
  )
  if (!inCode) {
    // HTML collapses whitespace, so spacing changes are not a source change.
    children = children.map((c) => (c.type === 'text' ? { type: 'text', text: normalizeSpaces(c.text ?? '') } : c))
    // Leading/trailing spaces of a block are invisible; inside a link they are not block edges.
    if (!isInlineNode(node)) {
      const first = children[0]
      const last = children.at(-1)
      if (first?.type === 'text') first.text = (first.text ?? '').trimStart()
      if (last?.type === 'text') last.text = (last.text ?? '').trimEnd()
    }
    children = children.filter((c) => c.type !== 'text' || c.text !== '')
  }
  return children
}

/** `null` means "renders nothing" (empty paragraph, empty text): dropped from the parent. */
function canonicalNode(node: LexicalNode, inCode: boolean): CanonicalNode | null {
  if (typeof node.text === 'string') return { type: 'text', text: node.text }
  if (node.type === 'linebreak') return { type: 'text', text: '\n' }
  if (node.type === 'tab') return { type: 'text', text: '\t' }

  // Payload's code block and Lexical's code node are the same content.
  const codeBlock = codeBlockFields(node)
  if (codeBlock) {
    const code: CanonicalNode = { type: 'code' }
    if (codeBlock.language) code.language = codeBlock.language
    code.children = codeBlock.code === '' ? [] : [{ type: 'text', text: codeBlock.code }]
    return code
  }

  const canonical: CanonicalNode = { type: node.type }
  if (typeof node.tag === 'string') canonical.tag = node.tag
  if (typeof node.listType === 'string') canonical.listType = node.listType
  if (typeof node.language === 'string') canonical.language = node.language
  const url = linkUrl(node)
  if (url !== undefined) canonical.url = url.trim()
  // Other Payload blocks: their fields are their content.
  if ((node.type === 'block' || node.type === 'inlineBlock') && node.fields) {
    canonical.fields = stableValue(node.fields)
  }

  if (Array.isArray(node.children)) {
    const children = canonicalChildren(node, inCode || node.type === 'code')
    // An element that renders nothing (blank spacer paragraph, empty list item) is not content.
    if (children.length === 0 && node.type !== 'root' && canonical.fields === undefined) return null
    canonical.children = children
  }
  return canonical
}

/** Canonical text form; '' for every flavour of "empty". */
function canonicalForm(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') {
    const text = normalizeSpaces(value).trim()
    return text === '' ? '' : `s:${text}`
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `s:${String(value)}`
  }
  if (isLexicalState(value)) {
    const root = canonicalNode(value.root, false)
    // An editor with only blank paragraphs is the same as no content at all.
    if (!root || (root.children ?? []).length === 0) return ''
    return `r:${JSON.stringify(root)}`
  }
  return `j:${JSON.stringify(stableValue(value)) ?? ''}`
}

/** sha256 (hex) of the canonical form of a field value. */
export function fingerprintValue(value: unknown): string {
  return createHash('sha256').update(canonicalForm(value), 'utf8').digest('hex')
}

/** One fingerprint per translatable field; a missing field hashes as empty. */
export function fingerprintFields(source: Partial<Record<TranslatableField, unknown>>): FieldFingerprints {
  const entries = translatableFields.map((field) => [field, fingerprintValue(source[field])] as const)
  return Object.fromEntries(entries) as FieldFingerprints
}

/**
 * Fields whose current fingerprint differs from the stored one, in
 * `translatableFields` order. A field never fingerprinted counts as changed:
 * we cannot prove the translation covers it.
 */
export function changedFields(
  stored: Partial<Record<TranslatableField, string>>,
  current: Record<TranslatableField, string>,
): TranslatableField[] {
  return translatableFields.filter((field) => {
    const before = stored[field]
    return typeof before !== 'string' || before !== current[field]
  })
}
