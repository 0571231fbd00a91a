/**
 * A run of inline tokens (one paragraph, heading, list item or plain-text field) → sentences
 * and the gaps between them. Gaps hold what is not translated: the spaces between sentences,
 * line breaks at their ends, and pieces with no letters at all (a lone `code` span, "3.").
 * Concatenating the parts in order gives the run back token for token.
 */
import { visibleText } from './inline'
import { sentenceBreaks } from './sentences'
import type { Token } from './tags'

export type RunPart = { kind: 'gap'; tokens: Token[] } | { kind: 'segment'; tokens: Token[] }

const hasLetter = /\p{L}/u

function isBreakAtom(token: Token): boolean {
  return token.kind === 'atom' && token.tag.kind === 'node' && ['linebreak', 'tab'].includes(token.tag.node.type)
}

/** Cuts at sentence breaks, but only outside pairs: a bold span across two sentences keeps them together. */
function cutAtSentences(tokens: readonly Token[], locale: string): Token[][] {
  const plain = tokens.map(visibleText).join('')
  const breaks = sentenceBreaks(plain, locale)
  const breakSet = new Set(breaks)
  const pieces: Token[][] = []
  let current: Token[] = []
  const cut = () => {
    if (current.length > 0) pieces.push(current)
    current = []
  }
  let offset = 0
  let depth = 0
  for (const token of tokens) {
    const length = visibleText(token).length
    if (depth === 0 && token.kind !== 'close' && breakSet.has(offset)) cut()
    if (token.kind === 'text' && depth === 0) {
      let from = 0
      for (const at of breaks) {
        if (at <= offset || at >= offset + length) continue
        current.push({ kind: 'text', text: token.text.slice(from, at - offset) })
        cut()
        from = at - offset
      }
      current.push(from === 0 ? token : { kind: 'text', text: token.text.slice(from) })
    } else current.push(token)
    if (token.kind === 'open') depth += 1
    if (token.kind === 'close') depth -= 1
    offset += length
  }
  cut()
  return pieces
}

/** Moves spaces and line breaks at both ends of a piece out of it. */
function trimPiece(piece: Token[]): { lead: Token[]; body: Token[]; tail: Token[] } {
  const body = [...piece]
  const lead: Token[] = []
  const tail: Token[] = []
  for (;;) {
    const first = body[0]
    if (!first) break
    if (isBreakAtom(first)) lead.push(body.shift() as Token)
    else if (first.kind === 'text') {
      const trimmed = first.text.trimStart()
      if (trimmed.length === first.text.length) break
      lead.push({ kind: 'text', text: first.text.slice(0, first.text.length - trimmed.length) })
      if (trimmed === '') body.shift()
      else body[0] = { kind: 'text', text: trimmed }
    } else break
  }
  for (;;) {
    const last = body.at(-1)
    if (!last) break
    if (isBreakAtom(last)) tail.unshift(body.pop() as Token)
    else if (last.kind === 'text') {
      const trimmed = last.text.trimEnd()
      if (trimmed.length === last.text.length) break
      tail.unshift({ kind: 'text', text: last.text.slice(trimmed.length) })
      if (trimmed === '') body.pop()
      else body[body.length - 1] = { kind: 'text', text: trimmed }
    } else break
  }
  return { lead, body, tail }
}

export function splitRun(tokens: readonly Token[], locale: string): RunPart[] {
  const parts: RunPart[] = []
  const gap = (more: Token[]) => {
    if (more.length === 0) return
    const last = parts.at(-1)
    if (last?.kind === 'gap') last.tokens.push(...more)
    else parts.push({ kind: 'gap', tokens: [...more] })
  }
  for (const piece of cutAtSentences(tokens, locale)) {
    const { lead, body, tail } = trimPiece(piece)
    const translatable = body.some((token) => token.kind === 'text' && hasLetter.test(token.text))
    if (!translatable) {
      gap([...lead, ...body, ...tail])
      continue
    }
    gap(lead)
    parts.push({ kind: 'segment', tokens: body })
    gap(tail)
  }
  return parts
}
