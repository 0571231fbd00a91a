/**
 * fast-xml-parser in its order-preserving form (the node helpers are the TMX module's): a
 * `<source>` mixes text and inline elements, and their order is the sentence. Reading differs
 * from TMX's in two ways an XLIFF file from a CAT tool needs: character references
 * (`&#xA0;`, which tools write for non-breaking spaces) are decoded, and a refusal says the
 * column as well as the line.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { orderedParserOptions, type XmlNode } from '@/tmx/xml'

export {
  attributesOf,
  buildXml,
  childrenOf,
  element,
  elements,
  nameOf,
  text,
  textOf,
  type Attributes,
  type XmlNode,
} from '@/tmx/xml'

export const namespaces = {
  '1.2': 'urn:oasis:names:tc:xliff:document:1.2',
  '2': 'urn:oasis:names:tc:xliff:document:2.0',
  slr: 'urn:oasis:names:tc:xliff:sizerestriction:2.0',
} as const

const parser = new XMLParser({
  ...orderedParserOptions,
  // Numeric character references (named ones other than XML's five are refused first, below).
  htmlEntities: true,
})

export type ParsedXml =
  | { ok: true; nodes: XmlNode[] }
  | { ok: false; doctype: true }
  | { ok: false; doctype: false; line: number; column: number; message: string }

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A `&` that starts no reference XML knows (`&nbsp;` is HTML's), outside comments and CDATA:
 * the validator lets it through, and the parser would read it as HTML.
 */
function strayAmpersand(xml: string): { line: number; column: number; message: string } | null {
  const masked = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, (hidden) => hidden.replace(/[^\n]/g, ' '))
  const match = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)[^;\s<&]{0,20};?/.exec(masked)
  if (!match) return null
  const before = masked.slice(0, match.index)
  const line = before.split('\n').length
  return { line, column: match.index - before.lastIndexOf('\n'), message: `"${match[0]}" is not an XML entity` }
}

export function parseXml(xml: string): ParsedXml {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) return { ok: false, doctype: false, line: valid.err.line, column: valid.err.col, message: valid.err.msg }
  // The parser would expand a DOCTYPE's entities (a small file can declare a huge text); XLIFF has no DOCTYPE.
  if (/<!DOCTYPE/i.test(xml)) return { ok: false, doctype: true }
  const stray = strayAmpersand(xml)
  if (stray) return { ok: false, doctype: false, ...stray }
  let nodes: unknown
  try {
    nodes = parser.parse(xml)
  } catch (error) {
    // Past the validator, the parser still refuses some files (nesting deeper than it allows).
    return { ok: false, doctype: false, line: 1, column: 1, message: error instanceof Error ? error.message : String(error) }
  }
  return Array.isArray(nodes)
    ? { ok: true, nodes: nodes.filter(isNode) }
    : { ok: false, doctype: false, line: 1, column: 1, message: 'no element' }
}
