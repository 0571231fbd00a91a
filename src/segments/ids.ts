/**
 * Segment identity. The hash is of the tagged source text with its spaces normalised, so
 * a sentence keeps its hash wherever it moves and whatever JSON the editor rewrote around
 * it. The id adds the field and which occurrence of that text it is in the field (a
 * sentence may repeat), so inserting a sentence does not renumber the others.
 */
import { createHash } from 'node:crypto'

export function normaliseSpaces(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim()
}

/** sha256 (hex) of the segment's normalised tagged text. */
export function segmentHash(text: string): string {
  return createHash('sha256').update(normaliseSpaces(text), 'utf8').digest('hex')
}

/** `field:hash-prefix:occurrence`, e.g. `body:3f2a9c01d4e5:0`. */
export function segmentIds(field: string, hashes: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return hashes.map((hash) => {
    const occurrence = seen.get(hash) ?? 0
    seen.set(hash, occurrence + 1)
    return `${field}:${hash.slice(0, 12)}:${occurrence}`
  })
}
