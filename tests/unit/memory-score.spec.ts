import { describe, expect, it } from 'vitest'

import { bandOf, matchBands } from '@/memory/bands'
import { exactKey, fuzzyForm } from '@/memory/normalise'
import { fuzzyScore, matchScore, numberPenalty, tagPenalty } from '@/memory/score'

const sentence = 'Il protocollo HTTP/2 riduce la latenza delle pagine.'

describe('match bands', () => {
  it('has the agency bands in order', () => {
    expect(matchBands).toEqual(['101', '100', '95-99', '85-94', '75-84', 'new'])
  })

  it('puts each edge in the right band', () => {
    const edges: Array<[number, string]> = [
      [101, '101'],
      [100, '100'],
      [99, '95-99'],
      [95, '95-99'],
      [94, '85-94'],
      [85, '85-94'],
      [84, '75-84'],
      [75, '75-84'],
      [74, 'new'],
      [0, 'new'],
    ]
    for (const [score, band] of edges) expect([score, bandOf(score)]).toEqual([score, band])
  })
})

describe('normalised forms', () => {
  it('keeps case and tags in the exact key, ignores spacing', () => {
    expect(exactKey('  Vedi <1>la guida</1>\n per i dettagli. ')).toBe('Vedi <1>la guida</1> per i dettagli.')
  })

  it('sets numbers and tags apart from the words', () => {
    expect(fuzzyForm('L’HTTP/2 usa la <1>porta</1> 443 e la versione 1.2.3 <2/>.')).toEqual({
      text: "l'http/0 usa la porta 0 e la versione 0 .",
      numbers: ['2', '443', '1.2.3'],
      tags: ['<1>', '<2/>'],
      words: ['l', 'http', 'usa', 'la', 'porta', 'e', 'versione'],
    })
  })
})

describe('match scores', () => {
  it('gives 100 only to the same tagged text', () => {
    expect(matchScore(sentence, sentence)).toBe(100)
    expect(matchScore(sentence, `  ${sentence.replace(' ', '  ')}`)).toBe(100)
    // Case and punctuation count, a little.
    expect(matchScore(sentence, sentence.toLowerCase())).toBe(99)
    expect(matchScore(sentence, sentence.slice(0, -1))).toBe(98)
  })

  it('does not call HTTP/2 against HTTP/3 a near-perfect match', () => {
    const score = matchScore(sentence, sentence.replace('HTTP/2', 'HTTP/3'))
    expect(score).toBe(90)
    expect(bandOf(score)).toBe('85-94')
    // The words alone are the same: all of the difference is the number's penalty.
    expect(fuzzyForm(sentence).text).toBe(fuzzyForm(sentence.replace('HTTP/2', 'HTTP/3')).text)
    expect(score).toBe(100 - numberPenalty)
    expect(matchScore('Il DNS usa la porta 53.', 'Il DNS usa la porta 853.')).toBeLessThan(95)
  })

  it('takes points off for each tag that differs', () => {
    const plain = 'Vedi la guida per i dettagli.'
    expect(matchScore('Vedi <1>la guida</1> per i dettagli.', plain)).toBe(100 - tagPenalty)
    expect(matchScore('Vedi <1>la guida</1> per i <2/> dettagli.', plain)).toBe(100 - 2 * tagPenalty)
  })

  it('falls with the edit distance and never goes below 0', () => {
    expect(matchScore(sentence, 'Il protocollo HTTP/2 riduce molto la latenza delle pagine.')).toBe(89)
    expect(matchScore(sentence, 'Il protocollo HTTP/2 riduce la latenza.')).toBe(75)
    expect(matchScore(sentence, 'Tutt’altro discorso.')).toBeLessThan(75)
    const numbers = (from: number) => Array.from({ length: 11 }, (_, i) => `${from + i}`).join(' ')
    expect(fuzzyScore(fuzzyForm(`Porte ${numbers(1)}`), fuzzyForm(`Porte ${numbers(20)}`))).toBe(0)
  })
})
