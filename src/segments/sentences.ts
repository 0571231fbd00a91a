/**
 * Sentence boundaries with the runtime's Unicode rules (`Intl.Segmenter`, ICU data shipped
 * with Node and browsers, so no dictionary to maintain) and our list of abbreviations that
 * never end a sentence. Decimals ("3.5"), versions ("1.2.3"), "Node.js" and lowercase
 * continuations ("ecc. per") are already handled by the Unicode rules.
 */
import { endsWithAbbreviation } from './abbreviations'

const segmenters = new Map<string, Intl.Segmenter>()

function segmenter(locale: string): Intl.Segmenter {
  let found = segmenters.get(locale)
  if (!found) {
    found = new Intl.Segmenter(locale, { granularity: 'sentence' })
    segmenters.set(locale, found)
  }
  return found
}

/**
 * Offsets where a new sentence starts, ascending, without 0 and `text.length`. A sentence
 * keeps its trailing spaces, as the Unicode rules say; callers trim them into the gaps.
 */
export function sentenceBreaks(text: string, locale: string): number[] {
  const breaks: number[] = []
  for (const { index } of segmenter(locale).segment(text)) {
    if (index === 0) continue
    const start = breaks.at(-1) ?? 0
    if (endsWithAbbreviation(text.slice(start, index), locale)) continue
    breaks.push(index)
  }
  return breaks
}

/** The text cut into sentences (trailing spaces kept, so joining them gives the text back). */
export function splitSentences(text: string, locale: string): string[] {
  const cuts = [0, ...sentenceBreaks(text, locale), text.length]
  return cuts
    .slice(1)
    .map((end, i) => text.slice(cuts[i], end))
    .filter((sentence) => sentence !== '')
}
