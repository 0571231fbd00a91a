/**
 * A segment's tagged text (src/segments/tags.ts) ⇄ the content of a TMX `<seg>`.
 *
 * A pair tag `<n>…</n>` is `<bpt i="n" x="n">…</bpt>…<ept i="n"/>` and a standalone tag
 * `<n/>` is `<ph x="n">…</ph>`; inside `<bpt>` and `<ph>` goes the tag's original markup (the
 * Lexical node as JSON, or a citation marker's text) when it is known. Reading a file, tags
 * are matched across languages by `x` (or, without it, a pair by `i` and a placeholder by its
 * rank) and numbered again in their order in the source, as the memory numbers them.
 */
import { escapeText, tagProblems, unescapeText, type TagDef } from '@/segments/tags'

import type { TmxProblem } from './problems'
import { attributesOf, element, nameOf, text, textOf, type XmlNode } from './xml'

/** TMX's name for what a tag stands for, and its original markup. */
export type TagMarkup = { type: string; code: string }

const formatTypes: Record<number, string> = { 1: 'bold', 2: 'italic', 8: 'ulined' }

export function markupOf(tag: TagDef): TagMarkup {
  if (tag.kind === 'marker') return { type: 'x-citation', code: tag.text }
  const code = JSON.stringify(tag.node)
  if (tag.kind === 'format') return { type: formatTypes[Number(tag.node.format ?? 0)] ?? 'x-format', code }
  if (tag.kind === 'element')
    return { type: tag.node.type === 'link' || tag.node.type === 'autolink' ? 'link' : 'x-element', code }
  if (tag.node.type === 'linebreak') return { type: 'lb', code }
  return { type: typeof tag.node.text === 'string' ? 'x-code' : 'x-inline', code }
}

const ourTag = /<(\/?)(\d{1,4})(\/?)>/g

/** Tagged text → `<seg>` children. */
export function segNodes(tagged: string, markup: (tag: number) => TagMarkup | undefined): XmlNode[] {
  const nodes: XmlNode[] = []
  let last = 0
  const pushText = (raw: string) => {
    if (raw !== '') nodes.push(text(unescapeText(raw)))
  }
  for (const match of tagged.matchAll(ourTag)) {
    pushText(tagged.slice(last, match.index))
    last = match.index + match[0].length
    const n = match[2] ?? '0'
    const known = markup(Number(n))
    const content = known ? [text(known.code)] : []
    const type: Record<string, string> = known ? { type: known.type } : {}
    if (match[1] === '/') nodes.push(element('ept', { i: n }))
    else if (match[3] === '/') nodes.push(element('ph', { x: n, ...type }, content))
    else nodes.push(element('bpt', { i: n, x: n, ...type }, content))
  }
  pushText(tagged.slice(last))
  return nodes
}

/** Tag identity → tag number, and whether each number is a pair, from the source `<seg>`. */
export type Numbering = { numbers: Map<string, number>; pairs: boolean[] }

type Read = { ok: true; text: string } | { ok: false; problem: Omit<TmxProblem, 'unit' | 'tuid'> }

/**
 * `<seg>` children → tagged text. With `numbering` empty (the source) tags get the next
 * numbers; with the source's numbering (a target) they must be the source's tags.
 */
export function readSeg(children: readonly XmlNode[], lang: string, numbering: Numbering, isSource: boolean): Read {
  const fail = (code: TmxProblem['code'], details: Record<string, string | number> = {}): Read => ({
    ok: false,
    problem: { code, details: { lang, ...details } },
  })
  let out = ''
  const open: Array<{ i: string; n: number }> = []
  const seen = new Set<string>()
  let anonymous = 0
  for (const child of children) {
    const raw = textOf(child)
    if (raw !== null) {
      out += escapeText(raw)
      continue
    }
    const name = nameOf(child) ?? ''
    const attributes = attributesOf(child)
    if (name !== 'bpt' && name !== 'ept' && name !== 'ph') return fail('unknownElement', { name })
    if (name === 'ept') {
      const i = attributes.i
      if (i === undefined) return fail('missingAttribute', { name, attribute: 'i' })
      const top = open.pop()
      if (!top || top.i !== i) return fail('unbalanced', { name, id: i })
      out += `</${top.n}>`
      continue
    }
    if (name === 'bpt' && attributes.i === undefined) return fail('missingAttribute', { name, attribute: 'i' })
    const key = name === 'bpt' ? `pair:${attributes.x ?? attributes.i}` : `single:${attributes.x ?? `#${(anonymous += 1)}`}`
    const id = name === 'bpt' ? (attributes.x ?? attributes.i ?? '') : (attributes.x ?? String(anonymous))
    if (seen.has(key)) return fail(isSource ? 'unbalanced' : 'tagMismatch', { name, id })
    seen.add(key)
    let n = numbering.numbers.get(key)
    if (n === undefined) {
      if (!isSource) return fail('tagNotInSource', { name, id })
      numbering.pairs.push(name === 'bpt')
      n = numbering.pairs.length
      numbering.numbers.set(key, n)
    }
    if (name === 'bpt') {
      open.push({ i: attributes.i ?? '', n })
      out += `<${n}>`
    } else out += `<${n}/>`
  }
  const unclosed = open.pop()
  if (unclosed) return fail('unbalanced', { name: 'bpt', id: unclosed.i })
  // The memory's own rules: every source tag once, pairs nested (tags.ts).
  const defs: TagDef[] = numbering.pairs.map((pair) =>
    pair ? { kind: 'element', node: { type: 'tmx' } } : { kind: 'node', node: { type: 'tmx' } },
  )
  const problem = tagProblems(out, defs)[0]
  if (problem) return fail('tagMismatch', { id: 'tag' in problem ? problem.tag : problem.at })
  return { ok: true, text: out }
}
