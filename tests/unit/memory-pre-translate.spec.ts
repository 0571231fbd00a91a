import { describe, expect, it } from 'vitest'

import { isAppliedMatch, preTranslateField, tagsOnly, type BestMatch } from '@/memory/preTranslate'
import type { LexicalNode, LexicalState } from '@/richtext/lexical'
import { richTextToPlainText } from '@/richtext/plainText'
import { segmentField } from '@/segments/field'

const locales = { source: 'it', target: 'fr' }
const text = (value: string, format = 0): LexicalNode => ({ type: 'text', text: value, format, version: 1 })
const link = (url: string, children: LexicalNode[]): LexicalNode => ({ type: 'link', fields: { url }, children, version: 3 })
const doc = (...paragraphs: LexicalNode[][]): LexicalState => ({
  root: { type: 'root', children: paragraphs.map((children) => ({ type: 'paragraph', children, version: 1 })) },
})

/** Matches keyed by the source sentence, turned into the segment ids of `field`. */
function matchesFor(field: ReturnType<typeof segmentField>, bySource: Record<string, BestMatch>) {
  return new Map(
    field.segments.flatMap((segment) => (bySource[segment.text] ? [[segment.id, bySource[segment.text]] as const] : [])),
  )
}

describe('applied matches and empty segments', () => {
  it('applies 101 % and 100 % only', () => {
    expect(isAppliedMatch({ target: 'x', score: 101 })).toBe(true)
    expect(isAppliedMatch({ target: 'x', score: 100 })).toBe(true)
    expect(isAppliedMatch({ target: 'x', score: 99 })).toBe(false)
    expect(isAppliedMatch(undefined)).toBe(false)
  })

  it('keeps only the tags of a segment', () => {
    const source = segmentField(
      'body',
      doc([text('Leggi '), link('https://a.example', [text('la guida')]), text(' prima.')]),
      'it',
    )
    expect(source.segments[0]?.text).toBe('Leggi <1>la guida</1> prima.')
    expect(tagsOnly(source.segments[0])).toBe('<1></1>')
  })
})

describe('a new task', () => {
  const source = segmentField('body', doc([text('Il DNS traduce i nomi. Il resolver chiede ai server. La cache aiuta.')]), 'it')
  const matches = matchesFor(source, {
    'Il DNS traduce i nomi.': { target: 'Le DNS traduit les noms.', score: 101 },
    'Il resolver chiede ai server.': { target: 'Le résolveur demande aux serveurs.', score: 100 },
    'La cache aiuta.': { target: 'Le cache aide beaucoup.', score: 90 },
  })

  it('fills an empty target with exact matches and leaves fuzzy ones for the translator', () => {
    const result = preTranslateField({ source, target: null, locales, matches, states: {} })
    expect(result.filled).toBe(2)
    expect(richTextToPlainText(result.value).trim()).toBe('Le DNS traduit les noms. Le résolveur demande aux serveurs.')
    expect(Object.values(result.states).map((state) => [state.status, state.score])).toEqual([
      ['memory', 101],
      ['memory', 100],
      ['new', undefined],
    ])
  })

  it('never touches a target that already has text', () => {
    const target = doc([text('Texte du traducteur.')])
    const result = preTranslateField({ source, target, locales, matches, states: {} })
    expect(result.value).toBeUndefined()
    expect(result.filled).toBe(0)
  })

  it('writes nothing when no segment has an exact match', () => {
    const result = preTranslateField({ source, target: '', locales, matches: new Map(), states: {} })
    expect(result.value).toBeUndefined()
    expect(Object.values(result.states).every((state) => state.status === 'new')).toBe(true)
  })

  it('puts a match into a segment with a link, with the source markup', () => {
    const linked = segmentField(
      'body',
      doc([text('Leggi '), link('https://a.example', [text('la guida')]), text(' prima.')]),
      'it',
    )
    const result = preTranslateField({
      source: linked,
      target: null,
      locales,
      matches: matchesFor(linked, { 'Leggi <1>la guida</1> prima.': { target: 'Lisez d’abord <1>le guide</1>.', score: 100 } }),
      states: {},
    })
    const paragraph = (result.value as LexicalState).root.children?.[0]
    expect(paragraph?.children?.map((node) => node.type)).toEqual(['text', 'link', 'text'])
    expect(paragraph?.children?.[1]).toMatchObject({ fields: { url: 'https://a.example' } })
  })
})

describe('an outdated task', () => {
  const previous = doc([text('Il DNS traduce i nomi. Il resolver chiede ai server. I record scadono.')])
  const target = doc([text('Le DNS change les noms. Le résolveur demande. Les enregistrements expirent.')])
  const current = segmentField('body', doc([text('Il DNS traduce i nomi. La cache aiuta. I record scadono presto.')]), 'it')
  const matches = matchesFor(current, {
    'Il DNS traduce i nomi.': { target: 'Le DNS traduit les noms.', score: 100 },
    'La cache aiuta.': { target: 'Le cache aide.', score: 100 },
    'I record scadono presto.': { target: 'Les enregistrements expirent vite.', score: 88 },
  })

  it('keeps the translator’s unchanged sentences, fills the changed one with its exact match, keeps the old text of the other', () => {
    const result = preTranslateField({ source: current, target, locales, matches, states: {}, previousSource: previous })
    expect(result.filled).toBe(1)
    expect(richTextToPlainText(result.value).trim()).toBe('Le DNS change les noms. Le cache aide. Les enregistrements expirent.')
    expect(Object.values(result.states).map((state) => state.status)).toEqual(['confirmed', 'memory', 'new'])
  })

  it('leaves the field alone when the translator’s sentences cannot be paired with the old source', () => {
    const merged = doc([text('Le DNS change les noms et le résolveur demande. Les enregistrements expirent.')])
    const result = preTranslateField({ source: current, target: merged, locales, matches, states: {}, previousSource: previous })
    expect(result.value).toBeUndefined()
    expect(result.filled).toBe(0)
  })

  it('changes nothing in a field whose source did not change', () => {
    const same = segmentField('body', previous, 'it')
    const result = preTranslateField({
      source: same,
      target,
      locales,
      matches: matchesFor(same, {}),
      states: {},
      previousSource: previous,
    })
    expect(result.value).toBeUndefined()
    expect(Object.values(result.states).every((state) => state.status === 'confirmed')).toBe(true)
  })

  it('fills an added sentence and leaves a removed one out', () => {
    const added = segmentField(
      'body',
      doc([text('Il DNS traduce i nomi. Il resolver chiede ai server. I record scadono. La cache aiuta.')]),
      'it',
    )
    const result = preTranslateField({
      source: added,
      target,
      locales,
      matches: matchesFor(added, { 'La cache aiuta.': { target: 'Le cache aide.', score: 100 } }),
      states: {},
      previousSource: previous,
    })
    expect(richTextToPlainText(result.value).trim()).toBe(
      'Le DNS change les noms. Le résolveur demande. Les enregistrements expirent. Le cache aide.',
    )
  })
})
