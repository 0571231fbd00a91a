import { describe, expect, it } from 'vitest'

import { generateArticleContent } from '../../bench/lib/text'
import { perLocale } from '@/i18n/locales'
import { MemoryIndex } from '@/memory/candidateIndex'
import { analyseLeverage, leverageOf, queriesOf } from '@/memory/leverage'
import { exactKey, fuzzyForm } from '@/memory/normalise'
import { fuzzyScore } from '@/memory/score'
import { richText } from '@/richtext/build'
import { seedArticles } from '@/seed/data/articles'
import { seedLanguages } from '@/seed/types'
import { segmentField } from '@/segments/field'

type Pair = { source: string; target: string; before?: string | null; after?: string | null }

const paragraph = (...sentences: string[]) => richText([{ type: 'p', text: sentences.join(' ') }])
const segmentsOf = (...sentences: string[]) => segmentField('body', paragraph(...sentences), 'it')

const dns = [
  'Il DNS traduce i nomi di dominio in indirizzi IP.',
  'Un resolver interroga prima i server radice.',
  'Le risposte restano in cache per il tempo indicato dal TTL.',
]
const french = [
  'Le DNS traduit les noms de domaine en adresses IP.',
  'Un résolveur interroge d’abord les serveurs racine.',
  'Les réponses restent en cache pendant la durée indiquée par le TTL.',
]

/** A memory made from an approved translation, as an approval would fill it. */
function approvedMemory(): MemoryIndex<Pair> {
  const segments = segmentsOf(...dns).segments
  return new MemoryIndex(
    queriesOf(segments).map((query, i) => ({
      source: query.text,
      target: french[i] ?? '',
      before: query.before,
      after: query.after,
    })),
  )
}

describe('memory lookup', () => {
  it('answers 101 in context, 100 out of context, fuzzy below, nothing under 75', () => {
    const memory = approvedMemory()
    const [first, second] = queriesOf(segmentsOf(...dns).segments)
    expect(memory.lookup(second ?? { text: '' })).toMatchObject([{ score: 101, band: '101', entry: { target: french[1] } }])
    // Same sentence, other neighbours.
    expect(memory.lookup({ text: dns[1] ?? '', before: null, after: null })).toMatchObject([{ score: 100, band: '100' }])
    // Context unknown: never 101.
    expect(memory.lookup({ text: first?.text ?? '' })[0]?.score).toBe(100)
    const fuzzy = memory.lookup({ text: 'Un resolver interroga prima i server radice del DNS.' })
    expect(fuzzy).toHaveLength(1)
    expect(fuzzy[0]).toMatchObject({ score: 84, band: '75-84', entry: { target: french[1] } })
    expect(memory.lookup({ text: 'Una frase che non somiglia a nessuna.' })).toEqual([])
    expect(memory.lookup({ text: '' })).toEqual([])
  })

  it('sorts the best first, newest first among equals, and honours limit and minScore', () => {
    const memory = new MemoryIndex<Pair>([
      { source: 'Il server usa la porta 53.', target: 'vecchia' },
      { source: 'Il server usa la porta 53.', target: 'nuova' },
      { source: 'Il server usa sempre la porta 53.', target: 'simile' },
    ])
    const matches = memory.lookup({ text: 'Il server usa la porta 53.' })
    expect(matches.map((match) => [match.entry.target, match.score])).toEqual([
      ['nuova', 100],
      ['vecchia', 100],
      ['simile', 78],
    ])
    expect(memory.lookup({ text: 'Il server usa la porta 53.' }, { limit: 1 })).toHaveLength(1)
    expect(memory.lookup({ text: 'Il server usa la porta 53.' }, { minScore: 90 })).toHaveLength(2)
    expect(memory.bestScore({ text: 'Il server usa la porta 853.' })).toBe(90)
  })

  it('finds what a full scan finds, reading only a few entries (seed and bench text)', () => {
    const pairs: Pair[] = []
    for (const seed of seedArticles) {
      for (const locale of seedLanguages) {
        for (const segment of segmentField('body', richText(seed.content[locale].body), locale).segments) {
          pairs.push({ source: segment.text, target: '' })
        }
      }
    }
    const topicName = perLocale((locale) => `Reti (${locale})`)
    for (let index = 0; index < 40; index += 1) {
      const { it: italian } = generateArticleContent({ seed: 'dinogeek-bench', index, topicName })
      for (const segment of segmentField('body', richText(italian.body), 'it').segments)
        pairs.push({ source: segment.text, target: '' })
    }
    const memory = new MemoryIndex(pairs)
    const forms = pairs.map((pair) => fuzzyForm(pair.source))
    for (let k = 0; k < pairs.length; k += Math.floor(pairs.length / 12)) {
      // A sentence of the memory with one word replaced.
      const words = (pairs[k]?.source ?? '').split(' ')
      words.splice(Math.floor(words.length / 2), 1, 'parola')
      const query = words.join(' ')
      const form = fuzzyForm(query)
      let best = 0
      pairs.forEach((pair, i) => {
        const other = forms[i]
        const score = exactKey(pair.source) === exactKey(query) ? 100 : other ? fuzzyScore(form, other) : 0
        best = Math.max(best, score)
      })
      expect([query, memory.bestScore({ text: query })]).toEqual([query, best >= 75 ? best : 0])
      expect(memory.candidateCount(query)).toBeLessThan(memory.size / 20)
    }
  })
})

describe('candidate retrieval on a memory of common words (the synthetic catalogue)', () => {
  const topicName = perLocale((locale) => `Reti (${locale})`)
  const pairs: Pair[] = []
  for (let index = 0; index < 60; index += 1) {
    const { it: italian } = generateArticleContent({ seed: 'tm-candidates', index, topicName })
    for (const segment of segmentField('body', richText(italian.body), 'it').segments)
      pairs.push({ source: segment.text, target: String(index) })
  }
  const memory = new MemoryIndex(pairs)
  const forms = pairs.map((pair) => fuzzyForm(pair.source))
  const queries = Array.from({ length: 10 }, (_, k) => {
    const words = (pairs[(k * 397) % pairs.length]?.source ?? '').split(' ')
    words.splice(1, 1)
    return words.join(' ')
  })

  function fullScan(query: string, minScore: number): number[] {
    const form = fuzzyForm(query)
    return forms
      .map((other) => fuzzyScore(form, other))
      .filter((score) => score >= minScore)
      .sort((a, b) => b - a)
      .slice(0, 3)
  }

  it('scores no more than a few hundredths of the memory, whatever its vocabulary', () => {
    expect(memory.size).toBeGreaterThan(3000)
    for (const query of queries) expect(memory.candidateCount(query)).toBeLessThan(memory.size / 50)
  })

  it('finds the same best scores as a full scan at any minimum score (length classes widen with it)', () => {
    for (const query of queries) {
      for (const minScore of [90, 75, 60]) {
        const found = memory.lookup({ text: query }, { limit: 3, minScore }).map((match) => match.score)
        expect([query, minScore, found]).toEqual([query, minScore, fullScan(query, minScore)])
      }
    }
  })
})

describe('leverage analysis', () => {
  it('sums words per band at the edges', () => {
    const leverage = leverageOf([
      { words: 3, score: 101 },
      { words: 5, score: 100 },
      { words: 7, score: 95 },
      { words: 11, score: 94 },
      { words: 13, score: 85 },
      { words: 17, score: 84 },
      { words: 19, score: 75 },
      { words: 23, score: 74 },
      { words: 2, score: 0 },
    ])
    expect(leverage.bands).toEqual({
      '101': { segments: 1, words: 3 },
      '100': { segments: 1, words: 5 },
      '95-99': { segments: 1, words: 7 },
      '85-94': { segments: 2, words: 24 },
      '75-84': { segments: 2, words: 36 },
      machine: { segments: 0, words: 0 },
      new: { segments: 2, words: 25 },
    })
    expect(leverage.total).toEqual({ segments: 9, words: 100 })
  })

  it('prices a partly changed source against the memory of its last approval', () => {
    const memory = approvedMemory()
    const changed = segmentField(
      'body',
      paragraph(
        dns[0] ?? '',
        dns[1] ?? '',
        'Le risposte restano in cache per il tempo indicato dal campo TTL.',
        'DNSSEC firma le risposte con chiavi crittografiche.',
      ),
      'it',
    )
    const title = segmentField('title', 'Come funziona il DNS?', 'it')
    const leverage = analyseLeverage([changed, title], (query) => memory.bestScore(query))
    const words = changed.segments.map((segment) => segment.words)
    expect(leverage.bands).toEqual({
      // Both neighbours unchanged for the first sentence.
      '101': { segments: 1, words: words[0] },
      // The second one's next neighbour changed.
      '100': { segments: 1, words: words[1] },
      '95-99': { segments: 0, words: 0 },
      // One word added to the third.
      '85-94': { segments: 1, words: words[2] },
      '75-84': { segments: 0, words: 0 },
      machine: { segments: 0, words: 0 },
      new: { segments: 2, words: (words[3] ?? 0) + (title.segments[0]?.words ?? 0) },
    })
    expect(leverage.total.words).toBe(words.reduce((sum, n) => sum + n, 0) + 4)
  })
})
