import { describe, expect, it } from 'vitest'

import { richText } from '@/richtext/build'
import { segmentField } from '@/segments/field'
import { markupOf } from '@/tmx/inline'
import { readTmx, type TmxRead } from '@/tmx/read'
import type { TmxUnit } from '@/tmx/units'
import { tmxDate, writeTmx } from '@/tmx/write'

const limits = { maxUnits: 100, maxSegment: 500, maxProblems: 10 }
const pair = { from: 'it', to: 'fr' }
const hash = 'a'.repeat(64)

const units: TmxUnit[] = [
  {
    tuid: '1',
    source: 'Il DNS traduce <1>nomi</1> in indirizzi &lt;IP> &amp; porte.',
    target: 'Le DNS traduit des <1>noms</1> en adresses &lt;IP> &amp; ports.',
    article: '7',
    field: 'body',
    approvedAt: '2026-11-30T10:15:00.000Z',
    before: null,
    after: hash,
  },
  {
    tuid: '2',
    source: 'Usa <1><2>fetch</2></1> e <3/> oppure <4/>.',
    target: 'Utilisez <4/> ou <1><2>fetch</2></1> et <3/>.',
    field: 'summary',
  },
]

function tmx(body: string, header = '<header srclang="it" segtype="sentence"/>', version = '1.4'): string {
  return `<?xml version="1.0"?><tmx version="${version}">${header}<body>${body}</body></tmx>`
}

function tu(it: string, fr: string, attributes = ''): string {
  return `<tu${attributes}><tuv xml:lang="it"><seg>${it}</seg></tuv><tuv xml:lang="fr-FR"><seg>${fr}</seg></tuv></tu>`
}

function problemsOf(read: TmxRead) {
  return read.ok ? [] : read.problems.map(({ code, unit, tuid }) => ({ code, unit, tuid }))
}

describe('TMX export', () => {
  it('writes a 1.4b header and one tu per pair, tags as bpt/ept/ph with their markup', () => {
    const xml = writeTmx({
      from: 'it',
      to: 'fr',
      now: new Date('2026-12-02T06:00:00Z'),
      units: [{ ...units[0], markup: (n) => (n === 1 ? { type: 'bold', code: '{"format":1}' } : undefined) }],
    })
    expect(xml).toContain('<tmx version="1.4"><header creationtool="DinoGeek CMS" creationtoolversion="1" segtype="sentence"')
    expect(xml).toContain('srclang="it" datatype="x-lexical" creationdate="20261202T060000Z"/>')
    expect(xml).toContain('<tu tuid="1" creationdate="20261130T101500Z"><prop type="x-article">7</prop>')
    expect(xml).toContain('<prop type="x-context-before">none</prop>')
    expect(xml).toContain(
      '<tuv xml:lang="it"><seg>Il DNS traduce <bpt i="1" x="1" type="bold">{&quot;format&quot;:1}</bpt>nomi<ept i="1"/> in indirizzi &lt;IP&gt; &amp; porte.</seg></tuv>',
    )
    expect(tmxDate(new Date('2026-01-02T03:04:05.678Z'))).toBe('20260102T030405Z')
  })

  it('names each kind of tag the way TMX does, with the node as its markup', () => {
    const value = richText([{ type: 'p', text: 'Un [link](https://example.com) e `codice` [2].' }])
    const paragraph = value.root.children[0]
    const bold = { type: 'text', text: 'grassetto', format: 1, detail: 0, mode: 'normal', style: '', version: 1 }
    if (paragraph && Array.isArray(paragraph.children)) paragraph.children.unshift(bold)
    const tags = segmentField('body', value, 'it').segments[0]?.tags ?? []
    expect(tags.map((tag) => markupOf(tag).type)).toEqual(['bold', 'link', 'x-code', 'x-citation'])
    expect(JSON.parse(markupOf(tags[1]).code)).toMatchObject({ type: 'link' })
  })
})

describe('TMX import', () => {
  it('reads back exactly what it wrote (texts, tags, entities, properties, context)', () => {
    const xml = writeTmx({ from: 'it', to: 'fr', units, now: new Date() })
    expect(readTmx(xml, pair, limits)).toEqual({ ok: true, units })
  })

  it('numbers tags in source order and matches them across languages by x, or by i and rank', () => {
    const read = readTmx(
      tmx(
        tu(
          'A <bpt i="7" x="40">b</bpt>c<ept i="7"/> <ph>d</ph> <ph>e</ph>',
          '<ph>d</ph> <bpt i="2" x="40"/>C<ept i="2"/> <ph>e</ph>',
        ),
      ),
      pair,
      limits,
    )
    expect(read.ok && read.units.map(({ source, target }) => [source, target])).toEqual([
      ['A <1>c</1> <2/> <3/>', '<2/> <1>C</1> <3/>'],
    ])
  })

  it('rejects what is not a TMX 1.4 file for the pair, naming the problem', () => {
    expect(problemsOf(readTmx('<tmx><body>', pair, limits))).toEqual([{ code: 'notXml', unit: undefined, tuid: undefined }])
    expect(problemsOf(readTmx('plain text', pair, limits))[0]?.code).toBe('notXml')
    expect(problemsOf(readTmx('<xliff version="1.2"/>', pair, limits))[0]?.code).toBe('notTmx')
    expect(problemsOf(readTmx(tmx(tu('a', 'b'), undefined, '1.1'), pair, limits))[0]?.code).toBe('version')
    expect(problemsOf(readTmx(tmx(tu('a', 'b'), '<header srclang="en"/>'), pair, limits))[0]?.code).toBe('srclang')
    expect(problemsOf(readTmx(tmx(tu('a', 'b'), ''), pair, limits))[0]?.code).toBe('noHeader')
    expect(problemsOf(readTmx(tmx(''), pair, limits))[0]?.code).toBe('noUnits')
    expect(problemsOf(readTmx(tmx(tu('a', 'b').repeat(101)), pair, limits))[0]?.code).toBe('tooManyUnits')
  })

  it('reports every bad unit with its index and tuid, and returns no unit at all', () => {
    const body = [
      tu('fine', 'bien'),
      tu('<bpt i="1"/>open', '<bpt i="1"/>ouvert<ept i="1"/>', ' tuid="u2"'),
      '<tu tuid="u3"><tuv xml:lang="it"><seg>solo</seg></tuv></tu>',
      tu('a<it pos="begin"/>b', 'a b'),
      tu('<ph x="1"/>a', '<ph x="2"/>a'),
      tu('<bpt i="1"/>a<ept i="1"/>', 'a'),
      tu('  ', 'vide'),
      tu('x'.repeat(501), 'y'),
      tu('<bpt i="1"/>a<ept i="2"/>', 'a'),
    ].join('')
    const read = readTmx(tmx(body), pair, limits)
    expect(read.ok).toBe(false)
    expect(problemsOf(read)).toEqual([
      { code: 'unbalanced', unit: 2, tuid: 'u2' },
      { code: 'missingLanguage', unit: 3, tuid: 'u3' },
      { code: 'unknownElement', unit: 4, tuid: undefined },
      { code: 'tagNotInSource', unit: 5, tuid: undefined },
      { code: 'tagMismatch', unit: 6, tuid: undefined },
      { code: 'emptySeg', unit: 7, tuid: undefined },
      { code: 'segTooLong', unit: 8, tuid: undefined },
      { code: 'unbalanced', unit: 9, tuid: undefined },
    ])
    expect(!read.ok && read.problems[1]?.details).toEqual({ lang: 'fr' })
  })

  it('ignores other languages of a multilingual unit, but not a language given twice', () => {
    const three =
      '<tu><tuv xml:lang="en"><seg>one</seg></tuv><tuv xml:lang="it"><seg>uno</seg></tuv><tuv xml:lang="fr"><seg>un</seg></tuv></tu>'
    expect(readTmx(tmx(three), pair, limits)).toMatchObject({ ok: true, units: [{ source: 'uno', target: 'un' }] })
    const twice =
      '<tu><tuv xml:lang="it"><seg>uno</seg></tuv><tuv xml:lang="fr"><seg>un</seg></tuv><tuv xml:lang="fr"><seg>une</seg></tuv></tu>'
    expect(problemsOf(readTmx(tmx(twice), pair, limits))[0]?.code).toBe('duplicateLanguage')
  })

  it('does not expand the entities of a DOCTYPE (no entity bomb) and refuses deep nesting', () => {
    const entities = ['<!ENTITY a0 "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx">']
    for (let i = 1; i < 10; i += 1) entities.push(`<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`)
    const bomb = tmx(tu('&a9;', 'b')).replace('<tmx', `<!DOCTYPE tmx [${entities.join('')}]><tmx`)
    const read = readTmx(bomb, pair, limits)
    expect(read.ok && read.units[0]?.source).toBe('&amp;a9;')
    const deep = tmx(tu(`${'<bpt i="1"><sub>'.repeat(200)}${'</sub></bpt>'.repeat(200)}a`, 'a'))
    expect(readTmx(deep, pair, limits).ok).toBe(false)
  })
})
