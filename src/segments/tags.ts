/**
 * Inline tags: what a translator places but never edits.
 *
 * A segment's text is a string with numbered tags in an XML-like notation: `<1>…</1>` for
 * a pair (a link, bold or italic text) and `<2/>` for a standalone tag (inline code, a
 * citation marker `[n]`, a line break). Literal `<` and `&` are written `&lt;` and `&amp;`,
 * so a sentence about `a < b` can never be mistaken for a tag. Tags are numbered from 1 in
 * order of appearance in the source, so one sentence gets the same text in every article,
 * which is what the memory matches on.
 */
import type { LexicalNode } from '@/richtext/lexical'

/** What a tag stands for, kept aside so the markup can be rebuilt exactly. */
export type TagDef =
  /** A text node with its own formatting (bold, a style…): its text is the pair's content. */
  | { kind: 'format'; node: LexicalNode }
  /** An inline element with children (a link): the pair's content becomes its children. */
  | { kind: 'element'; node: LexicalNode }
  /** A whole inline node the translator does not edit (inline code, line break, inline block). */
  | { kind: 'node'; node: LexicalNode }
  /** A citation marker inside ordinary text (`[2]`, see src/richtext/citationMarkers.ts). */
  | { kind: 'marker'; text: string }

export function isPairTag(tag: TagDef): boolean {
  return tag.kind === 'format' || tag.kind === 'element'
}

export type Token =
  { kind: 'text'; text: string } | { kind: 'open'; tag: TagDef } | { kind: 'close' } | { kind: 'atom'; tag: TagDef }

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
}

export function unescapeText(text: string): string {
  return text.replace(/&lt;|&amp;/g, (entity) => (entity === '&lt;' ? '<' : '&'))
}

/** Tokens → tagged text and the tags it numbers (tag n is `tags[n - 1]`). */
export function serializeTokens(tokens: readonly Token[]): { text: string; tags: TagDef[] } {
  const tags: TagDef[] = []
  const open: number[] = []
  let text = ''
  for (const token of tokens) {
    if (token.kind === 'text') text += escapeText(token.text)
    else if (token.kind === 'close') text += `</${open.pop() ?? 0}>`
    else {
      tags.push(token.tag)
      if (token.kind === 'open') {
        open.push(tags.length)
        text += `<${tags.length}>`
      } else text += `<${tags.length}/>`
    }
  }
  return { text, tags }
}

export type TagProblem =
  | { kind: 'missing'; tag: number }
  | { kind: 'extra'; tag: number }
  | { kind: 'duplicate'; tag: number }
  /** A pair written as a standalone tag or the other way round. */
  | { kind: 'wrongKind'; tag: number }
  /** `</n>` without its `<n>`, or closed across another pair. */
  | { kind: 'unbalanced'; tag: number }
  /** `<n>` never closed. */
  | { kind: 'unclosed'; tag: number }
  /** A tag inside formatted text, which can only hold text and citation markers. */
  | { kind: 'misplaced'; tag: number }
  /** A `<` that starts no tag (write `&lt;`). */
  | { kind: 'stray'; at: number }

export type ParseResult = { ok: true; tokens: Token[] } | { ok: false; problems: TagProblem[] }

const tagPattern = /<(\/?)(\d{1,4})(\/?)>|</g

/**
 * Tagged text → tokens, against the tags of the source segment. Every source tag must be
 * used exactly once, pairs properly nested; the order may differ (a translation reorders).
 */
export function parseTagged(text: string, tags: readonly TagDef[]): ParseResult {
  const problems: TagProblem[] = []
  const tokens: Token[] = []
  const used = new Set<number>()
  const stack: number[] = []
  let last = 0
  const pushText = (raw: string) => {
    if (raw !== '') tokens.push({ kind: 'text', text: unescapeText(raw) })
  }
  for (const match of text.matchAll(tagPattern)) {
    const index = match.index ?? 0
    pushText(text.slice(last, index))
    last = index + match[0].length
    if (match[2] === undefined) {
      problems.push({ kind: 'stray', at: index })
      continue
    }
    const n = Number(match[2])
    const closing = match[1] === '/'
    const standalone = match[3] === '/'
    const tag = tags[n - 1]
    if (!tag || (closing && standalone)) {
      problems.push({ kind: 'extra', tag: n })
      continue
    }
    if (closing) {
      if (stack.at(-1) !== n) problems.push({ kind: 'unbalanced', tag: n })
      else {
        stack.pop()
        tokens.push({ kind: 'close' })
      }
      continue
    }
    if (used.has(n)) {
      problems.push({ kind: 'duplicate', tag: n })
      continue
    }
    used.add(n)
    if (isPairTag(tag) === standalone) {
      problems.push({ kind: 'wrongKind', tag: n })
      continue
    }
    const parent = stack.at(-1)
    if (parent !== undefined && tags[parent - 1]?.kind === 'format' && tag.kind !== 'marker') {
      problems.push({ kind: 'misplaced', tag: n })
    }
    if (standalone) tokens.push({ kind: 'atom', tag })
    else {
      stack.push(n)
      tokens.push({ kind: 'open', tag })
    }
  }
  pushText(text.slice(last))
  for (const n of stack) problems.push({ kind: 'unclosed', tag: n })
  tags.forEach((_, i) => {
    if (!used.has(i + 1)) problems.push({ kind: 'missing', tag: i + 1 })
  })
  return problems.length === 0 ? { ok: true, tokens } : { ok: false, problems }
}

/** The problems of a translated segment's tags, none when it can be confirmed. */
export function tagProblems(text: string, tags: readonly TagDef[]): TagProblem[] {
  const result = parseTagged(text, tags)
  return result.ok ? [] : result.problems
}

/**
 * Tagged text without its tags and entities: the words to translate. A pair tag may sit inside
 * a word ("<1>HTTP</1>/2"), so it leaves nothing; a standalone tag (inline code) is a gap.
 */
export function visibleWords(text: string): string {
  return unescapeText(text.replace(/<\d{1,4}\/>/g, ' ').replace(/<\/?\d{1,4}>/g, ''))
}
