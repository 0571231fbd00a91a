import { describe, expect, it } from 'vitest'

import type { GlossaryConcept } from '@/glossary/terms'
import { hasErrors } from '@/quality/issues'
import { checkTranslation } from '@/quality/translation'
import { richText } from '@/richtext/build'

const glossary: GlossaryConcept[] = [
  { id: 'payload', doNotTranslate: true, caseSensitive: true, terms: [{ locale: 'it', text: 'Payload', status: 'preferred' }] },
]

const source = {
  title: 'Come si configura il DNS?',
  summary: 'Una guida breve.',
  seoTitle: 'DNS',
  body: richText([
    { type: 'p', text: 'Il DNS traduce i nomi. Leggi [la guida](https://example.org/dns) per 2 esempi.' },
    { type: 'p', text: 'Payload usa `npm ci` nei test.' },
  ]),
}

function check(target: Record<string, unknown>) {
  return checkTranslation({
    fields: Object.entries(source).map(([field, value]) => ({ field, source: value, target: target[field] ?? null })),
    sourceLocale: 'it',
    targetLocale: 'fr',
    concepts: glossary,
  })
}

const clean = {
  title: 'Comment configurer le DNS ?',
  summary: 'Un guide bref.',
  seoTitle: 'DNS',
  body: richText([
    { type: 'p', text: 'Le DNS traduit les noms. Lisez [le guide](https://example.org/dns) pour 2 exemples.' },
    { type: 'p', text: 'Payload utilise `npm ci` dans les tests.' },
  ]),
}

describe('checking a whole translation', () => {
  it('finds nothing in a clean one (identical short names such as "DNS" are not flagged)', () => {
    expect(check(clean)).toEqual([])
  })

  it('locates each problem by field, block and sentence', () => {
    const found = check({
      ...clean,
      summary: '',
      seoTitle: 'x'.repeat(70),
      body: richText([
        { type: 'p', text: 'Le DNS traduit les noms. Lisez le guide pour deux exemples.' },
        { type: 'p', text: 'La charge utile utilise `npm install` dans les tests.' },
      ]),
    })
    expect(found.map((item) => [item.field, item.block ?? null, item.check, item.severity])).toEqual([
      ['summary', 0, 'empty', 'error'],
      ['seoTitle', null, 'seoLength', 'warning'],
      ['body', 0, 'tags', 'error'],
      ['body', 0, 'numbers', 'warning'],
      ['body', 1, 'inlineCode', 'error'],
      ['body', 1, 'doNotTranslate', 'error'],
    ])
    expect(found.find((item) => item.check === 'tags')?.values).toEqual({ problem: 'missing', markup: 'link' })
    expect(found.find((item) => item.check === 'inlineCode')?.values).toEqual({ code: 'npm ci' })
    expect(found.find((item) => item.check === 'numbers')?.segmentId).toMatch(/^body:[0-9a-f]{12}:0$/)
    expect(hasErrors(found)).toBe(true)
  })

  it('checks a block as a whole where the translator merged its sentences', () => {
    const found = check({
      ...clean,
      body: richText([
        { type: 'p', text: 'Le DNS traduit les noms : lisez [le guide](https://example.org/dns) pour 2 exemples.' },
        { type: 'p', text: 'Payload utilise `npm ci` dans les tests.' },
      ]),
    })
    expect(found).toEqual([])
  })

  it('reports a missing block as empty', () => {
    const found = check({ ...clean, body: richText([{ type: 'p', text: 'Le DNS traduit les noms.' }]) })
    expect(found.map((item) => [item.block, item.check])).toEqual([
      [0, 'tags'],
      [0, 'numbers'],
      [1, 'empty'],
    ])
  })
})
