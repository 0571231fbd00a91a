/**
 * fast-xml-parser in its order-preserving form (the node helpers are the TMX module's): a
 * `<source>` mixes text and inline elements, and their order is the sentence. Reading differs
 * from TMX's in two ways an XLIFF file from a CAT tool needs: character references
 * (`&#xA0;`, which tools write for non-breaking spaces) are decoded, and a refusal says the
 * column as well as the line.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'

import type { XmlNode } from '@/tmx/xml'

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
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Numeric character references; the validator has already refused undeclared named entities.
  htmlEntities: true,
})

export type ParsedXml =
  | { ok: true; nodes: XmlNode[] }
  | { ok: false; doctype: true }
  | { ok: false; doctype: false; line: number; column: number; message: string }

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function parseXml(xml: string): ParsedXml {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) return { ok: false, doctype: false, line: valid.err.line, column: valid.err.col, message: valid.err.msg }
  // The parser would expand a DOCTYPE's entities (a small file can declare a huge text); XLIFF has no DOCTYPE.
  if (/<!DOCTYPE/i.test(xml)) return { ok: false, doctype: true }
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
