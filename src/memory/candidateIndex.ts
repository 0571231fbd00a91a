/**
 * An in-memory translation memory index: exact matches by key, fuzzy candidates by shared
 * words, so a lookup reads a few posting lists instead of every entry.
 *
 * Candidate retrieval is a prefix filter: with the query's n distinct words sorted rarest
 * first, any entry sharing at least half of them shares one of the first n − ⌈n/2⌉ + 1, so
 * only those posting lists are read; the other words are checked on the candidates found.
 * The best candidates by word overlap (Dice) are then scored exactly (score.ts).
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
  private readonly wordSets: Set<string>[] = []
  private readonly postings = new Map<string, number[]>()
  private readonly exact = new Map<string, number[]>()

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
    this.wordSets.push(new Set(form.words))
    const key = exactKey(entry.source)
    this.exact.set(key, [...(this.exact.get(key) ?? []), ordinal])
    for (const word of form.words) {
      const list = this.postings.get(word)
      if (list) list.push(ordinal)
      else this.postings.set(word, [ordinal])
    }
  }

  /** Entries whose posting lists a query would read: for tests and the bench (it must stay far below `size`). */
  candidateCount(text: string): number {
    return this.candidates(fuzzyForm(text)).size
  }

  private candidates(form: FuzzyForm): Map<number, number> {
    const words = [...form.words].sort((a, b) => (this.postings.get(a)?.length ?? 0) - (this.postings.get(b)?.length ?? 0))
    const prefix = words.length - Math.ceil(words.length / 2) + 1
    const overlap = new Map<number, number>()
    for (const word of words.slice(0, prefix)) {
      for (const ordinal of this.postings.get(word) ?? []) overlap.set(ordinal, (overlap.get(ordinal) ?? 0) + 1)
    }
    const rest = words.slice(prefix)
    for (const [ordinal, count] of overlap) {
      const set = this.wordSets[ordinal]
      overlap.set(ordinal, count + rest.filter((word) => set?.has(word)).length)
    }
    return overlap
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
    for (const [ordinal, shared] of this.candidates(form)) {
      if (scored.has(ordinal)) continue
      const other = this.forms[ordinal]
      const words = this.wordSets[ordinal]?.size ?? 0
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
