import { describe, expect, it } from 'vitest'

import { issueFormatter, pickCheckMessages } from '@/admin/lib/checkText'
import type { GlossaryConcept } from '@/glossary/terms'
import { messages } from '@/i18n/messages'
import { liveFieldIssues, liveSegmentIssues } from '@/quality/live'
import { richText } from '@/richtext/build'
import { segmentField } from '@/segments/field'

const encryption: GlossaryConcept = {
  id: 1,
  doNotTranslate: false,
  caseSensitive: false,
  terms: [
    { locale: 'it', text: 'crittografia', status: 'preferred' },
    { locale: 'fr', text: 'chiffrement', status: 'preferred' },
    { locale: 'fr', text: 'cryptage', status: 'forbidden' },
  ],
}
const locales = { source: 'it', target: 'fr' }
const [linked] = segmentField(
  'body',
  richText([{ type: 'p', text: 'Leggi [la guida](https://example.com/x) sulla crittografia.' }]),
  'it',
).segments
if (!linked) throw new Error('no segment')

describe('live checks of a segment', () => {
  it('shows nothing for a segment not written yet', () => {
    expect(liveSegmentIssues({ source: linked.text, target: '  ', tags: linked.tags }, locales, [encryption])).toEqual([])
  })

  it('reports a missing tag and a forbidden term as errors, before the warnings', () => {
    const found = liveSegmentIssues(
      { source: linked.text, target: 'Lisez le guide sur le cryptage', tags: linked.tags },
      locales,
      [encryption],
    )
    expect(found.map((item) => [item.check, item.severity])).toEqual([
      ['tags', 'error'],
      ['glossaryForbidden', 'error'],
      ['finalPunctuation', 'warning'],
      ['glossaryMissing', 'warning'],
    ])
  })

  it('is clean once the tag is placed and the approved term used', () => {
    const target = 'Lisez <1>le guide</1> sur le chiffrement.'
    expect(liveSegmentIssues({ source: linked.text, target, tags: linked.tags }, locales, [encryption])).toEqual([])
  })
})

describe('live checks of a field', () => {
  const source = richText([
    { type: 'p', text: 'La crittografia protegge.' },
    { type: 'p', text: 'Secondo paragrafo.' },
  ])

  it('names the paragraph and leaves out paragraphs not written yet', () => {
    const target = richText([{ type: 'p', text: 'Le cryptage protège.' }])
    const found = liveFieldIssues({ name: 'body', source, target }, locales, [encryption])
    expect(found.map((item) => [item.check, item.block])).toEqual([
      ['glossaryForbidden', 0],
      ['glossaryMissing', 0],
    ])
  })

  it('shows nothing for an empty field, and SEO lengths for a plain one', () => {
    expect(liveFieldIssues({ name: 'title', source: 'Titolo', target: '' }, locales, [])).toEqual([])
    expect(liveFieldIssues({ name: 'body', source, target: null }, locales, [])).toEqual([])
    const long = 'Un titre beaucoup trop long pour un résultat de recherche, vraiment trop'
    expect(
      liveFieldIssues({ name: 'seoTitle', source: 'Titolo SEO', target: long }, locales, []).map((item) => item.check),
    ).toContain('seoLength')
  })
})

describe('the wording of live checks', () => {
  it('uses the quality gate’s messages, the segment editor’s for a tag, and the paragraph', () => {
    const format = issueFormatter(pickCheckMessages(messages.en), 'en')
    expect(format({ check: 'glossaryForbidden', severity: 'error', values: { term: 'cryptage' } })).toBe(
      '“cryptage” is a forbidden term (glossary)',
    )
    expect(format({ check: 'tags', severity: 'error', values: { problem: 'missing', tag: 1 } })).toBe('Tag 1 is missing.')
    expect(format({ check: 'tags', severity: 'error', values: { problem: 'missing', markup: 'link' }, block: 1 })).toBe(
      'Paragraph 2: The source’s link is missing',
    )
    expect(issueFormatter(pickCheckMessages(messages.it), 'it')({ check: 'empty', severity: 'error' })).toBe('Non c’è traduzione')
  })
})
