import { describe, expect, it } from 'vitest'

import { conceptsForLocales, highlightRuns, termTips } from '@/glossary/highlight'
import type { GlossaryConcept } from '@/glossary/terms'

const encryption: GlossaryConcept = {
  id: 1,
  doNotTranslate: false,
  caseSensitive: false,
  note: '« cryptage » est une faute.',
  terms: [
    { locale: 'it', text: 'crittografia', status: 'preferred' },
    { locale: 'fr', text: 'cryptage', status: 'forbidden' },
    { locale: 'fr', text: 'chiffrage', status: 'allowed' },
    { locale: 'fr', text: 'chiffrement', status: 'preferred' },
    { locale: 'en', text: 'encryption', status: 'preferred' },
  ],
}
const payload: GlossaryConcept = {
  id: 2,
  doNotTranslate: true,
  caseSensitive: true,
  terms: [{ locale: 'it', text: 'Payload', status: 'preferred' }],
}
const italianOnly: GlossaryConcept = {
  id: 3,
  doNotTranslate: false,
  caseSensitive: false,
  terms: [{ locale: 'it', text: 'rete', status: 'preferred' }],
}
const concepts = [encryption, payload, italianOnly]

describe('glossary tips of a source text', () => {
  it('gives each term its approved translations, preferred first, never a forbidden one', () => {
    const [tip] = termTips('La crittografia protegge i dati.', 'it', 'fr', concepts)
    expect(tip).toMatchObject({
      conceptId: 1,
      found: 'crittografia',
      start: 3,
      end: 15,
      translations: ['chiffrement', 'chiffrage'],
      doNotTranslate: false,
      note: '« cryptage » est une faute.',
    })
  })

  it('offers a do-not-translate name as the source writes it, and skips terms with nothing to offer', () => {
    const tips = termTips('Payload usa la rete.', 'it', 'fr', concepts)
    expect(tips).toEqual([{ conceptId: 2, found: 'Payload', start: 0, end: 7, translations: ['Payload'], doNotTranslate: true }])
  })

  it('finds plurals and another case as the matching rules do', () => {
    expect(termTips('CRITTOGRAFIE e payload', 'it', 'en', concepts).map((tip) => [tip.found, tip.translations])).toEqual([
      ['CRITTOGRAFIE', ['encryption']],
    ])
  })

  it('finds a term beside a tag of the segment', () => {
    const [tip] = termTips('Leggi <1>crittografia</1>.', 'it', 'fr', concepts)
    expect(tip && 'Leggi <1>crittografia</1>.'.slice(tip.start, tip.end)).toBe('crittografia')
  })
})

describe('highlight runs', () => {
  const text = 'La crittografia di Payload.'
  const tips = termTips(text, 'it', 'fr', concepts)

  it('cuts the text into plain runs and term runs that join back to it', () => {
    const runs = highlightRuns(text, tips)
    expect(runs.map((run) => [run.text, run.tip?.conceptId])).toEqual([
      ['La ', undefined],
      ['crittografia', 1],
      [' di ', undefined],
      ['Payload', 2],
      ['.', undefined],
    ])
    expect(runs.map((run) => run.text).join('')).toBe(text)
  })

  it('is one plain run without terms, and nothing for an empty text', () => {
    expect(highlightRuns(text, [])).toEqual([{ text }])
    expect(highlightRuns('', [])).toEqual([])
  })

  it('skips tips that overlap an earlier one or fall outside the text', () => {
    const [first] = tips
    if (!first) throw new Error('no tip')
    const runs = highlightRuns(text, [first, { ...first, start: 5, end: 9 }, { ...first, start: 20, end: 99 }])
    expect(runs.filter((run) => run.tip)).toHaveLength(1)
    expect(runs.map((run) => run.text).join('')).toBe(text)
  })
})

describe('the concepts a task needs', () => {
  it('keeps the source and target terms, and concepts with a forbidden target term', () => {
    const forbiddenOnly: GlossaryConcept = { ...italianOnly, id: 4, terms: [{ locale: 'fr', text: 'mail', status: 'forbidden' }] }
    const englishOnly: GlossaryConcept = { ...italianOnly, id: 5, terms: [{ locale: 'en', text: 'mail', status: 'preferred' }] }
    const kept = conceptsForLocales([encryption, forbiddenOnly, englishOnly], ['it', 'fr'])
    expect(kept.map((concept) => concept.id)).toEqual([1, 4])
    expect(kept[0]?.terms.map((term) => term.locale)).toEqual(['it', 'fr', 'fr', 'fr'])
  })
})
