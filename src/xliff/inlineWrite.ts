/**
 * A segment's tagged text (`<1>…</1>`, `<2/>`, src/segments/tags.ts) → the children of an
 * XLIFF `<source>` or `<target>`: real inline elements, never escaped markup. XLIFF 2 pairs are
 * `<pc>` (nested as the tags are), standalone tags `<ph>`, both pointing at the unit's
 * `<originalData>`; XLIFF 1.2 pairs are `<g>` and standalone tags `<x/>`.
 */
import { unescapeText } from '@/segments/tags'

import type { TagMarkup } from './markup'
import { element, text, type Attributes, type XmlNode } from './xml'

const ourTag = /<(\/?)(\d{1,4})(\/?)>/g

/** Characters XML 1.0 cannot hold at all, not even as `&#x…;`. */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** XLIFF 2 writes such a character as `<cp hex>`; 1.2 has no way to, so it is left out (and left out of the comparison on import). */
export function textNodes(raw: string, version: '2' | '1.2'): XmlNode[] {
  const value = unescapeText(raw)
  if (version === '1.2') {
    const kept = value.replace(notXmlChar, '')
    return kept === '' ? [] : [text(kept)]
  }
  const nodes: XmlNode[] = []
  let last = 0
  for (const match of value.matchAll(notXmlChar)) {
    if (match.index > last) nodes.push(text(value.slice(last, match.index)))
    const hex = (match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
    nodes.push(element('cp', { hex }))
    last = match.index + match[0].length
  }
  if (last < value.length) nodes.push(text(value.slice(last)))
  return nodes
}

export function withoutNonXmlChars(value: string): string {
  return value.replace(notXmlChar, '')
}

export type InlineWriter = {
  version: '2' | '1.2'
  pair: (tag: number, children: XmlNode[]) => XmlNode
  single: (tag: number) => XmlNode
}

/** Tagged text → nodes. The text's tags must be well formed (export.ts checks a target first). */
export function inlineNodes(tagged: string, writer: InlineWriter): XmlNode[] {
  const root: XmlNode[] = []
  const stack: Array<{ tag: number; children: XmlNode[] }> = []
  const current = () => stack.at(-1)?.children ?? root
  let last = 0
  for (const match of tagged.matchAll(ourTag)) {
    current().push(...textNodes(tagged.slice(last, match.index), writer.version))
    last = match.index + match[0].length
    const tag = Number(match[2])
    if (match[1] === '/') {
      const open = stack.pop()
      if (open?.tag !== tag) throw new Error(`Tag </${tag}> closes no <${tag}> in ${JSON.stringify(tagged)}`)
      current().push(writer.pair(tag, open.children))
    } else if (match[3] === '/') current().push(writer.single(tag))
    else stack.push({ tag, children: [] })
  }
  current().push(...textNodes(tagged.slice(last), writer.version))
  if (stack.length > 0) throw new Error(`Tag <${stack[0]?.tag}> is never closed in ${JSON.stringify(tagged)}`)
  return root
}

/** XLIFF 2.1: `id` is unique in the unit, `d…` name the `<data>` of `<originalData>`. */
export function writer2(unitTag: (tag: number) => number, markup: (tag: number) => TagMarkup): InlineWriter {
  const common = (tag: number): Attributes => {
    const found = markup(tag)
    return {
      // The translator may move a tag but not drop or duplicate it: the markup is rebuilt from it.
      canCopy: 'no',
      canDelete: 'no',
      type: found.type,
      ...(found.subType ? { subType: found.subType } : {}),
    }
  }
  return {
    version: '2',
    pair: (tag, children) => {
      const id = unitTag(tag)
      return element('pc', { id: String(id), dataRefStart: `d${id}`, dataRefEnd: `d${id}e`, ...common(tag) }, children)
    },
    single: (tag) => {
      const id = unitTag(tag)
      const equiv = markup(tag).equiv
      return element('ph', { id: String(id), dataRef: `d${id}`, ...common(tag), ...(equiv ? { disp: equiv, equiv } : {}) })
    },
  }
}

/** XLIFF 1.2: a trans-unit is one segment, so the tag's own number is its id. */
export function writer1(markup: (tag: number) => TagMarkup): InlineWriter {
  return {
    version: '1.2',
    pair: (tag, children) => element('g', { id: String(tag), ctype: markup(tag).ctype }, children),
    single: (tag) => {
      const found = markup(tag)
      return element('x', { id: String(tag), ctype: found.ctype, ...(found.equiv ? { 'equiv-text': found.equiv } : {}) })
    },
  }
}
