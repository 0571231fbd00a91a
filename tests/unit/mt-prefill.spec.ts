import { describe, expect, it } from 'vitest'

import type { GlossaryConcept } from '@/glossary/terms'
import { leverageBands } from '@/memory/bands'
import { leverageOf } from '@/memory/leverage'
import { readTaskLeverage } from '@/memory/taskLeverage'
import { glossaryEntries } from '@/mt/glossaryEntries'
import { fromProviderMarkup, toProviderMarkup } from '@/mt/placeholders'
import { machineFill, prefillCandidates } from '@/mt/prefill'
import { richText } from '@/richtext/build'
import { segmentField } from '@/segments/field'
import type { SegmentStates } from '@/segments/states'

describe('placeholders for providers', () => {
  it('sends numbered tags as XLIFF inline elements and reads them back', () => {
    const text = 'Leggi <1>la guida</1> con <2/> e &lt;b&gt; &amp; altro.'
    expect(toProviderMarkup(text)).toBe('Leggi <g id="1">la guida</g> con <x id="2"/> e &lt;b&gt; &amp; altro.')
    expect(fromProviderMarkup(toProviderMarkup(text))).toBe(text.replace('&gt;', '>'))
  })

  it('closes nested pairs in the right order and decodes what a provider escapes on the way back', () => {
    expect(fromProviderMarkup('<g id="1">a <g id="2">b</g> c</g> d &quot;e&quot; &#39;f&#39; &#60; &#x26;')).toBe(
      '<1>a <2>b</2> c</1> d "e" \'f\' &lt; &amp;',
    )
  })

  it('refuses markup we did not send: an unknown element, a stray or an unclosed pair', () => {
    expect(fromProviderMarkup('a <b>bold</b>')).toBeNull()
    expect(fromProviderMarkup('a </g> b')).toBeNull()
    expect(fromProviderMarkup('<g id="1">a')).toBeNull()
    expect(fromProviderMarkup('a < b')).toBeNull()
  })
})

const body = richText([
  { type: 'p', text: 'Il DNS traduce i nomi. Un resolver interroga i server.' },
  { type: 'p', text: 'Leggi [la guida](https://example.com/dns) per i dettagli.' },
])
const source = segmentField('body', body, 'it')
const [first, second, linked] = source.segments

describe('which segments a machine draft may fill', () => {
  if (!first || !second || !linked) throw new Error('the fixture has three segments')
  const empty = { [first.id]: '', [second.id]: '', [linked.id]: '' }

  it('fills every empty, new segment with words', () => {
    const ids = prefillCandidates({ segments: source.segments, current: empty, states: {}, unaligned: new Set() }).map(
      (s) => s.id,
    )
    expect(ids).toEqual([first.id, second.id, linked.id])
  })

  it('never takes a segment with text, a state someone chose, or one of an unaligned block', () => {
    const states: SegmentStates = {
      [second.id]: { status: 'edited', sourceHash: second.hash },
      [linked.id]: { status: 'machine', sourceHash: linked.hash },
    }
    const written = { ...empty, [first.id]: 'Le DNS traduit les noms.' }
    expect(prefillCandidates({ segments: source.segments, current: written, states, unaligned: new Set() })).toEqual([])
    const onlyTags = { ...empty, [linked.id]: '<1></1>' }
    expect(
      prefillCandidates({ segments: source.segments, current: onlyTags, states: {}, unaligned: new Set([first.id]) }),
    ).toEqual([second, linked])
  })

  it('takes a segment whose state was set against an older source (the state reads new)', () => {
    const states: SegmentStates = { [first.id]: { status: 'confirmed', sourceHash: 'an older sentence' } }
    expect(prefillCandidates({ segments: [first], current: empty, states, unaligned: new Set() })).toEqual([first])
  })

  it('skips segments with nothing to translate (tags only)', () => {
    // A paragraph of inline code alone is no segment at all; a segment of marks only is skipped too.
    expect(segmentField('body', richText([{ type: 'p', text: '`npm install`' }]), 'it').segments).toEqual([])
    const marksOnly = { ...first, text: '<1/>', words: 0 }
    expect(prefillCandidates({ segments: [marksOnly], current: {}, states: {}, unaligned: new Set() })).toEqual([])
  })

  it('marks the answers "machine" and leaves out one that lost its tags or came back empty', () => {
    const fill = machineFill([first, linked, second], ['Le DNS traduit les noms.', 'Lisez le guide pour les détails.', ' '])
    expect(fill.texts).toEqual({ [first.id]: 'Le DNS traduit les noms.' })
    expect(fill.states[first.id]).toEqual({ status: 'machine', sourceHash: first.hash })
    expect(fill.rejected).toEqual([linked.id, second.id])
    const kept = machineFill([linked], ['Lisez <g id="1">le guide</g> pour les détails.'])
    expect(kept.texts[linked.id]).toBe('Lisez <1>le guide</1> pour les détails.')
  })
})

describe('machine drafts in the leverage analysis', () => {
  it('bill filled segments in their own band, whatever their memory score', () => {
    const leverage = leverageOf([
      { words: 4, score: 100 },
      { words: 5, score: 80, machine: true },
      { words: 6, score: 0, machine: true },
      { words: 7, score: 0 },
    ])
    expect(leverageBands).toContain('machine')
    expect(leverage.bands.machine).toEqual({ segments: 2, words: 11 })
    expect(leverage.bands['75-84']).toEqual({ segments: 0, words: 0 })
    expect(leverage.bands.new).toEqual({ segments: 1, words: 7 })
    expect(leverage.total).toEqual({ segments: 4, words: 22 })
  })

  it('reads counts stored before the machine band existed as having none', () => {
    const { machine: _, ...older } = leverageOf([{ words: 3, score: 0 }]).bands
    const stored = readTaskLeverage({ bands: older, total: { segments: 1, words: 3 }, computedAt: '2026-01-01T00:00:00Z' })
    expect(stored?.bands.machine).toEqual({ segments: 0, words: 0 })
    expect(stored?.bands.new).toEqual({ segments: 1, words: 3 })
  })
})

describe('the termbase as a provider glossary', () => {
  const concept = (id: number, terms: GlossaryConcept['terms'], doNotTranslate = false): GlossaryConcept => ({
    id,
    terms,
    doNotTranslate,
    caseSensitive: false,
  })

  it('pairs source terms with the preferred target term, keeps untranslated names, drops forbidden ones', () => {
    const entries = glossaryEntries(
      [
        concept(1, [
          { locale: 'it', text: 'server radice', status: 'preferred' },
          { locale: 'it', text: 'root server', status: 'allowed' },
          { locale: 'fr', text: 'serveur de noms racine', status: 'allowed' },
          { locale: 'fr', text: 'serveur racine', status: 'preferred' },
          { locale: 'fr', text: 'serveur root', status: 'forbidden' },
        ]),
        concept(2, [{ locale: 'it', text: 'Payload', status: 'preferred' }], true),
        concept(3, [{ locale: 'it', text: 'risolutore', status: 'forbidden' }]),
        concept(4, [{ locale: 'it', text: 'resolver', status: 'preferred' }]),
        concept(5, [
          { locale: 'it', text: 'server radice', status: 'preferred' },
          { locale: 'fr', text: 'autre', status: 'preferred' },
        ]),
      ],
      'it',
      'fr',
    )
    expect(entries).toEqual([
      { source: 'server radice', target: 'serveur racine' },
      { source: 'root server', target: 'serveur racine' },
      { source: 'Payload', target: 'Payload' },
    ])
  })
})
