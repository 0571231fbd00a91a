/**
 * XML for the glossary's TBX files: the TMX module's order-preserving tree (src/tmx/xml.ts)
 * plus where each element starts, so a refusal can name its line. Well-formedness is checked
 * first, with line and column.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { childrenOf, nameOf, orderedParserOptions, textOf, type XmlNode } from '@/tmx/xml'

const parser = new XMLParser({ ...orderedParserOptions, captureMetaData: true })

const metaKey: unknown = XMLParser.getMetaDataSymbol()

export type ParsedTbxXml =
  | { ok: true; nodes: XmlNode[]; lineOf: (node: XmlNode) => number | undefined }
  | { ok: false; line: number; column: number; detail: string }

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The line of each character offset, by binary search over where the lines start. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = Math.ceil((low + high) / 2)
      if ((starts[mid] ?? 0) <= offset) low = mid
      else high = mid - 1
    }
    return low + 1
  }
}

export function parseTbxXml(text: string): ParsedTbxXml {
  const valid = XMLValidator.validate(text)
  if (valid !== true) return { ok: false, line: valid.err.line, column: valid.err.col, detail: valid.err.msg }
  let nodes: unknown
  try {
    nodes = parser.parse(text)
  } catch (error) {
    // Past the validator, the parser still refuses some files (nesting deeper than it allows).
    return { ok: false, line: 1, column: 1, detail: error instanceof Error ? error.message : String(error) }
  }
  if (!Array.isArray(nodes)) return { ok: false, line: 1, column: 1, detail: 'no element' }
  const lineAt = lineFinder(text)
  const lineOf = (node: XmlNode): number | undefined => {
    if (typeof metaKey !== 'symbol') return undefined
    const meta: unknown = Reflect.get(node, metaKey)
    if (!isNode(meta) || typeof meta.startIndex !== 'number') return undefined
    return lineAt(meta.startIndex)
  }
  return { ok: true, nodes: nodes.filter(isNode), lineOf }
}

/** All the text inside an element, its descendants' included (a term may hold `<hi>`). */
export function deepText(node: XmlNode): string {
  return childrenOf(node)
    .map((child) => textOf(child) ?? (nameOf(child) === null ? '' : deepText(child)))
    .join('')
}
