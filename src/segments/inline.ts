/**
 * Lexical inline nodes ⇄ tokens (text and tags), exactly: building the nodes back from the
 * tokens gives the same JSON, key order included.
 *
 * Ordinary text (the run's most common kind of text node) is plain text in the tokens; any
 * other text node becomes a `format` pair, links and other inline elements an `element` pair,
 * inline code, line breaks and inline blocks a standalone `node` tag, and citation markers in
 * ordinary text a `marker` tag. Two ordinary text nodes side by side (Lexical merges them, but
 * JSON from elsewhere may not) would melt into one, so the second one is kept as a pair.
 */
import { markerBearing, splitMarkers } from '@/richtext/citationMarkers'
import { isLexicalNode, type LexicalNode } from '@/richtext/lexical'

import type { TagDef, Token } from './tags'

/** A text node as Lexical writes it, for a run that has no ordinary text of its own. */
const standardText: LexicalNode = { detail: 0, format: 0, mode: 'normal', style: '', text: '', type: 'text', version: 1 }

/** The node with its content emptied; spreading `{ ...template, text }` later keeps the key order. */
function template(node: LexicalNode, key: 'text' | 'children'): LexicalNode {
  return key === 'text' ? { ...node, text: '' } : { ...node, children: [] }
}

function isTextNode(node: LexicalNode): boolean {
  return typeof node.text === 'string' && node.children === undefined
}

function isOrdinaryText(node: LexicalNode): boolean {
  return (
    node.type === 'text' &&
    isTextNode(node) &&
    (node.format ?? 0) === 0 &&
    (node.style ?? '') === '' &&
    (node.mode ?? 'normal') === 'normal' &&
    (node.detail ?? 0) === 0
  )
}

function hasWellFormedChildren(node: LexicalNode): node is LexicalNode & { children: LexicalNode[] } {
  return Array.isArray(node.children) && node.children.every(isLexicalNode)
}

/** The template of the run's first ordinary text node (at any depth), or Lexical's standard one. */
export function ordinaryTextTemplate(nodes: readonly LexicalNode[]): LexicalNode {
  for (const node of nodes) {
    if (isOrdinaryText(node)) return template(node, 'text')
    if (hasWellFormedChildren(node)) {
      const inner = ordinaryTextTemplate(node.children)
      if (inner !== standardText) return inner
    }
  }
  return standardText
}

function markerTokens(text: string): Token[] {
  return splitMarkers(text).map((piece): Token =>
    piece.kind === 'text' ? { kind: 'text', text: piece.text } : { kind: 'atom', tag: { kind: 'marker', text: piece.text } },
  )
}

export function inlineToTokens(nodes: readonly LexicalNode[], ordinary: LexicalNode): Token[] {
  const key = JSON.stringify(ordinary)
  const tokens: Token[] = []
  const walk = (list: readonly LexicalNode[]) => {
    let afterOrdinary = false
    for (const node of list) {
      const wasAfterOrdinary = afterOrdinary
      afterOrdinary = false
      if (isTextNode(node)) {
        // Inline code is not translated: the whole node is one tag.
        if (!markerBearing(node)) {
          tokens.push({ kind: 'atom', tag: { kind: 'node', node } })
          continue
        }
        const text = node.text ?? ''
        if (text !== '' && !wasAfterOrdinary && JSON.stringify(template(node, 'text')) === key) {
          tokens.push(...markerTokens(text))
          afterOrdinary = true
          continue
        }
        tokens.push({ kind: 'open', tag: { kind: 'format', node: template(node, 'text') } }, ...markerTokens(text), {
          kind: 'close',
        })
        continue
      }
      if (hasWellFormedChildren(node)) {
        tokens.push({ kind: 'open', tag: { kind: 'element', node: template(node, 'children') } })
        walk(node.children)
        tokens.push({ kind: 'close' })
        continue
      }
      tokens.push({ kind: 'atom', tag: { kind: 'node', node } })
    }
  }
  walk(nodes)
  return tokens
}

function tagText(tag: TagDef): string {
  return tag.kind === 'marker' ? tag.text : ''
}

/** Tokens (from `inlineToTokens` or a parsed translation) → Lexical inline nodes. */
export function tokensToInline(tokens: readonly Token[], ordinary: LexicalNode): LexicalNode[] {
  let i = 0
  const build = (): LexicalNode[] => {
    const nodes: LexicalNode[] = []
    let buffer: string | null = null
    const flush = () => {
      if (buffer !== null) nodes.push({ ...ordinary, text: buffer })
      buffer = null
    }
    while (i < tokens.length) {
      const token = tokens[i]
      if (!token || token.kind === 'close') break
      i += 1
      if (token.kind === 'text') buffer = (buffer ?? '') + token.text
      else if (token.kind === 'atom') {
        const tag = token.tag
        if (tag.kind === 'marker') buffer = (buffer ?? '') + tag.text
        else if (tag.kind === 'node') {
          flush()
          nodes.push(tag.node)
        }
      } else if (token.tag.kind === 'format') {
        flush()
        let text = ''
        for (let inner = tokens[i]; inner && inner.kind !== 'close'; inner = tokens[++i]) {
          text += inner.kind === 'text' ? inner.text : inner.kind === 'atom' ? tagText(inner.tag) : ''
        }
        i += 1
        nodes.push({ ...token.tag.node, text })
      } else if (token.tag.kind === 'element') {
        flush()
        const children = build()
        i += 1
        nodes.push({ ...token.tag.node, children })
      }
    }
    flush()
    return nodes
  }
  return build()
}

/** What a token shows a reader, for finding sentence boundaries (U+FFFC for an object). */
export function visibleText(token: Token): string {
  if (token.kind === 'text') return token.text
  if (token.kind !== 'atom') return ''
  if (token.tag.kind === 'marker') return token.tag.text
  if (token.tag.kind !== 'node') return ''
  const node = token.tag.node
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  return '\uFFFC'
}
