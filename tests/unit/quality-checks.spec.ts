import { describe, expect, it } from 'vitest'

import type { GlossaryConcept } from '@/glossary/terms'
import { hasErrors, type QualityIssue } from '@/quality/issues'
import { missingNumbers, readNumber } from '@/quality/numbers'
import { checkSegment } from '@/quality/segment'
import { seoIssues } from '@/quality/seo'
import type { TagDef } from '@/segments/tags'

const link: TagDef = { kind: 'element', node: { type: 'link', children: [] } }
const code: TagDef = { kind: 'node', node: { type: 'code-inline' } }

function checks(found: readonly QualityIssue[]): string[] {
  return found.map((item) => item.check)
}

const glossary: GlossaryConcept[] = [
  {
    id: 'server',
    doNotTranslate: false,
    caseSensitive: false,
    terms: [
      { locale: 'it', text: 'server', status: 'preferred' },
      { locale: 'fr', text: 'serveur', status: 'preferred' },
      { locale: 'fr', text: 'servant', status: 'forbidden' },
    ],
  },
  { id: 'payload', doNotTranslate: true, caseSensitive: true, terms: [{ locale: 'it', text: 'Payload', status: 'preferred' }] },
]

describe('numbers across languages', () => {
  it('reads each language’s separators', () => {
    expect(readNumber('1.000,5', 'it')).toBe(1000.5)
    expect(readNumber('1,000.5', 'en')).toBe(1000.5)
    expect(readNumber('1\u202f000,5', 'fr')).toBe(1000.5)
    expect(readNumber('1 000,5', 'fr')).toBe(1000.5)
    expect(readNumber('3.5', 'it')).toBeNull()
    expect(readNumber('1.2.3', 'en')).toBeNull()
  })

  it('finds numbers missing from the target by value or as written', () => {
    expect(missingNumbers('Costa 1.000,5 euro.', 'it', 'It costs 1,000.5 euros.', 'en')).toEqual([])
    expect(missingNumbers('Il server usa HTTP/2 sulla porta 443.', 'it', 'The server uses HTTP/3 on port 443.', 'en')).toEqual([
      '2',
    ])
    expect(missingNumbers('PHP 3.5 e PHP 3.5.', 'it', 'PHP 3.5.', 'fr')).toEqual(['3.5'])
  })
})

describe('checks of a segment', () => {
  const it2fr = { sourceLocale: 'it', targetLocale: 'fr', concepts: glossary }

  it('passes a clean translation', () => {
    const found = checkSegment({
      ...it2fr,
      source: 'Il <1>server</1> di Payload risponde su 2 porte.',
      target: 'Le <1>serveur</1> de Payload répond sur 2 ports.',
      tags: [link],
    })
    expect(found).toEqual([])
  })

  it('blocks an empty translation and nothing else is reported for it', () => {
    const found = checkSegment({ ...it2fr, source: 'Il server è acceso.', target: '  ', tags: [] })
    expect(checks(found)).toEqual(['empty'])
    expect(hasErrors(found)).toBe(true)
  })

  it('blocks missing and extra tags, and only warns on reordered ones', () => {
    const source = 'Leggi <1>la guida</1> e usa <2/>.'
    expect(checks(checkSegment({ ...it2fr, source, target: 'Lisez le guide et utilisez <2/>.', tags: [link, code] }))).toEqual([
      'tags',
    ])
    expect(
      checks(checkSegment({ ...it2fr, source, target: 'Lisez <1>le guide</1> et <3/> utilisez <2/>.', tags: [link, code] })),
    ).toEqual(['tags'])
    const reordered = checkSegment({ ...it2fr, source, target: 'Utilisez <2/> et lisez <1>le guide</1>.', tags: [link, code] })
    expect(checks(reordered)).toEqual(['tagOrder'])
    expect(hasErrors(reordered)).toBe(false)
  })

  it('warns on a missing approved term and blocks a forbidden one', () => {
    const missing = checkSegment({ ...it2fr, source: 'Riavvia il server.', target: 'Redémarrez la machine.', tags: [] })
    expect(missing).toEqual([{ check: 'glossaryMissing', severity: 'warning', values: { term: 'server', expected: 'serveur' } }])
    const forbidden = checkSegment({ ...it2fr, source: 'Riavvia il server.', target: 'Redémarrez le servant.', tags: [] })
    expect(checks(forbidden)).toEqual(['glossaryMissing', 'glossaryForbidden'])
    expect(hasErrors(forbidden)).toBe(true)
  })

  it('blocks a do-not-translate term that was altered', () => {
    const found = checkSegment({
      ...it2fr,
      source: 'Payload gestisce le bozze.',
      target: 'La charge gère les brouillons.',
      tags: [],
    })
    expect(found).toEqual([{ check: 'doNotTranslate', severity: 'error', values: { term: 'Payload' } }])
  })

  it('blocks a changed link or inline code, and ignores punctuation after a URL', () => {
    const found = checkSegment({
      ...it2fr,
      source: 'Vedi https://example.org/guida. Poi lancia `npm ci`.',
      target: 'Voir https://example.org/guide. Puis lancez `npm install`.',
      tags: [],
    })
    expect(found).toEqual([
      { check: 'urls', severity: 'error', values: { url: 'https://example.org/guida' } },
      { check: 'inlineCode', severity: 'error', values: { code: '`npm ci`' } },
    ])
  })

  it('warns on spacing, final punctuation and a copied source', () => {
    expect(checks(checkSegment({ ...it2fr, source: 'Funziona?', target: 'Ça marche  ?', tags: [] }))).toEqual(['doubleSpaces'])
    expect(checks(checkSegment({ ...it2fr, source: 'Funziona?', target: 'Ça marche\u202f?', tags: [] }))).toEqual([])
    expect(checks(checkSegment({ ...it2fr, source: 'Funziona.', target: 'Ça marche', tags: [] }))).toEqual(['finalPunctuation'])
    expect(checks(checkSegment({ ...it2fr, source: 'Funziona.', target: ' Ça marche.', tags: [] }))).toEqual(['edgeSpaces'])
    expect(checks(checkSegment({ ...it2fr, source: 'Vale la pena.', target: 'Vale la pena.', tags: [] }))).toEqual(['identical'])
    expect(checks(checkSegment({ ...it2fr, source: '2024', target: '2024', tags: [] }))).toEqual([])
  })
})

describe('search snippet lengths', () => {
  it('warns past 60 characters of title and 160 of description', () => {
    expect(seoIssues('seoTitle', 'x'.repeat(60))).toEqual([])
    expect(seoIssues('seoTitle', 'é'.repeat(61))).toEqual([
      { check: 'seoLength', severity: 'warning', values: { length: 61, limit: 60 } },
    ])
    expect(seoIssues('seoDescription', 'y'.repeat(161))).toHaveLength(1)
    expect(seoIssues('title', 'z'.repeat(500))).toEqual([])
  })
})
