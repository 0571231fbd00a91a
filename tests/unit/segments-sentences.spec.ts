import { describe, expect, it } from 'vitest'

import { endsWithAbbreviation } from '@/segments/abbreviations'
import { sentenceBreaks, splitSentences } from '@/segments/sentences'

const split = (text: string, locale: string) => splitSentences(text, locale).map((sentence) => sentence.trim())

describe('sentence splitting, Italian', () => {
  it('keeps abbreviations, decimals and versions inside the sentence', () => {
    expect(
      split(
        'Il Sig. Rossi usa Node.js 20.9 e la versione 1.2.3 del pacchetto. Vedi p. es. la fig. 2 del manuale. ' +
          'Cfr. il cap. 3 per i dettagli. Il valore medio è 3,5 ms, non 3.5 s.',
        'it',
      ),
    ).toEqual([
      'Il Sig. Rossi usa Node.js 20.9 e la versione 1.2.3 del pacchetto.',
      'Vedi p. es. la fig. 2 del manuale.',
      'Cfr. il cap. 3 per i dettagli.',
      'Il valore medio è 3,5 ms, non 3.5 s.',
    ])
  })

  it('lets "ecc." end a sentence before a capital, and not before a lowercase word', () => {
    expect(split('Servono CPU, RAM, disco ecc. per ogni nodo. Poi si installa il sistema.', 'it')).toEqual([
      'Servono CPU, RAM, disco ecc. per ogni nodo.',
      'Poi si installa il sistema.',
    ])
    expect(split('Servono CPU, RAM, disco, ecc. Poi si installa il sistema.', 'it')).toEqual([
      'Servono CPU, RAM, disco, ecc.',
      'Poi si installa il sistema.',
    ])
  })

  it('splits on question and exclamation marks and keeps the trailing space for the gap', () => {
    expect(splitSentences('Che cos’è un token? È un frammento di testo! Niente di più.', 'it')).toEqual([
      'Che cos’è un token? ',
      'È un frammento di testo! ',
      'Niente di più.',
    ])
  })
})

describe('sentence splitting, French', () => {
  it('keeps "M.", "p. ex." and initials, splits on spaced punctuation', () => {
    expect(
      split(
        'M. Dupont a publié la RFC 9114 en 2022. Le protocole HTTP/3 remplace-t-il HTTP/2 ? ' +
          'Pas partout : voir p. ex. Redis ou J. R. Martin, chap. 4. Oui !',
        'fr',
      ),
    ).toEqual([
      'M. Dupont a publié la RFC 9114 en 2022.',
      'Le protocole HTTP/3 remplace-t-il HTTP/2 ?',
      'Pas partout : voir p. ex. Redis ou J. R. Martin, chap. 4.',
      'Oui !',
    ])
  })
})

describe('sentence splitting, English', () => {
  it('keeps "e.g.", "Dr." and "et al." inside the sentence', () => {
    expect(
      split(
        'Use a cache, e.g. Redis or Memcached. Dr. Smith released v2.0.1 in 2019. ' +
          'Vaswani et al. Introduced the Transformer. It costs $3.50 a month.',
        'en',
      ),
    ).toEqual([
      'Use a cache, e.g. Redis or Memcached.',
      'Dr. Smith released v2.0.1 in 2019.',
      'Vaswani et al. Introduced the Transformer.',
      'It costs $3.50 a month.',
    ])
  })

  it('starts a sentence with a capitalised abbreviation', () => {
    expect(split('E.g. Redis keeps data in memory. That is fast.', 'en')).toEqual([
      'E.g. Redis keeps data in memory.',
      'That is fast.',
    ])
  })
})

describe('sentence breaks', () => {
  it('are offsets into the text, and a language without a list still gets the Unicode rules', () => {
    const text = 'Hola. Adiós.'
    expect(sentenceBreaks(text, 'es')).toEqual([6])
    expect(sentenceBreaks('', 'it')).toEqual([])
    expect(splitSentences(text, 'es').join('')).toBe(text)
  })

  it('reads the abbreviation after an opening bracket, and knows region tags by their language', () => {
    expect(endsWithAbbreviation('a cache (e.g. ', 'en-GB')).toBe(true)
    expect(endsWithAbbreviation('Il Sig. ', 'it-CH')).toBe(true)
    expect(endsWithAbbreviation('una frase. ', 'it')).toBe(false)
    expect(endsWithAbbreviation('', 'it')).toBe(false)
  })
})
