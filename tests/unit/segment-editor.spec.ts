import { describe, expect, it } from 'vitest'

import { richText } from '@/richtext/build'
import {
  buildRows,
  confirmProblems,
  editorTags,
  placedTags,
  progressOf,
  rowStatus,
  tagMarkup,
  type EditorRow,
} from '@/segments/editorRows'
import { planSave, unknownSegments } from '@/segments/editorSave'
import { targetTexts } from '@/segments/editorTargets'
import { segmentField } from '@/segments/field'

const locales = { source: 'it', target: 'fr' }
const source = richText([
  { type: 'p', text: 'Il DNS traduce i nomi. Leggi [la guida](https://example.com/dns) per i dettagli.' },
  { type: 'p', text: 'Un resolver interroga i server. Poi risponde.' },
])
const body = segmentField('body', source, 'it')
const [names, guide, asks, answers] = body.segments

describe('the target text of each source segment', () => {
  it('cuts the draft the way the source is, block by block, with the source’s tag numbers', () => {
    const target = richText([
      { type: 'p', text: 'Le DNS traduit les noms. Lisez [le guide](https://example.com/dns) pour les détails.' },
      { type: 'p', text: 'Un résolveur interroge les serveurs. Puis il répond.' },
    ])
    const { texts, unaligned } = targetTexts('body', source, target, locales)
    expect(texts).toEqual({
      [names?.id ?? '']: 'Le DNS traduit les noms.',
      [guide?.id ?? '']: 'Lisez <1>le guide</1> pour les détails.',
      [asks?.id ?? '']: 'Un résolveur interroge les serveurs.',
      [answers?.id ?? '']: 'Puis il répond.',
    })
    expect(unaligned.size).toBe(0)
  })

  it('keeps the words of a block written with another number of sentences, in its first segment', () => {
    const target = richText([
      { type: 'p', text: 'Le DNS traduit les noms. Lisez [le guide](https://example.com/dns) pour les détails.' },
      { type: 'p', text: 'Un résolveur interroge les serveurs, puis il répond.' },
    ])
    const { texts, unaligned } = targetTexts('body', source, target, locales)
    expect(texts[asks?.id ?? '']).toBe('Un résolveur interroge les serveurs, puis il répond.')
    expect(texts[answers?.id ?? '']).toBe('')
    expect([...unaligned]).toEqual([asks?.id, answers?.id])
  })

  it('gives the sentences pre-translation wrote back to their segments, leaving the others empty', () => {
    const target = richText([
      { type: 'p', text: 'Le DNS traduit les noms. Lisez [le guide](https://example.com/dns) pour les détails.' },
      { type: 'p', text: 'Puis il répond.' },
    ])
    const { texts, unaligned } = targetTexts('body', source, target, locales, new Set([answers?.id ?? '']))
    expect(texts[asks?.id ?? '']).toBe('')
    expect(texts[answers?.id ?? '']).toBe('Puis il répond.')
    expect(unaligned.size).toBe(0)
    // Without the states saying so, the same draft is a block written differently.
    expect([...targetTexts('body', source, target, locales).unaligned]).toEqual([asks?.id, answers?.id])
  })

  it('has empty texts and nothing flagged for an empty draft', () => {
    const { texts, unaligned } = targetTexts('body', source, null, locales)
    expect(Object.values(texts)).toEqual(['', '', '', ''])
    expect(unaligned.size).toBe(0)
  })
})

describe('rows, tags and progress', () => {
  it('labels tags for their chips and knows which are placed', () => {
    const tags = editorTags(guide?.tags ?? [])
    expect(tags).toEqual([expect.objectContaining({ n: 1, pair: true, label: 'https://example.com/dns' })])
    expect(tagMarkup({ n: 1, pair: true }, 'x')).toBe('<1>x</1>')
    expect(tagMarkup({ n: 2, pair: false })).toBe('<2/>')
    expect(placedTags('a <1>b</1> <3/>')).toEqual(new Set([1, 3]))
  })

  it('reads stored states against the current source, and text written elsewhere as edited', () => {
    const segment = { id: 'body:x:0', hash: 'h' }
    expect(rowStatus({ 'body:x:0': { status: 'memory', sourceHash: 'h', score: 100 } }, segment, 'Bonjour')).toBe('memory')
    expect(rowStatus({ 'body:x:0': { status: 'confirmed', sourceHash: 'old' } }, segment, '')).toBe('new')
    expect(rowStatus({ 'body:x:0': { status: 'confirmed', sourceHash: 'old' } }, segment, 'Bonjour')).toBe('edited')
  })

  it('builds one row per segment with its matches and their word diff', () => {
    const rows = buildRows(
      body.segments,
      { texts: {}, unaligned: new Set() },
      { [names?.id ?? '']: { status: 'fuzzy', sourceHash: names?.hash ?? '', score: 88 } },
      (segment) =>
        segment.id === names?.id
          ? [{ score: 88, band: '85-94', source: 'Il DNS traduce i nomi propri.', target: 'Le DNS traduit les noms propres.' }]
          : [],
    )
    expect(rows).toHaveLength(4)
    expect(rows[0]).toMatchObject({ status: 'fuzzy', score: 88, target: '', unaligned: false })
    expect(rows[0]?.matches[0]?.diff).toEqual([
      { kind: 'equal', text: 'Il DNS traduce i ' },
      { kind: 'delete', text: 'nomi propri.' },
      { kind: 'insert', text: 'nomi.' },
    ])
    expect(rows[1]?.matches).toEqual([])
  })

  it('counts confirmed words over all words', () => {
    const rows: Pick<EditorRow, 'words' | 'status'>[] = [
      { words: 4, status: 'confirmed' },
      { words: 6, status: 'edited' },
    ]
    expect(progressOf(rows)).toEqual({ confirmedWords: 4, totalWords: 10, percent: 40 })
    expect(progressOf([])).toEqual({ confirmedWords: 0, totalWords: 0, percent: 100 })
  })

  it('does not confirm an empty segment or one with missing or extra tags', () => {
    const tags = guide?.tags ?? []
    expect(confirmProblems('  ', tags)).toEqual([{ kind: 'empty' }])
    expect(confirmProblems('Lisez le guide.', tags)).toEqual([{ kind: 'missing', tag: 1 }])
    expect(confirmProblems('Lisez <1>le guide</1> <2/>.', tags)).toEqual([{ kind: 'extra', tag: 2 }])
    expect(confirmProblems('Lisez <1>le guide</1>.', tags)).toEqual([])
  })
})

describe('planning a save', () => {
  const current = { [names?.id ?? '']: 'Le DNS traduit les noms.' }

  it('rebuilds the touched fields with the source’s markup and moves the states on', () => {
    const plan = planSave({
      fields: [body, segmentField('title', 'Che cos’è il DNS?', 'it')],
      current,
      states: { [names?.id ?? '']: { status: 'memory', sourceHash: names?.hash ?? '', score: 100 } },
      input: [
        { id: guide?.id ?? '', text: 'Lisez <1>le guide</1> pour les détails.', confirmed: true },
        { id: asks?.id ?? '', text: 'Un résolveur interroge les serveurs.', confirmed: false },
      ],
      matches: {},
    })
    if (!plan.ok) throw new Error('refused')
    expect(Object.keys(plan.values)).toEqual(['body'])
    const json = JSON.stringify(plan.values.body)
    expect(json).toContain('"text":"Le DNS traduit les noms. Lisez "')
    expect(json).toContain('"url":"https://example.com/dns"')
    // The empty last segment is left out (the space before it stays); the first keeps its memory state.
    expect(json).toContain('"text":"Un résolveur interroge les serveurs. ",')
    expect(plan.states).toEqual({
      [names?.id ?? '']: { status: 'memory', sourceHash: names?.hash, score: 100 },
      [guide?.id ?? '']: { status: 'confirmed', sourceHash: guide?.hash },
      [asks?.id ?? '']: { status: 'edited', sourceHash: asks?.hash },
    })
  })

  it('marks a text taken from a memory match with the match’s score', () => {
    const plan = planSave({
      fields: [body],
      current: {},
      states: {},
      input: [{ id: asks?.id ?? '', text: 'Un résolveur interroge les serveurs.', confirmed: false }],
      matches: { [asks?.id ?? '']: [{ score: 91, band: '85-94', source: 'x', target: 'Un résolveur interroge les serveurs.' }] },
    })
    expect(plan.ok && plan.states[asks?.id ?? '']).toEqual({ status: 'fuzzy', sourceHash: asks?.hash, score: 91 })
  })

  it('refuses every segment with wrong tags, and an empty confirmed one, and plans nothing', () => {
    const plan = planSave({
      fields: [body],
      current,
      states: {},
      input: [
        { id: guide?.id ?? '', text: 'Lisez le guide.', confirmed: false },
        { id: asks?.id ?? '', text: '', confirmed: true },
      ],
    })
    expect(plan).toEqual({
      ok: false,
      refusals: [
        { id: guide?.id, field: 'body', problems: [{ kind: 'missing', tag: 1 }] },
        { id: asks?.id, field: 'body', problems: [{ kind: 'empty' }] },
      ],
    })
  })

  it('names segment ids the source does not have', () => {
    expect(unknownSegments([body], [{ id: 'body:nope:0', text: 'x', confirmed: false }])).toEqual(['body:nope:0'])
  })
})
