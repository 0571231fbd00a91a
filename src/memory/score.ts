/**
 * How close a memory segment is to the one being translated, 0–100 (101, in context, is
 * decided by the caller, which knows the neighbours).
 *
 * 100 only for the same tagged text (spacing aside). Otherwise the character edit distance
 * of the fuzzy forms (fastest-levenshtein), as a share of the longer one, minus a fixed
 * penalty per number and per tag that differ, and never above 99: a different number changes
 * what a sentence says however short it is, a different tag changes its markup.
 */
import { distance } from 'fastest-levenshtein'

import { exactKey, fuzzyForm, type FuzzyForm } from './normalise'

export const numberPenalty = 10
export const tagPenalty = 2

/** Items of one list missing from the other, counting repeats: the larger of the two sides. */
function multisetDifference(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>()
  for (const item of a) counts.set(item, (counts.get(item) ?? 0) + 1)
  let onlyInB = 0
  for (const item of b) {
    const left = counts.get(item) ?? 0
    if (left > 0) counts.set(item, left - 1)
    else onlyInB += 1
  }
  let onlyInA = 0
  for (const left of counts.values()) onlyInA += left
  return Math.max(onlyInA, onlyInB)
}

/** Fuzzy score of two forms, 0–99. */
export function fuzzyScore(a: FuzzyForm, b: FuzzyForm): number {
  const longer = Math.max(a.text.length, b.text.length)
  const similarity = longer === 0 ? 1 : 1 - distance(a.text, b.text) / longer
  const penalty = numberPenalty * multisetDifference(a.numbers, b.numbers) + tagPenalty * multisetDifference(a.tags, b.tags)
  return Math.max(0, Math.min(99, Math.floor(similarity * 100) - penalty))
}

/** Score of a memory source text against the text being translated, 0–100. */
export function matchScore(text: string, candidate: string): number {
  if (exactKey(text) === exactKey(candidate)) return 100
  return fuzzyScore(fuzzyForm(text), fuzzyForm(candidate))
}
