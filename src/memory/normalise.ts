/**
 * The forms of a segment text the memory compares.
 *
 * Exact matching is on the tagged text with its spaces normalised (the same key a
 * database lookup uses). Fuzzy matching is on the words a reader sees, lowercased, with
 * typographic quotes folded, and with numbers and tags set apart: they are scored on their
 * own (score.ts), because "HTTP/2" and "HTTP/3" differ by one character but not by little.
 */
import { normaliseSpaces } from '@/segments/ids'
import { visibleWords } from '@/segments/tags'

/** The key of an exact match: case, tags and punctuation count; spacing does not. */
export function exactKey(taggedText: string): string {
  return normaliseSpaces(taggedText)
}

export type FuzzyForm = {
  /** Lowercased words and punctuation, every number written as "0". */
  text: string
  /** The numbers, as written ("2", "1.2.3", "3,5"). */
  numbers: string[]
  /** Opening and standalone tags ("<1>", "<2/>"): one per tag. */
  tags: string[]
  /** Distinct words without numbers, for the candidate index. */
  words: string[]
}

const numberPattern = /\p{N}+(?:[.,:]\p{N}+)*/gu

export function fuzzyForm(taggedText: string): FuzzyForm {
  const tags = taggedText.match(/<\d{1,4}\/?>/g) ?? []
  const visible = normaliseSpaces(
    visibleWords(taggedText)
      .toLowerCase()
      .replace(/[’‘`´]/g, "'")
      .replace(/[“”«»„]/g, '"'),
  )
  const numbers = visible.match(numberPattern) ?? []
  const text = visible.replace(numberPattern, '0')
  const words = [...new Set(text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '' && word !== '0'))]
  return { text, numbers, tags, words }
}
