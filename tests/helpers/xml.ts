/**
 * A strict reader for the XML the site writes (sitemaps, feeds): elements,
 * quoted attributes, text and the five predefined entities. It throws on
 * anything not well-formed (unbalanced tags, a bare `&` or `<`, two roots), so
 * tests can check validity without a browser.
 */

export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlElement[]; text: string }

const PROLOG = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n?/
const TOKEN = /<\/([A-Za-z_][\w:.-]*)\s*>|<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*)\s*(\/?)>|([^<]+)/y
const ATTRIBUTE = /([A-Za-z_][\w:.-]*)="([^"<]*)"/g
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(raw: string): string {
  if (/&(?!(amp|lt|gt|quot|apos);)/.test(raw)) throw new Error(`Bare & in ${JSON.stringify(raw)}`)
  return raw.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
}

export function parseXml(source: string): XmlElement {
  const prolog = PROLOG.exec(source)
  if (!prolog) throw new Error('Missing XML declaration')
  const stack: XmlElement[] = []
  let root: XmlElement | null = null
  TOKEN.lastIndex = prolog[0].length
  while (TOKEN.lastIndex < source.length) {
    const at = TOKEN.lastIndex
    const match = TOKEN.exec(source)
    if (!match) throw new Error(`Not well-formed at ${at}: ${JSON.stringify(source.slice(at, at + 40))}`)
    const [, closing, opening, attributeText = '', selfClosing, text] = match
    const parent = stack[stack.length - 1]
    if (text !== undefined) {
      if (parent) parent.text += decode(text)
      else if (text.trim()) throw new Error(`Text outside the root: ${JSON.stringify(text)}`)
    } else if (closing !== undefined) {
      const open = stack.pop()
      if (open?.name !== closing) throw new Error(`</${closing}> closes <${open?.name ?? 'nothing'}>`)
    } else if (opening !== undefined) {
      const attributes: Record<string, string> = {}
      for (const [, name = '', value = ''] of attributeText.matchAll(ATTRIBUTE)) {
        if (name in attributes) throw new Error(`Duplicate attribute ${name} on <${opening}>`)
        attributes[name] = decode(value)
      }
      const element: XmlElement = { name: opening, attributes, children: [], text: '' }
      if (parent) parent.children.push(element)
      else if (root) throw new Error(`Second root <${opening}>`)
      else root = element
      if (!selfClosing) stack.push(element)
    }
  }
  if (stack.length > 0) throw new Error(`Unclosed <${stack[stack.length - 1]?.name}>`)
  if (!root) throw new Error('No root element')
  return root
}

/** The child elements named `name`. */
export function elements(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((child) => child.name === name)
}

/** The text of the first child named `name`, or null. */
export function childText(parent: XmlElement, name: string): string | null {
  return elements(parent, name)[0]?.text ?? null
}
