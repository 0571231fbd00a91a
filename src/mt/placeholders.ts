/**
 * Segment texts carry numbered tags (`<1>…</1>`, `<2/>`, see src/segments/tags.ts). Element
 * names cannot start with a digit, so a provider parsing XML (DeepL's `tag_handling: xml`)
 * would reject them: they travel as `<g id="1">…</g>` and `<x id="2"/>`, the XLIFF 1.2
 * inline elements every translation service knows, and come back as numbered tags.
 *
 * The segment notation already escapes `<` and `&`; what a provider may add on the way back
 * (`&gt;`, `&quot;`, `&#39;`…) is decoded, and `&lt;` / `&amp;` stay as they are.
 */

export function toProviderMarkup(text: string): string {
  return text.replace(/<(\/?)(\d{1,4})(\/?)>/g, (_, closing: string, id: string, selfClosing: string) => {
    if (selfClosing) return `<x id="${id}"/>`
    return closing ? '</g>' : `<g id="${id}">`
  })
}

const namedEntities: Record<string, string> = { gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

function decodeEntity(entity: string, name: string): string {
  if (name === 'lt' || name === 'amp') return entity
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10)
    if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff) return entity
    const char = String.fromCodePoint(code)
    return char === '<' ? '&lt;' : char === '&' ? '&amp;' : char
  }
  return namedEntities[name] ?? entity
}

const providerTag = /<g\s+id\s*=\s*"(\d{1,4})"\s*>|<\/g\s*>|<x\s+id\s*=\s*"(\d{1,4})"\s*\/>|<[^>]*>?/g

/**
 * A provider's answer back in segment notation, or null when its markup is not ours (an
 * element we did not send, a `</g>` without its `<g>`): such a text cannot be placed safely.
 * Whether the right tags are all there is the segment's own tag check (tagProblems).
 */
export function fromProviderMarkup(text: string): string | null {
  const open: string[] = []
  let broken = false
  const converted = text.replace(providerTag, (tag: string, pair?: string, atom?: string) => {
    if (pair) {
      open.push(pair)
      return `<${pair}>`
    }
    if (atom) return `<${atom}/>`
    if (/^<\/g\s*>$/.test(tag)) {
      const id = open.pop()
      if (id === undefined) broken = true
      return `</${id ?? 0}>`
    }
    broken = true
    return tag
  })
  if (broken || open.length > 0) return null
  return converted.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity)
}
