/**
 * The children of a `<source>` or `<target>` → our tagged text, for the shapes tools write:
 *
 * - XLIFF 2: `<pc>` (ours, Okapi, Crowdin), `<sc>`/`<ec>` (a pair written flat, matched by
 *   `startRef`), `<ph>`, `<cp hex>` (a character XML cannot hold); `<mrk>` (a tool's term or
 *   comment annotation) is read through, `<sm>`/`<em>` are skipped.
 * - XLIFF 1.2: `<g>` and `<x/>` (ours), `<bpt>`/`<ept>` (memoQ, Trados; matched by `rid`, else
 *   `id`, their content is native code and is not read), `<bx/>`/`<ex/>`, `<ph>`; `<mrk>` read through.
 *
 * Tags are numbered in their order of appearance in the file's source, as src/segments numbers
 * them, so a source that still matches the current one numbers its tags the same way; a target
 * uses the source's numbering. What is wrong with the target's tags beyond an unknown id
 * (order, nesting, a missing or doubled tag) is left to `parseTagged`, which judges them
 * against the current source's tags.
 */
import { escapeText } from '@/segments/tags'

import type { XliffProblemCode } from './types'
import { attributesOf, childrenOf, nameOf, textOf, type XmlNode } from './xml'

/** Tag id in the file → our number, from the source. */
export type Numbering = { numbers: Map<string, number>; ids: string[] }

export function emptyNumbering(): Numbering {
  return { numbers: new Map(), ids: [] }
}

export type ReadProblem = { problem: XliffProblemCode; detail: Record<string, string | number> }

type Role = 'open' | 'close' | 'single' | 'pairWithChildren' | 'through' | 'skip'

const roles: Record<'1.2' | '2', Record<string, Role>> = {
  '2': { pc: 'pairWithChildren', sc: 'open', ec: 'close', ph: 'single', mrk: 'through', sm: 'skip', em: 'skip' },
  '1.2': { g: 'pairWithChildren', bpt: 'open', ept: 'close', bx: 'open', ex: 'close', x: 'single', ph: 'single', mrk: 'through' },
}

function tagId(name: string, attributes: Record<string, string>): string | undefined {
  if (name === 'ec') return attributes.startRef ?? attributes.id
  if (['bpt', 'ept', 'bx', 'ex'].includes(name)) return attributes.rid ?? attributes.id
  return attributes.id
}

export function readInline(
  nodes: readonly XmlNode[],
  version: '1.2' | '2',
  numbering: Numbering,
  isSource: boolean,
): { text: string; problems: ReadProblem[] } {
  const problems: ReadProblem[] = []
  const numberOf = (id: string, opening: boolean): number | undefined => {
    const known = numbering.numbers.get(id)
    if (known !== undefined || !isSource || !opening) return known
    numbering.ids.push(id)
    numbering.numbers.set(id, numbering.ids.length)
    return numbering.ids.length
  }
  const walk = (list: readonly XmlNode[]): string => {
    let out = ''
    for (const node of list) {
      const raw = textOf(node)
      if (raw !== null) {
        out += escapeText(raw)
        continue
      }
      const name = nameOf(node)
      if (name === null) continue
      const attributes = attributesOf(node)
      if (version === '2' && name === 'cp') {
        const code = Number.parseInt(attributes.hex ?? '', 16)
        if (Number.isFinite(code) && code >= 0 && code <= 0x10ffff) out += escapeText(String.fromCodePoint(code))
        continue
      }
      const role = roles[version][name]
      if (role === undefined) {
        problems.push({ problem: 'unknownElement', detail: { element: name } })
        continue
      }
      if (role === 'skip') continue
      if (role === 'through') {
        out += walk(childrenOf(node))
        continue
      }
      const id = tagId(name, attributes) ?? ''
      const n = numberOf(id, role !== 'close')
      if (n === undefined) {
        // In a source, a closing tag with no opening one: `</0>` never equals the current source.
        if (isSource) out += '</0>'
        else problems.push({ problem: 'tagUnknown', detail: { tag: id } })
        if (role === 'pairWithChildren') out += walk(childrenOf(node))
        continue
      }
      if (role === 'pairWithChildren') out += `<${n}>${walk(childrenOf(node))}</${n}>`
      else if (role === 'open') out += `<${n}>`
      else if (role === 'close') out += `</${n}>`
      else out += `<${n}/>`
    }
    return out
  }
  return { text: walk(nodes), problems }
}
