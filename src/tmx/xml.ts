/**
 * fast-xml-parser in its order-preserving form: a `<seg>` mixes text and inline elements,
 * and their order is the sentence. A node is `{ name: children, ':@': attributes }` or
 * `{ '#text': text }`; entities are decoded on parse and escaped on build by the library.
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser'

export type XmlNode = Record<string, unknown>
export type Attributes = Record<string, string>

const attributesKey = ':@'
const textKey = '#text'

/** The parser settings every exchange format here reads with (TMX, TBX, XLIFF add to them). */
export const orderedParserOptions = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
} as const

const parser = new XMLParser(orderedParserOptions)

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  suppressEmptyNode: true,
  format: false,
})

export type ParsedXml = { ok: true; nodes: XmlNode[] } | { ok: false; line: number; detail: string }

/** Well-formedness first (the parser alone accepts some broken files), then the tree. */
export function parseXml(text: string): ParsedXml {
  const valid = XMLValidator.validate(text)
  if (valid !== true) return { ok: false, line: valid.err.line, detail: valid.err.msg }
  let nodes: unknown
  try {
    nodes = parser.parse(text)
  } catch (error) {
    // Past the validator, the parser still refuses some files (nesting deeper than it allows).
    return { ok: false, line: 1, detail: error instanceof Error ? error.message : String(error) }
  }
  return Array.isArray(nodes) ? { ok: true, nodes: nodes.filter(isNode) } : { ok: false, line: 1, detail: 'no element' }
}

export function buildXml(nodes: XmlNode[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${String(builder.build(nodes))}\n`
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The element's name, or null for text (and comments, which the parser drops anyway). */
export function nameOf(node: XmlNode): string | null {
  return Object.keys(node).find((key) => key !== attributesKey && key !== textKey) ?? null
}

export function textOf(node: XmlNode): string | null {
  const text = node[textKey]
  if (typeof text === 'string') return text
  return typeof text === 'number' || typeof text === 'boolean' ? String(text) : null
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const name = nameOf(node)
  const children = name === null ? undefined : node[name]
  return Array.isArray(children) ? children.filter(isNode) : []
}

export function attributesOf(node: XmlNode): Attributes {
  const attributes = node[attributesKey]
  if (!isNode(attributes)) return {}
  return Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key, String(value)]))
}

/** The child elements of a node with a given name. */
export function elements(node: XmlNode, name: string): XmlNode[] {
  return childrenOf(node).filter((child) => nameOf(child) === name)
}

/** The text inside an element (its text children joined). */
export function innerText(node: XmlNode): string {
  return childrenOf(node)
    .map((child) => textOf(child) ?? '')
    .join('')
}

export function element(name: string, attributes: Attributes, children: XmlNode[] = []): XmlNode {
  return Object.keys(attributes).length > 0 ? { [name]: children, [attributesKey]: attributes } : { [name]: children }
}

export function text(value: string): XmlNode {
  return { [textKey]: value }
}
