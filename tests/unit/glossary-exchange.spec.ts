import { describe, expect, it } from 'vitest'

import { locales, sourceLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/messages'
import type { ExchangeConcept } from '@/glossary/exchange/concept'
import { contentTypeOf, outcomeOf } from '@/admin/components/glossaryTransferOutcome'
import { readCsv } from '@/glossary/exchange/csvRead'
import { writeCsv } from '@/glossary/exchange/csvWrite'
import { formatOfMediaType, formatOfName, formatOfText } from '@/glossary/exchange/format'
import type { ExchangeProblem, ExchangeProblemCode } from '@/glossary/exchange/problems'
import { readGlossaryFile } from '@/glossary/exchange/read'
import type { ExchangeRead } from '@/glossary/exchange/readResult'
import { readTbx } from '@/glossary/exchange/tbxRead'
import { writeTbx, type ExportConcept } from '@/glossary/exchange/tbxWrite'
import { seedCommonTerms, topicConcepts } from '@/seed/data/glossary'
import { seedTopics } from '@/seed/data/topics'

const limits = { maxConcepts: 200, maxProblems: 20 }

const concepts: ExportConcept[] = [
  {
    id: 'glossary-1',
    terms: [
      { locale: 'it', text: 'crittografia', status: 'preferred' },
      { locale: 'fr', text: 'chiffrement', status: 'preferred' },
      { locale: 'fr', text: 'cryptage', status: 'forbidden' },
      { locale: 'en', text: 'encryption', status: 'preferred' },
      { locale: 'it', text: 'cifratura', status: 'allowed' },
    ],
    doNotTranslate: false,
    caseSensitive: false,
    note: 'Mai «criptazione».\nVedi anche "cifrario" & <chiave>.',
    topic: 'sicurezza',
  },
  {
    id: 'glossary-2',
    terms: [{ locale: 'it', text: 'NodeJS', status: 'preferred' }],
    doNotTranslate: true,
    caseSensitive: true,
    note: '',
    topic: '',
  },
  {
    id: 'glossary-3',
    terms: [
      { locale: 'it', text: '@media', status: 'preferred' },
      { locale: 'en', text: '=SUM', status: 'allowed' },
    ],
    doNotTranslate: false,
    caseSensitive: false,
    note: '',
    topic: '',
  },
]

/** What a read gives back, in the exporter's shape (terms grouped by language, as written). */
function grouped(concept: ExportConcept) {
  return {
    terms: locales.flatMap((locale) => concept.terms.filter((term) => term.locale === locale)),
    doNotTranslate: concept.doNotTranslate,
    caseSensitive: concept.caseSensitive,
    note: concept.note,
    topic: concept.topic,
  }
}

function comparable(concept: ExchangeConcept) {
  const { terms, doNotTranslate, caseSensitive, note, topic } = concept
  return { terms, doNotTranslate, caseSensitive, note, topic }
}

function problemsOf(read: ExchangeRead): ExchangeProblem[] {
  if (read.ok) throw new Error('expected a refusal')
  return read.problems
}

const tbx = writeTbx({ concepts, language: sourceLocale, locales, title: 'Glossary' })

function tbxWith(body: string, root = '<tbx type="TBX-Basic" style="dca" xml:lang="it" xmlns="urn:iso:std:iso:30042:ed-2">') {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n<text>\n<body>\n${body}\n</body>\n</text>\n</tbx>\n`
}

const entry = (inner: string, id = 'c1') => `<conceptEntry id="${id}">${inner}</conceptEntry>`
const lang = (code: string, inner: string) => `<langSec xml:lang="${code}">${inner}</langSec>`
const term = (text: string, status = 'preferredTerm-admn-sts') =>
  `<termSec><term>${text}</term><termNote type="administrativeStatus">${status}</termNote></termSec>`

describe('TBX', () => {
  it('writes TBX-Basic (ISO 30042:2019) with statuses, topic, note and flags', () => {
    expect(tbx).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="it" xmlns="urn:iso:std:iso:30042:ed-2">')
    expect(tbx).toContain('<conceptEntry id="glossary-1">')
    expect(tbx).toContain('<descrip type="subjectField">sicurezza</descrip>')
    expect(tbx).toContain('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>')
    expect(tbx).toContain('<termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>')
    expect(tbx).toContain('<note>dinogeek:doNotTranslate</note>')
    expect(tbx).toContain('&lt;chiave&gt;')
    // One langSec per language, in the site's order.
    expect(tbx.indexOf('<langSec xml:lang="it">')).toBeLessThan(tbx.indexOf('<langSec xml:lang="fr">'))
    expect(tbx.match(/<langSec xml:lang="it">/g)).toHaveLength(3)
  })

  it('reads back what it wrote', () => {
    const read = readTbx(tbx, limits)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.concepts.map(comparable)).toEqual(concepts.map(grouped))
    expect(read.concepts[1]?.where).toMatchObject({ kind: 'concept', index: 2, id: 'glossary-2' })
    expect(read.concepts[0]?.where.kind === 'concept' && read.concepts[0].where.line).toBeGreaterThan(5)
  })

  it('reads the older TBX v2 martif shape, with tig and ntig, and a definition as the note', () => {
    const martif = `<?xml version="1.0"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="it">
  <martifHeader><fileDesc><sourceDesc><p>memoQ</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="t1">
      <descripGrp><descrip type="subjectField">Reti</descrip></descripGrp>
      <langSet xml:lang="it-IT">
        <descrip type="definition">Dispositivo che instrada.</descrip>
        <tig><term>router</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
      </langSet>
      <langSet xml:lang="fr-FR">
        <ntig><termGrp><term>routeur</term></termGrp></ntig>
      </langSet>
    </termEntry>
  </body></text>
</martif>`
    const read = readTbx(martif, limits)
    expect(read.ok && read.concepts.map(comparable)).toEqual([
      {
        terms: [
          { locale: 'it', text: 'router', status: 'preferred' },
          { locale: 'fr', text: 'routeur', status: 'preferred' },
        ],
        doNotTranslate: false,
        caseSensitive: false,
        note: 'Dispositivo che instrada.',
        topic: 'Reti',
      },
    ])
  })

  it('reads a byte-order mark and inline markup in a term', () => {
    const read = readGlossaryFile(
      new TextEncoder().encode(`\uFEFF${tbxWith(entry(lang('it', '<termSec><term>ser<hi>ver</hi></term></termSec>')))}`),
      'tbx',
      limits,
    )
    expect(read.ok && read.concepts[0]?.terms).toEqual([{ locale: 'it', text: 'server', status: 'preferred' }])
  })

  it('refuses XML that is not well-formed, with line and column', () => {
    const [problem] = problemsOf(readTbx('<tbx>\n<text>\n<body></text></tbx>', limits))
    expect(problem).toMatchObject({ code: 'notXml', where: { kind: 'file' }, details: { line: 3 } })
    expect(problem?.details.column).toEqual(expect.any(Number))
  })

  it.each([
    ['another root', '<?xml version="1.0"?><tmx version="1.4"><body/></tmx>', 'notTbx'],
    ['no body', '<tbx type="TBX-Basic"><tbxHeader/></tbx>', 'noBody'],
    ['no concepts', tbxWith(''), 'noConcepts'],
  ])('refuses a file with %s', (_label, xml, code) => {
    expect(problemsOf(readTbx(xml, limits))[0]?.code).toBe(code)
  })

  it('refuses a file with more concepts than allowed', () => {
    const many = Array.from({ length: 3 }, (_, i) => entry(lang('it', term(`t${i}`)), `c${i}`)).join('')
    expect(problemsOf(readTbx(tbxWith(many), { maxConcepts: 2, maxProblems: 5 }))[0]?.code).toBe('tooManyConcepts')
  })

  it.each([
    ['an unknown language', entry(lang('it', term('server')) + lang('xx', term('serveur'))), 'unknownLanguage', { lang: 'xx' }],
    ['a langSec without language', entry('<langSec>' + term('server') + '</langSec>'), 'noLanguage', {}],
    [
      'a termSec without term',
      entry(lang('it', '<termSec><termNote type="administrativeStatus">x</termNote></termSec>')),
      'noTerm',
      {},
    ],
    ['an empty term', entry(lang('it', term('server')) + lang('fr', term('  '))), 'emptyTerm', { lang: 'fr' }],
    ['a term too long', entry(lang('it', term('a'.repeat(201)))), 'termTooLong', { max: 200 }],
    ['an unknown status', entry(lang('it', term('server', 'recommended'))), 'unknownStatus', { found: 'recommended' }],
    ['a term twice', entry(lang('it', term('server') + term('Server', 'admittedTerm-admn-sts'))), 'duplicateTerm', {}],
    ['no usable Italian term', entry(lang('it', term('server', 'deprecatedTerm-admn-sts'))), 'needsSourceTerm', {}],
    ['a note too long', entry(`<note>${'n'.repeat(2001)}</note>` + lang('it', term('server'))), 'noteTooLong', {}],
    [
      'two topics',
      entry('<descrip type="subjectField">dns</descrip><descrip type="subjectField">web</descrip>' + lang('it', term('x'))),
      'tooManyTopics',
      {},
    ],
  ])('refuses a concept with %s, naming the conceptEntry and its line', (_label, body, code, details) => {
    const [problem] = problemsOf(readTbx(tbxWith(body), limits))
    expect(problem).toMatchObject({ code, where: { kind: 'concept', index: 1, id: 'c1', line: 5 }, details })
  })

  it('refuses too many terms in a concept', () => {
    const terms = Array.from({ length: 31 }, (_, i) => term(`t${i}`)).join('')
    expect(problemsOf(readTbx(tbxWith(entry(lang('it', terms))), limits))[0]?.code).toBe('tooManyTerms')
  })

  it('refuses two concepts with one id or one Italian term, naming both', () => {
    const body = [
      entry(lang('it', term('server')), 'a'),
      entry(lang('it', term('client')), 'a'),
      entry(lang('it', term('SERVER')), 'b'),
    ]
    const problems = problemsOf(readTbx(tbxWith(body.join('\n')), limits))
    expect(problems).toEqual([
      { code: 'duplicateId', where: { kind: 'concept', index: 2, id: 'a', line: 6 }, details: { id: 'a' } },
      {
        code: 'duplicateConcept',
        where: { kind: 'concept', index: 3, id: 'b', line: 7 },
        details: { term: 'SERVER', otherKind: 'concept', otherAt: 'a' },
      },
    ])
  })

  it('lists every problem, up to the limit, and counts them all', () => {
    const body = Array.from({ length: 5 }, (_, i) => entry(lang('zz', term(`t${i}`)), `c${i}`)).join('')
    const read = readTbx(tbxWith(body), { maxConcepts: 10, maxProblems: 3 })
    expect(read.ok === false && [read.problems.length, read.total]).toEqual([3, 5])
  })

  it('does not expand a DOCTYPE entity', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>${tbxWith(entry(lang('it', term('&b;')))).replace(/^<\?xml[^>]*>\n/, '')}`
    const read = readTbx(xml, limits)
    expect(read.ok && read.concepts[0]?.terms[0]?.text).not.toContain('aaaaaaaaaa')
  })
})

describe('CSV', () => {
  const csv = writeCsv({ concepts, locales })

  it('writes a header, quoted UTF-8 fields with a byte-order mark, CRLF, a pair of columns per term', () => {
    expect(csv.startsWith('\uFEFF"it","it_status","it","it_status","fr","fr_status","fr","fr_status","en","en_status",')).toBe(
      true,
    )
    expect(csv.split('\r\n')[0]).toMatch(/"doNotTranslate","caseSensitive","note","topic"$/)
    expect(csv).toContain('"crittografia","preferred","cifratura","allowed","chiffrement","preferred","cryptage","forbidden"')
    expect(csv).toContain('"Mai «criptazione».\nVedi anche ""cifrario"" & <chiave>."')
    // Spreadsheets would run these as formulas.
    expect(csv).toContain(`"'@media"`)
    expect(csv).toContain(`"'=SUM"`)
  })

  it('reads back what it wrote', () => {
    const read = readCsv(csv, limits)
    expect(read.ok && read.concepts.map(comparable)).toEqual(concepts.map(grouped))
    expect(read.ok && read.concepts.map((concept) => concept.where)).toEqual([
      { kind: 'line', line: 2 },
      { kind: 'line', line: 4 },
      { kind: 'line', line: 5 },
    ])
  })

  it('reads a spreadsheet’s semicolons, loose headers, yes/no flags and empty statuses', () => {
    const text =
      'IT;FR;FR Status;Do not translate;Case sensitive;Topic\nrete;réseau;;yes;no;\n;;;;;\n"pare-feu";"pare-feu";allowed;x;;dns\n'
    const read = readCsv(text, limits)
    expect(read.ok && read.concepts.map(comparable)).toEqual([
      {
        terms: [
          { locale: 'it', text: 'rete', status: 'preferred' },
          { locale: 'fr', text: 'réseau', status: 'preferred' },
        ],
        doNotTranslate: true,
        caseSensitive: false,
        note: '',
        topic: '',
      },
      {
        terms: [
          { locale: 'it', text: 'pare-feu', status: 'preferred' },
          { locale: 'fr', text: 'pare-feu', status: 'allowed' },
        ],
        doNotTranslate: true,
        caseSensitive: false,
        note: '',
        topic: 'dns',
      },
    ])
    expect(read.ok && read.concepts[1]?.where).toEqual({ kind: 'line', line: 4 })
  })

  it.each([
    ['a broken quote', 'it,fr\n"rete,réseau\n', 'notCsv', { kind: 'file' }, { line: 2 }],
    ['no header', '\n\n', 'noHeader', { kind: 'file' }, {}],
    ['an unknown column', 'it,colour\nrete,blu\n', 'unknownColumn', { kind: 'line', line: 1 }, { name: 'colour' }],
    ['an unknown language column', 'it,de\nrete,Netz\n', 'unknownLanguage', { kind: 'line', line: 1 }, { lang: 'de' }],
    ['a column twice', 'it,note,Note\nrete,a,b\n', 'duplicateColumn', { kind: 'line', line: 1 }, { name: 'note' }],
    [
      'a status before its term',
      'fr_status,it,fr\nallowed,rete,réseau\n',
      'statusWithoutTermColumn',
      { kind: 'line', line: 1 },
      {},
    ],
    ['no term column', 'note,topic\na,b\n', 'noTermColumn', { kind: 'line', line: 1 }, {}],
    ['only a header', 'it,fr\n', 'noConcepts', { kind: 'file' }, {}],
    ['extra cells', 'it,fr\nrete,réseau,x\n', 'extraCells', { kind: 'line', line: 2 }, { count: 2 }],
    [
      'a status without its term',
      'it,fr,fr_status\nrete,,allowed\n',
      'statusWithoutTerm',
      { kind: 'line', line: 2 },
      { lang: 'fr' },
    ],
    ['a bad flag', 'it,doNotTranslate\nrete,maybe\n', 'badFlag', { kind: 'line', line: 2 }, { found: 'maybe' }],
    ['an unknown status', 'it,it_status\nrete,deprecated\n', 'unknownStatus', { kind: 'line', line: 2 }, { found: 'deprecated' }],
    ['no Italian term', 'it,fr\n,réseau\n', 'needsSourceTerm', { kind: 'line', line: 2 }, {}],
    ['a term twice', 'it,it\nrete,Rete\n', 'duplicateTerm', { kind: 'line', line: 2 }, {}],
    [
      'one concept twice',
      'it,fr\nrete,réseau\n"a\nb",c\nRete,réseau\n',
      'duplicateConcept',
      { kind: 'line', line: 5 },
      { otherAt: 2 },
    ],
  ])('refuses %s, naming the line', (_label, text, code, where, details) => {
    const [problem] = problemsOf(readCsv(text, limits))
    expect(problem).toMatchObject({ code, where, details })
  })

  it('refuses bytes that are not UTF-8', () => {
    const latin1 = Uint8Array.from([0x69, 0x74, 0x0a, 0x72, 0xe9, 0x73, 0x65, 0x61, 0x75, 0x0a])
    expect(problemsOf(readGlossaryFile(latin1, 'csv', limits))[0]?.code).toBe('notUtf8')
  })
})

describe("the seed's glossary", () => {
  const seed: ExportConcept[] = [...topicConcepts(seedTopics), ...seedCommonTerms].map((concept, index) => ({
    id: `glossary-${index + 1}`,
    terms: concept.terms,
    doNotTranslate: concept.doNotTranslate,
    caseSensitive: concept.caseSensitive,
    note: concept.note ?? '',
    topic: '',
  }))

  it.each([
    ['TBX', () => readTbx(writeTbx({ concepts: seed, language: sourceLocale, locales, title: 'Seed' }), limits)],
    ['CSV', () => readCsv(writeCsv({ concepts: seed, locales }), limits)],
  ])('goes through %s unchanged', (_format, roundTrip) => {
    const read = roundTrip()
    expect(read.ok && read.concepts.map(comparable)).toEqual(seed.map(grouped))
  })
})

describe('format', () => {
  it('comes from the media type, the file name or the first character', () => {
    expect(formatOfMediaType('text/csv')).toBe('csv')
    expect(formatOfMediaType('application/x-tbx+xml')).toBe('tbx')
    expect(formatOfMediaType('application/octet-stream')).toBeNull()
    expect(formatOfMediaType('application/json')).toBeUndefined()
    expect(formatOfName('glossary.TBX')).toBe('tbx')
    expect(formatOfName('glossary.csv')).toBe('csv')
    expect(formatOfName('glossary')).toBeNull()
    expect(formatOfText('\uFEFF  <?xml version="1.0"?>')).toBe('tbx')
    expect(formatOfText('it,fr')).toBe('csv')
  })
})

describe('problem messages', () => {
  // Listing every code here makes a new code without a message fail the type-check or this test.
  const codes: Record<ExchangeProblemCode, true> = {
    notUtf8: true,
    notXml: true,
    notTbx: true,
    noBody: true,
    noConcepts: true,
    tooManyConcepts: true,
    notCsv: true,
    noHeader: true,
    unknownColumn: true,
    duplicateColumn: true,
    statusWithoutTermColumn: true,
    noTermColumn: true,
    extraCells: true,
    unknownLanguage: true,
    noLanguage: true,
    noTerm: true,
    emptyTerm: true,
    termTooLong: true,
    unknownStatus: true,
    statusWithoutTerm: true,
    duplicateTerm: true,
    needsSourceTerm: true,
    tooManyTerms: true,
    noteTooLong: true,
    badFlag: true,
    tooManyTopics: true,
    unknownTopic: true,
    duplicateId: true,
    duplicateConcept: true,
    ambiguousMatch: true,
    sameEntry: true,
  }
  const details = {
    line: 3,
    column: 7,
    detail: 'x',
    name: 'n',
    element: 'row',
    max: 10,
    count: 2,
    lang: 'fr',
    locale: 'it',
    locales: 'it, fr, en',
    position: 1,
    found: 'f',
    term: 't',
    topic: 'dns',
    id: 'c1',
    otherKind: 'line',
    otherAt: 4,
  }

  it.each(locales)('are all written in %s, every placeholder filled', (locale) => {
    const t = translatorFor(locale, 'GlossaryExchange')
    for (const code of Object.keys(codes).filter((key): key is ExchangeProblemCode => key in codes)) {
      const text = t(`problems.${code}`, details)
      expect([code, text]).toEqual([code, expect.not.stringMatching(/[{}]|GlossaryExchange/)])
    }
  })
})

describe('the import button', () => {
  it('shows the message of a success, and of a refusal each problem listed', () => {
    expect(outcomeOf({ created: 1, message: '1 new entry' }, true, 'failed')).toEqual({
      ok: true,
      text: '1 new entry',
      problems: [],
    })
    const refusal = {
      errors: [
        {
          message: 'Not imported: 2 problems.',
          data: { problems: [{ message: 'Line 2: …' }, { message: 'Line 3: …' }], total: 2 },
        },
      ],
    }
    expect(outcomeOf(refusal, false, 'failed')).toEqual({
      ok: false,
      text: 'Not imported: 2 problems.',
      problems: ['Line 2: …', 'Line 3: …'],
    })
    expect(outcomeOf({ errors: [{ message: 'Only editors' }] }, false, 'failed')).toEqual({
      ok: false,
      text: 'Only editors',
      problems: [],
    })
    expect(outcomeOf(null, false, 'failed (500)')).toEqual({ ok: false, text: 'failed (500)', problems: [] })
  })

  it('names the type of a file the browser leaves untyped', () => {
    expect(contentTypeOf({ type: '', name: 'glossary.tbx' })).toBe('application/x-tbx+xml')
    expect(contentTypeOf({ type: '', name: 'glossary.CSV' })).toBe('text/csv')
    expect(contentTypeOf({ type: 'text/csv', name: 'x.tbx' })).toBe('text/csv')
    expect(contentTypeOf({ type: '', name: 'glossary' })).toBe('application/octet-stream')
  })
})
