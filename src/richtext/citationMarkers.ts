/**
 * Inline citation markers: `[2]` in an article's text points at the second of
 * the article's sources (its "Sources used" list, in citation order).
 *
 * Why plain text rather than a custom Lexical node: translators copy the marker
 * with the sentence, so it survives translation, the diff, the fingerprint and
 * the plain-text extraction without any special case; the site turns it into a
 * link when it renders. Code (inline or block) never holds a marker, so `a[1]`
 * in code stays code; a marker glued to a word (`x[1]`) is not one either.
 */
import { childNodes, isLexicalState, type LexicalNode } from './lexical'

/** Highest number a marker may carry; beyond that it is ordinary text. */
export const maxMarkerNumber = 999

const markerSource = String.raw`(?<![\p{L}\p{N}_])\[([1-9]\d{0,2})\]`

/** Fresh regex each time: a shared global regex keeps `lastIndex` between callers. */
function markerRegex(): RegExp {
  return new RegExp(markerSource, 'gu')
}

export type TextPiece = { kind: 'text'; text: string } | { kind: 'marker'; n: number; text: string }

/** Splits a text run into plain text and markers, in order. */
export function splitMarkers(text: string): TextPiece[] {
  const pieces: TextPiece[] = []
  let last = 0
  for (const match of text.matchAll(markerRegex())) {
    const index = match.index ?? 0
    if (index > last) pieces.push({ kind: 'text', text: text.slice(last, index) })
    pieces.push({ kind: 'marker', n: Number(match[1]), text: match[0] })
    last = index + match[0].length
  }
  if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last) })
  return pieces
}

/** The text with its markers removed (word counts: a marker is not a word to translate). */
export function withoutMarkers(text: string): string {
  return text.replace(markerRegex(), ' ')
}

// Lexical's "code" text format bit.
const CODE_FORMAT = 16

/** True for a text node whose markers count: not formatted as inline code. */
export function markerBearing(node: LexicalNode): boolean {
  const format = typeof node.format === 'number' ? node.format : 0
  return typeof node.text === 'string' && (format & CODE_FORMAT) === 0 && node.type !== 'code-highlight'
}

function collect(node: LexicalNode, into: number[]): void {
  // Lexical's code node and Payload's code block hold code, never markers.
  if (node.type === 'code' || node.type === 'block') return
  if (markerBearing(node)) {
    for (const piece of splitMarkers(node.text ?? '')) if (piece.kind === 'marker') into.push(piece.n)
  }
  for (const child of childNodes(node)) collect(child, into)
}

/** Every marker number in a rich-text value, in reading order (repeats kept). */
export function citationMarkers(value: unknown): number[] {
  if (!isLexicalState(value)) return []
  const found: number[] = []
  collect(value.root, found)
  return found
}

/** Marker numbers that point at no source (0 sources: every marker), each once, ascending. */
export function unknownMarkers(value: unknown, sourceCount: number): number[] {
  return [...new Set(citationMarkers(value).filter((n) => n > sourceCount))].sort((a, b) => a - b)
}
