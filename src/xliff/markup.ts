/**
 * How a segment's tag (src/segments/tags.ts) is described in XLIFF: its kind and subtype for
 * the translator's tool, and its original data — what the tag stands for, written as the HTML
 * a reader would recognise (`<b>`, `<a href="…">`, `<code>npm install</code>`, `<br/>`), so a
 * CAT tool that shows codes shows something meaningful. The import never reads it back: the
 * markup is rebuilt from the current source's tags, which the source check guarantees match.
 */
import { linkUrl } from '@/richtext/lexical'
import type { TagDef } from '@/segments/tags'

/** Lexical's text format bits, and the HTML element each one is. */
const formatElements: ReadonlyArray<[number, string]> = [
  [1, 'b'],
  [2, 'i'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
  [128, 'mark'],
]

export type TagMarkup = {
  pair: boolean
  /** Original data: the opening code of a pair, or the whole standalone code. */
  start: string
  /** Original data: the closing code of a pair. */
  end?: string
  /** XLIFF 2 `type` and `subType` (spec 4.3.1.25/26: `xlf:b`, `xlf:i`, `xlf:u`, `xlf:lb`). */
  type: 'fmt' | 'link' | 'other'
  subType?: string
  /** XLIFF 2 `equiv` / 1.2 `equiv-text`: the plain text a standalone tag stands for. */
  equiv?: string
  /** XLIFF 1.2 `ctype` (spec: bold, italic, underlined, link for pairs; lb for `<x>`; `x-` otherwise). */
  ctype: string
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
}

function formatMarkup(format: number): TagMarkup {
  const names = formatElements.filter(([bit]) => (format & bit) !== 0).map(([, name]) => name)
  const start = names.length > 0 ? names.map((name) => `<${name}>`).join('') : '<span>'
  const end =
    names.length > 0
      ? [...names]
          .reverse()
          .map((name) => `</${name}>`)
          .join('')
      : '</span>'
  const single: Record<number, { subType: string; ctype: string }> = {
    1: { subType: 'xlf:b', ctype: 'bold' },
    2: { subType: 'xlf:i', ctype: 'italic' },
    8: { subType: 'xlf:u', ctype: 'underlined' },
  }
  const known = single[format]
  return { pair: true, start, end, type: 'fmt', ctype: known?.ctype ?? 'x-format', ...(known ? { subType: known.subType } : {}) }
}

export function markupOf(tag: TagDef): TagMarkup {
  if (tag.kind === 'marker') return { pair: false, start: tag.text, equiv: tag.text, type: 'other', ctype: 'x-citation' }
  const node = tag.node
  if (tag.kind === 'format') return formatMarkup(Number(node.format ?? 0))
  if (tag.kind === 'element') {
    if (node.type === 'link' || node.type === 'autolink') {
      const url = linkUrl(node)
      return {
        pair: true,
        start: url === undefined ? '<a>' : `<a href="${attribute(url)}">`,
        end: '</a>',
        type: 'link',
        ctype: 'link',
      }
    }
    return { pair: true, start: `<span data-type="${attribute(node.type)}">`, end: '</span>', type: 'other', ctype: 'x-element' }
  }
  if (node.type === 'linebreak') return { pair: false, start: '<br/>', type: 'fmt', subType: 'xlf:lb', ctype: 'lb' }
  if (node.type === 'tab') return { pair: false, start: '\t', equiv: '\t', type: 'fmt', ctype: 'x-tab' }
  if (typeof node.text === 'string') {
    // Inline code: the whole node is one tag (its text is not translated).
    return { pair: false, start: `<code>${node.text}</code>`, equiv: node.text, type: 'other', ctype: 'x-code' }
  }
  return { pair: false, start: `<${node.type}/>`, type: 'other', ctype: 'x-inline' }
}
