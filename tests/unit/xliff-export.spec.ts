import { describe, expect, it } from 'vitest'

import { fixtureFields, job, richBody, segmentAll, xliffFile } from '../helpers/xliff'
import { parseXml } from '../helpers/xml'
import { exportXliff } from '@/xliff/export'
import { nmtoken, unitId } from '@/xliff/ids'
import { parseXliff } from '@/xliff/import'
import type { XliffFile, XliffVersion } from '@/xliff/types'
import { validateXliff } from '@/xliff/validate'

type XmlElement = ReturnType<typeof parseXml>

function all(node: XmlElement, name: string): XmlElement[] {
  return node.children.flatMap((child) => [...(child.name === name ? [child] : []), ...all(child, name)])
}

const context = { title: 'Gli stream in Node.js', publicUrl: 'https://example.org/it/articoli/gli-stream', topic: 'Node.js' }
const rich = segmentAll({ title: context.title, body: richBody, seoTitle: 'Stream in Node.js' })
const richFile = xliffFile(7, rich, context)

/** The first body unit with tags gets memory matches: a 100 % one, a fuzzy one, and one whose tags do not fit. */
function withMatches(file: XliffFile): XliffFile {
  const index = file.units.findIndex((unit) => unit.segments.length === 3)
  return {
    ...file,
    units: file.units.map((unit, i) =>
      i !== index
        ? unit
        : {
            ...unit,
            segments: unit.segments.map((segment, s) =>
              s === 0
                ? {
                    ...segment,
                    target: 'Un stream lit les données <1>par morceaux</1>, pas toutes à la fois.',
                    state: 'translated' as const,
                  }
                : s === 1
                  ? {
                      ...segment,
                      target: 'Avec <1/>, la mémoire reste <2>presque constante</2> <3/>.',
                      state: 'initial' as const,
                    }
                  : { ...segment, target: 'Voir le guide.', state: 'translated' as const },
            ),
          },
    ),
  }
}

describe('XLIFF 2.1 export', () => {
  const xml = exportXliff(job('2.1', [withMatches(richFile)]))
  const root = parseXml(xml)

  it('is valid against the OASIS core schema and the size restriction module', async () => {
    await expect(validateXliff(xml, '2.1')).resolves.toEqual({ valid: true })
  })

  it('writes the languages, one file per article, notes for the context, and length limits as slr:sizeRestriction', () => {
    expect(root.attributes).toMatchObject({
      version: '2.1',
      srcLang: 'it',
      trgLang: 'fr',
      'xmlns:slr': 'urn:oasis:names:tc:xliff:sizerestriction:2.0',
    })
    const [file] = all(root, 'file')
    expect(file?.attributes).toEqual({ id: '7', original: 'articles/7', canResegment: 'no' })
    expect(all(root, 'slr:profiles')[0]?.attributes).toEqual({ generalProfile: 'xliff:codepoints' })
    const fileNotes = file?.children.find((child) => child.name === 'notes')?.children ?? []
    expect(fileNotes.map((note) => [note.attributes.category, note.text])).toEqual([
      ['title', context.title],
      ['url', context.publicUrl],
      ['topic', 'Node.js'],
    ])
    const units = all(root, 'unit')
    expect(units.map((unit) => unit.attributes.id)).toEqual(richFile.units.map((unit) => unit.id))
    expect(units.at(-1)?.attributes).toEqual({ id: '7:seoTitle:0', name: 'seoTitle', 'slr:sizeRestriction': '70' })
    expect(all(units[0], 'note').map((note) => [note.attributes.category, note.text])).toEqual([['field', 'title']])
  })

  it('writes tags as <pc>/<ph> pointing at <originalData>, never as escaped markup or CDATA', () => {
    expect(xml).not.toContain('CDATA')
    expect(xml).not.toMatch(/<source>[^<]*&lt;(b|a |code)/)
    const unit = all(root, 'unit').find((candidate) => all(candidate, 'pc').length > 0)
    const data = Object.fromEntries(all(unit as XmlElement, 'data').map((entry) => [entry.attributes.id, entry.text]))
    expect(data).toMatchObject({
      d1: '<b>',
      d1e: '</b>',
      d2: '<code>fs.createReadStream</code>',
      d3: '<i>',
      d4: '[1]',
      d5: '<a href="https://nodejs.org/api/stream.html">',
      d5e: '</a>',
    })
    const pcs = all(unit as XmlElement, 'pc').map((pc) => pc.attributes)
    expect(pcs[0]).toEqual({
      id: '1',
      dataRefStart: 'd1',
      dataRefEnd: 'd1e',
      canCopy: 'no',
      canDelete: 'no',
      type: 'fmt',
      subType: 'xlf:b',
    })
    expect(pcs.find((pc) => pc.type === 'link')).toMatchObject({ id: '5', dataRefStart: 'd5' })
    const code = all(unit as XmlElement, 'ph').find((ph) => ph.attributes.dataRef === 'd2')
    expect(code?.attributes).toMatchObject({ type: 'other', equiv: 'fs.createReadStream', disp: 'fs.createReadStream' })
  })

  it('writes memory matches as targets: translated for 100 %, initial for fuzzy; a match whose tags do not fit is left out', () => {
    const segments = all(root, 'segment').filter((segment) => segment.attributes.state !== undefined)
    expect(segments.map((segment) => segment.attributes.state)).toEqual(['translated', 'initial'])
    expect(all(segments[0], 'target')).toHaveLength(1)
  })
})

describe('XLIFF 1.2 export', () => {
  const xml = exportXliff(job('1.2', [withMatches(richFile)]))
  const root = parseXml(xml)

  it('is valid against the OASIS 1.2 strict schema', async () => {
    await expect(validateXliff(xml, '1.2')).resolves.toEqual({ valid: true })
  })

  it('writes a group per unit, a trans-unit per sentence, <g>/<x/> with ctypes, maxwidth in characters', () => {
    const [file] = all(root, 'file')
    expect(file?.attributes).toEqual({
      original: 'articles/7',
      'source-language': 'it',
      'target-language': 'fr',
      datatype: 'x-lexical',
      'tool-id': 'dinogeek-cms',
    })
    expect(
      all(root, 'note')
        .slice(0, 3)
        .map((note) => note.text),
    ).toEqual([`title: ${context.title}`, `url: ${context.publicUrl}`, 'topic: Node.js'])
    expect(all(root, 'group').map((group) => group.attributes.id)).toEqual(richFile.units.map((unit) => unit.id))
    const seo = all(root, 'group').at(-1)
    expect(seo?.attributes).toEqual({ id: '7:seoTitle:0', resname: 'seoTitle', maxwidth: '70', 'size-unit': 'char' })
    expect(all(seo as XmlElement, 'trans-unit')[0]?.attributes).toMatchObject({ maxwidth: '70', 'size-unit': 'char' })
    const ctypes = new Set([...all(root, 'g'), ...all(root, 'x')].map((tag) => tag.attributes.ctype))
    expect([...ctypes].sort()).toEqual(['bold', 'italic', 'link', 'x-citation', 'x-code', 'x-format'])
    expect(all(root, 'x').find((tag) => tag.attributes.ctype === 'x-code')?.attributes['equiv-text']).toBe('fs.createReadStream')
  })

  it('writes a 100 % match as translated/exact-match and a fuzzy one as needs-translation/fuzzy-match', () => {
    expect(all(root, 'target').map((target) => [target.attributes.state, target.attributes['state-qualifier']])).toEqual([
      ['translated', 'exact-match'],
      ['needs-translation', 'fuzzy-match'],
    ])
  })
})

describe.each<XliffVersion>(['2.1', '1.2'])('XLIFF %s edge cases', (version) => {
  it('an article with nothing to translate, and several articles in one job, validate', async () => {
    const empty: XliffFile = { articleId: 'empty', units: [] }
    const fixture = xliffFile(12, segmentAll(fixtureFields))
    await expect(validateXliff(exportXliff(job(version, [empty, fixture])), version)).resolves.toEqual({ valid: true })
  })

  it('a character XML cannot hold survives in 2.1 as <cp>, is left out in 1.2; either way the file validates and reads back', async () => {
    const segmented = segmentAll({ title: 'Stream\u0007 in Node.js' })
    const exported = job(version, [xliffFile(3, segmented)])
    const xml = exportXliff(exported)
    expect(xml.includes('<cp hex="0007"/>')).toBe(version === '2.1')
    await expect(validateXliff(xml, version)).resolves.toEqual({ valid: true })
    const filled =
      version === '2.1'
        ? xml.replace('</source>', '</source><target>Stream<cp hex="0007"/> dans Node.js</target>')
        : xml.replace('</source>', '</source><target>Stream dans Node.js</target>')
    const result = parseXliff(filled, exported)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect([...(result.targets.get('3')?.values() ?? [])]).toEqual([
      version === '2.1' ? 'Stream\u0007 dans Node.js' : 'Stream dans Node.js',
    ])
  })

  it('the validator refuses what the schema forbids', async () => {
    const xml = exportXliff(job(version, [xliffFile(12, segmentAll(fixtureFields))]))
    const broken =
      version === '2.1'
        ? xml.replace('canResegment="no"', 'canResegment="maybe"')
        : xml.replace('datatype="x-lexical"', 'datatype="lexical"')
    const result = await validateXliff(broken, version)
    expect(result.valid).toBe(false)
    if (!result.valid) expect(result.errors[0]?.line).toBe(3)
  })
})

describe('ids', () => {
  it('are NMTOKENs: anything else becomes _', () => {
    expect(nmtoken('64f1c2/äb c')).toBe('64f1c2_äb_c')
    expect(unitId('64f1c2', 'seo.title', 0)).toBe('64f1c2:seo.title:0')
  })

  it('two articles whose ids the file could not tell apart are a programming error', () => {
    expect(() =>
      exportXliff(
        job('2.1', [
          { articleId: 'a/1', units: [] },
          { articleId: 'a 1', units: [] },
        ]),
      ),
    ).toThrow(/Two article ids/)
  })
})
