import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { fillTargets, fixtureFields, job, segmentAll, xliffFile } from '../helpers/xliff'
import { joinField } from '@/segments/field'
import { exportXliff } from '@/xliff/export'
import { parseXliff } from '@/xliff/import'
import type { XliffExpected, XliffProblem } from '@/xliff/types'

const fixture = (name: string) => readFileSync(path.resolve('tests/fixtures/xliff', name), 'utf8')

const segmented = segmentAll(fixtureFields)
const current = (version: '2.1' | '1.2'): XliffExpected => job(version, [xliffFile(12, segmented)])
/** The import does not need to know the version it exported: a tool may answer 2.0 to our 2.1. */
const anyVersion: XliffExpected = { ...current('2.1'), version: undefined }

const ids = {
  title: 'title:259aa3b312d6:0',
  heading: 'body:667db3abcd8f:0',
  bold: 'body:5b142c94e47e:0',
  link: 'body:dcfc544c24c6:0',
  last: 'body:dfe7fa77ae97:0',
  seoTitle: 'seoTitle:71f475032e9c:0',
}
const at = (unitId: string, segmentId?: string) => ({ articleId: '12', unitId, ...(segmentId ? { segmentId } : {}) })

function problemsOf(xml: string, expected: XliffExpected = anyVersion): XliffProblem[] {
  const result = parseXliff(xml, expected)
  if (result.ok) throw new Error('accepted')
  return result.problems
}

function rebuiltBody(targets: Map<string, string> | undefined): string {
  const body = segmented.find((field) => field.field === 'body')
  if (!body) throw new Error('no body')
  const joined = joinField(body, Object.fromEntries(targets ?? []))
  if (!joined.ok) throw new Error(JSON.stringify(joined.problems))
  return JSON.stringify(joined.value)
}

describe('files in the shapes tools write', () => {
  it('memoQ-style 1.2 with <bpt>/<ept> and <ph>, moved tags, fr-FR and a non-breaking space: accepted', () => {
    const result = parseXliff(fixture('memoq-1.2.xlf'), current('1.2'))
    if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2))
    expect(result.version).toBe('1.2')
    expect(Object.fromEntries(result.targets.get('12') ?? [])).toEqual({
      [ids.title]: 'Les streams dans Node.js',
      [ids.heading]: 'Pourquoi utiliser les streams',
      [ids.bold]: 'Un stream lit les données <1>par morceaux</1>.',
      [ids.link]: 'Consultez le <1>guide officiel</1> pour les détails.',
      [ids.last]: 'Avec <3/>, le module est <2>sûr</2> et <1>rapide</1>\u00a0!',
      [ids.seoTitle]: 'Les streams dans Node.js',
    })
    const body = rebuiltBody(result.targets.get('12'))
    expect(body).toContain('"format":1,"mode":"normal","style":"","text":"rapide"')
    expect(body).toContain('"format":2,"mode":"normal","style":"","text":"sûr"')
    expect(body).toContain('"format":16,"mode":"normal","style":"","text":"pipe()"')
  })

  it('Okapi/Crowdin-style 2.0 with <pc>, <sc>/<ec>, ignorables and a term <mrk>: accepted', () => {
    const result = parseXliff(fixture('okapi-2.0.xlf'), anyVersion)
    if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2))
    expect(result.version).toBe('2.0')
    expect(Object.fromEntries(result.targets.get('12') ?? [])).toEqual({
      [ids.title]: 'Les streams dans Node.js',
      [ids.heading]: 'Pourquoi utiliser les streams',
      [ids.bold]: 'Un stream lit les données <1>par morceaux</1>.',
      [ids.link]: 'Consultez le <1>guide officiel</1> pour les détails.',
      [ids.last]: 'Le module est <1>rapide</1> et <2>sûr</2> avec <3/>.',
      [ids.seoTitle]: 'Les streams dans Node.js',
    })
    expect(rebuiltBody(result.targets.get('12'))).toContain('"url":"https://nodejs.org/api/stream.html"')
  })

  it('our own 2.1 export, filled in, is accepted; a 1.2 file is refused when the task went out as 2.1', () => {
    expect(parseXliff(fixture('okapi-2.0.xlf'), current('2.1')).ok).toBe(true)
    expect(problemsOf(fixture('memoq-1.2.xlf'), current('2.1'))).toEqual([
      { problem: 'version', detail: { found: '1.2', expected: '2.1' } },
    ])
  })
})

describe('files refused, with the report', () => {
  it('tags moved where order matters (1.2): a closing tag first, pairs crossing', () => {
    expect(problemsOf(fixture('reordered-tags-1.2.xlf'))).toEqual([
      { problem: 'tagUnbalanced', ...at('12:body:1', ids.link), detail: { tag: '1' } },
      { problem: 'tagUnclosed', ...at('12:body:1', ids.link), detail: { tag: '1' } },
      { problem: 'tagUnbalanced', ...at('12:body:2', ids.last), detail: { tag: '1' } },
      { problem: 'tagUnclosed', ...at('12:body:2', ids.last), detail: { tag: '1' } },
    ])
  })

  it('tags nested where the markup cannot follow (2.1): italic inside bold; the moved link is fine', () => {
    expect(problemsOf(fixture('reordered-tags-2.1.xlf'))).toEqual([
      { problem: 'tagMisplaced', ...at('12:body:2', ids.last), detail: { tag: '2' } },
    ])
  })

  it('missing units and segments', () => {
    expect(problemsOf(fixture('missing-units.xlf'))).toEqual([
      { problem: 'missingSegment', ...at('12:body:1', ids.link), detail: {} },
      { problem: 'missingUnit', ...at('12:seoTitle:0'), detail: {} },
    ])
  })

  it('the wrong target language, and nothing else read', () => {
    expect(problemsOf(fixture('wrong-language.xlf'))).toEqual([
      { problem: 'targetLanguage', detail: { found: 'de-DE', expected: 'fr' } },
    ])
  })

  it('a source changed since the export: a sentence rewritten (new id) and a source edited in the tool', () => {
    expect(problemsOf(fixture('changed-source-1.2.xlf'))).toEqual([
      {
        problem: 'sourceChanged',
        ...at('12:title:0', ids.title),
        detail: { expected: 'Gli stream in Node.js', found: 'Gli stream di Node.js' },
      },
      {
        problem: 'sourceChanged',
        ...at('12:body:1', ids.link),
        detail: { expected: 'Vedi la <1>guida ufficiale</1> per i dettagli.', found: 'Leggi la guida ufficiale.' },
      },
    ])
  })

  it('unknown ids, a tag not in the source, a dropped link, doubled code, empty and missing targets', () => {
    expect(problemsOf(fixture('unknown-ids-and-empty-targets.xlf'))).toEqual([
      { problem: 'unknownUnit', articleId: '12', unitId: '12:body:9', detail: {} },
      { problem: 'emptyTarget', ...at('12:title:0', ids.title), detail: {} },
      { problem: 'unknownSegment', ...at('12:body:1', 'body:111111111111:0'), detail: {} },
      { problem: 'tagUnknown', ...at('12:body:1', ids.bold), detail: { tag: '9' } },
      { problem: 'tagMissing', ...at('12:body:1', ids.link), detail: { tag: '2' } },
      { problem: 'tagDuplicate', ...at('12:body:2', ids.last), detail: { tag: '3' } },
      { problem: 'emptyTarget', ...at('12:seoTitle:0', ids.seoTitle), detail: {} },
    ])
  })

  it('a pair written as a standalone tag, an isolated 1.2 tag, a doubled segment', () => {
    const exported = job('2.1', [xliffFile(12, segmented)])
    const filled = fillTargets(
      exportXliff(exported),
      (value) => value,
      (children, id) =>
        id === ids.bold ? children.map((child) => ('pc' in child ? { ph: [], ':@': child[':@'] } : child)) : children,
    )
    expect(problemsOf(filled, exported)).toEqual([
      { problem: 'tagWrongKind', ...at('12:body:1', ids.bold), detail: { tag: '1' } },
    ])

    const ours12 = job('1.2', [xliffFile(12, segmented)])
    const isolated = fillTargets(
      exportXliff(ours12),
      (value) => value,
      (children, id) =>
        id === ids.bold ? [...children, { it: [{ '#text': '<b>' }], ':@': { id: '7', pos: 'open' } }] : children,
    )
    const doubled = isolated.replace(/(<trans-unit id="body:dcfc544c24c6:0">[\s\S]*?<\/trans-unit>)/, '$1$1')
    expect(problemsOf(doubled, ours12)).toEqual([
      { problem: 'duplicateSegment', ...at('12:body:1', ids.link), detail: {} },
      { problem: 'unknownElement', ...at('12:body:1', ids.bold), detail: { element: 'it' } },
    ])
  })

  it('malformed XML, with line and column', () => {
    expect(problemsOf(fixture('malformed.xlf'))).toEqual([
      {
        problem: 'notXml',
        detail: { line: 14, column: 46, message: expect.stringContaining("Expected closing tag 'target'") },
      },
    ])
  })

  it('an HTML entity, which XML does not know (a character reference is fine)', () => {
    const xml = fixture('okapi-2.0.xlf').replace('Les streams dans Node.js</target>', 'Les streams dans&nbsp;Node.js</target>')
    expect(problemsOf(xml)).toEqual([
      { problem: 'notXml', detail: { line: 11, column: 33, message: '"&nbsp;" is not an XML entity' } },
    ])
  })

  it('a version we never wrote', () => {
    expect(problemsOf(fixture('version-3.0.xlf'))).toEqual([{ problem: 'version', detail: { found: '3.0' } }])
  })

  it('not XLIFF, a DOCTYPE, another namespace, the wrong source language, another article', () => {
    const ours = exportXliff(job('2.1', [xliffFile(12, segmented)]))
    expect(problemsOf('<?xml version="1.0"?><tmx version="1.4"/>')).toEqual([{ problem: 'notXliff', detail: { found: 'tmx' } }])
    expect(problemsOf(ours.replace('<xliff', '<!DOCTYPE xliff [<!ENTITY a "aaaa">]>\n<xliff'))).toEqual([
      { problem: 'doctype', detail: {} },
    ])
    expect(problemsOf(ours.replace('urn:oasis:names:tc:xliff:document:2.0', 'urn:example'))).toEqual([
      { problem: 'notXliff', detail: { found: 'urn:example' } },
    ])
    expect(problemsOf(ours.replace('srcLang="it"', 'srcLang="en"'))).toEqual([
      { problem: 'sourceLanguage', detail: { found: 'en', expected: 'it' } },
    ])
    expect(problemsOf(ours.replace('<file id="12"', '<file id="13"'))).toEqual([
      { problem: 'unknownFile', detail: { file: '13' } },
      { problem: 'missingFile', articleId: '12', detail: {} },
    ])
  })

  it('an untouched export: every target is missing', () => {
    const problems = problemsOf(exportXliff(job('1.2', [xliffFile(12, segmented)])))
    expect(problems.map((problem) => [problem.problem, problem.segmentId])).toEqual(
      Object.values(ids).map((id) => ['emptyTarget', id]),
    )
  })
})
