/**
 * An in-memory translation memory index: exact matches by key, fuzzy candidates by shared
 * words, so a lookup reads a few posting lists instead of every entry.
 *
 * Candidates are the entries sharing at least half of the query's distinct words (a match of
 * 75 % or more shares far more), found through the posting lists of those words alone; the
 * best of them by word overlap (Dice) are then scored exactly (score.ts). Posting lists are
 * kept per length class of the entries, so a lookup reads only the classes whose entries are
 * long enough and short enough to reach the minimum score (the edit distance is at least the
 * difference in length): with a memory of common words, that is most of the work saved.
 */
import { bandOf, minFuzzyScore, type MatchBand } from './bands'
import { exactKey, fuzzyForm, type FuzzyForm } from './normalise'
import { fuzzyScore } from './score'

/**
 * What the index needs of an entry: its source text and, for 101 % matches, the hashes of
 * the source segments before and after it (null at the start or end of its field).
 */
export type MemoryUnit = { source: string; before?: string | null; after?: string | null }

export type MemoryQuery = { text: string; before?: string | null; after?: string | null }

export type MemoryMatch<E> = { entry: E; score: number; band: MatchBand }

export type LookupOptions = { limit?: number; minScore?: number }

/** Candidates scored exactly per result asked for (word overlap is only a first guess). */
const candidatesPerResult = 8

/** Width of a length class: entries whose lengths differ by less than this factor share or neighbour one. */
const classGrowth = 1.15

function lengthClass(length: number): number {
  return length <= 1 ? 0 : Math.floor(Math.log(length) / Math.log(classGrowth))
}

function sameContext(entry: MemoryUnit, query: MemoryQuery): boolean {
  return (
    entry.before !== undefined &&
    entry.after !== undefined &&
    query.before !== undefined &&
    query.after !== undefined &&
    entry.before === query.before &&
    entry.after === query.after
  )
}

export class MemoryIndex<E extends MemoryUnit> {
  private readonly entries: E[] = []
  private readonly forms: FuzzyForm[] = []
  private readonly wordCounts: number[] = []
  /** Word → length class → ordinals of the entries with that word. */
  private readonly postings = new Map<string, Map<number, number[]>>()
  private readonly exact = new Map<string, number[]>()
  /** Shared words per entry during one lookup; zeroed again before it returns. */
  private counts = new Uint16Array(0)
  /** The entries counted during one lookup (reused, so a lookup allocates no large array). */
  private touched = new Uint32Array(0)

  constructor(entries: Iterable<E> = []) {
    for (const entry of entries) this.add(entry)
  }

  get size(): number {
    return this.entries.length
  }

  add(entry: E): void {
    const ordinal = this.entries.length
    const form = fuzzyForm(entry.source)
    this.entries.push(entry)
    this.forms.push(form)
    this.wordCounts.push(form.words.length)
    const key = exactKey(entry.source)
    this.exact.set(key, [...(this.exact.get(key) ?? []), ordinal])
    const lengthOf = lengthClass(form.text.length)
    for (const word of form.words) {
      let classes = this.postings.get(word)
      if (!classes) this.postings.set(word, (classes = new Map()))
      const list = classes.get(lengthOf)
      if (list) list.push(ordinal)
      else classes.set(lengthOf, [ordinal])
    }
  }

  /** Entries sharing enough words with the text to be scored: for tests and the bench (it must stay far below `size`). */
  candidateCount(text: string): number {
    return this.candidates(fuzzyForm(text), minFuzzyScore).size
  }

  /**
   * Entries sharing at least half of the query's distinct words, with how many they share,
   * among those whose length lets them reach `minScore` (the lookup skips the others anyway).
   * Reads only the posting lists of the query's words in those length classes, counting into
   * reused typed arrays.
   */
  private candidates(form: FuzzyForm, minScore: number): Map<number, number> {
    if (this.counts.length < this.entries.length) {
      this.counts = new Uint16Array(this.entries.length * 2)
      this.touched = new Uint32Array(this.entries.length * 2)
    }
    const length = form.text.length
    const ratio = minScore / 100
    const lowest = ratio > 0 ? lengthClass(Math.floor(length * ratio)) : 0
    const highest = ratio > 0 ? lengthClass(Math.ceil(length / ratio)) : Number.POSITIVE_INFINITY
    const counts = this.counts
    const touched = this.touched
    let touchedCount = 0
    for (const word of form.words) {
      for (const [lengthOf, list] of this.postings.get(word) ?? []) {
        if (lengthOf < lowest || lengthOf > highest) continue
        for (const ordinal of list) {
          if (counts[ordinal] === 0) touched[touchedCount++] = ordinal
          counts[ordinal] = (counts[ordinal] ?? 0) + 1
        }
      }
    }
    const needed = Math.ceil(form.words.length / 2)
    const found = new Map<number, number>()
    for (let i = 0; i < touchedCount; i += 1) {
      const ordinal = touched[i] ?? 0
      const shared = counts[ordinal] ?? 0
      if (shared >= needed) found.set(ordinal, shared)
      counts[ordinal] = 0
    }
    return found
  }

  /** Best matches first (ties: the newest entry first), at least `minScore` (75 by default). */
  lookup(query: MemoryQuery, options: LookupOptions = {}): MemoryMatch<E>[] {
    const limit = options.limit ?? 5
    const minScore = options.minScore ?? minFuzzyScore
    const scored = new Map<number, number>()
    for (const ordinal of this.exact.get(exactKey(query.text)) ?? []) {
      const entry = this.entries[ordinal]
      if (entry) scored.set(ordinal, sameContext(entry, query) ? 101 : 100)
    }
    const form = fuzzyForm(query.text)
    const length = form.text.length
    const guesses: Array<{ ordinal: number; dice: number }> = []
    for (const [ordinal, shared] of this.candidates(form, minScore)) {
      if (scored.has(ordinal)) continue
      const other = this.forms[ordinal]
      const words = this.wordCounts[ordinal] ?? 0
      if (!other) continue
      // The edit distance is at least the difference in length: skip what cannot reach minScore.
      const longer = Math.max(length, other.text.length)
      if (longer > 0 && (Math.min(length, other.text.length) / longer) * 100 < minScore) continue
      guesses.push({ ordinal, dice: (2 * shared) / (form.words.length + words) })
    }
    guesses.sort((a, b) => b.dice - a.dice || b.ordinal - a.ordinal)
    for (const { ordinal } of guesses.slice(0, limit * candidatesPerResult)) {
      const other = this.forms[ordinal]
      if (!other) continue
      const score = fuzzyScore(form, other)
      if (score >= minScore) scored.set(ordinal, score)
    }
    return [...scored]
      .sort(([a, x], [b, y]) => y - x || b - a)
      .slice(0, limit)
      .flatMap(([ordinal, score]) => {
        const entry = this.entries[ordinal]
        return entry ? [{ entry, score, band: bandOf(score) }] : []
      })
  }

  /** The best score for a query, 0 when nothing reaches 75. */
  bestScore(query: MemoryQuery): number {
    return this.lookup(query, { limit: 1 })[0]?.score ?? 0
  }
}
