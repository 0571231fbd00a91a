import { describe, expect, it } from 'vitest'

import { generateArticleContent } from '../../bench/lib/text'
import { perLocale } from '@/i18n/locales'
import { richText } from '@/richtext/build'
import { isLexicalState, type LexicalNode, type LexicalState } from '@/richtext/lexical'
import { seedArticles } from '@/seed/data/articles'
import { seedLegal } from '@/seed/data/legal'
import { seedLanguages } from '@/seed/types'
import { joinField, segmentField, type SegmentedField } from '@/segments/field'
import { tagProblems } from '@/segments/tags'

const text = (value: string, format = 0, extra: Record<string, unknown> = {}): LexicalNode => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
  ...extra,
})
const el = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  type,
  version: 1,
  ...extra,
})
const doc = (...children: LexicalNode[]): LexicalState => ({ root: el('root', children) })
const link = (children: LexicalNode[]) =>
  el('link', children, { fields: { linkType: 'custom', newTab: false, url: 'https://example.org/guida' }, id: 'l1' })

const texts = (segmented: SegmentedField) => segmented.segments.map((segment) => segment.text)

/** Split, then join with no translation: must give the very same JSON (key order included). */
function expectRoundTrip(field: string, value: unknown, locale: string): SegmentedField {
  const segmented = segmentField(field, value, locale)
  const joined = joinField(segmented)
  expect(joined.ok).toBe(true)
  if (joined.ok) {
    expect(joined.value).toStrictEqual(value)
    expect(JSON.stringify(joined.value)).toBe(JSON.stringify(value))
  }
  return segmented
}

function join(segmented: SegmentedField, translations: string[]): unknown {
  const result = joinField(
    segmented,
    Object.fromEntries(segmented.segments.map((segment, i) => [segment.id, translations[i] ?? segment.text])),
  )
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value
}

const article = doc(
  el('heading', [text('Che cos’è un token?')], { tag: 'h2' }),
  el('paragraph', [
    text('Un '),
    text('token', 1),
    text(' è un frammento di testo [1]. Si legge con '),
    text('tokenizer.encode()', 16),
    text('. Vedi '),
    link([text('la '), text('guida', 2)]),
    text(' per i dettagli.'),
  ]),
  el('paragraph', []),
  el(
    'list',
    [
      el('listitem', [text('Primo punto. Secondo punto.')], { value: 1 }),
      el('listitem', [text('Con un elenco annidato:'), el('list', [el('listitem', [text('annidato')])])], { value: 2 }),
    ],
    { listType: 'bullet', tag: 'ul', start: 1 },
  ),
  { type: 'block', format: '', version: 2, fields: { blockType: 'Code', code: 'a < b && c', language: 'ts' } },
  el('quote', [text('Una riga.'), { type: 'linebreak', version: 1 }, text('E un’altra.')]),
  { type: 'upload', value: 12, relationTo: 'media', version: 3 },
)

describe('rich text segments', () => {
  it('cuts by block, then by sentence, with markup as numbered tags', () => {
    const segmented = expectRoundTrip('body', article, 'it')
    expect(texts(segmented)).toEqual([
      'Che cos’è un token?',
      'Un <1>token</1> è un frammento di testo <2/>.',
      'Si legge con <1/>.',
      'Vedi <1>la <2>guida</2></1> per i dettagli.',
      'Primo punto.',
      'Secondo punto.',
      'Con un elenco annidato:',
      'annidato',
      'Una riga.',
      'E un’altra.',
    ])
    // Tags carry the markup: bold text node, citation marker, inline code, link.
    expect(segmented.segments[1]?.tags.map((tag) => tag.kind)).toEqual(['format', 'marker'])
    expect(segmented.segments[2]?.tags).toMatchObject([{ kind: 'node', node: { text: 'tokenizer.encode()' } }])
    expect(segmented.segments[3]?.tags.map((tag) => tag.kind)).toEqual(['element', 'format'])
    // Words exclude tags and inline code.
    expect(segmented.segments.map((segment) => segment.words)).toEqual([4, 7, 3, 6, 2, 2, 4, 1, 2, 2])
  })

  it('rebuilds valid Lexical JSON from a translation that moves the tags', () => {
    const segmented = segmentField('body', article, 'it')
    const value = join(segmented, [
      'What is a token?',
      'A <1>token</1> is a piece of text <2/>.',
      'You read it with <1/>.',
      'See <1>the <2>guide</2></1> for details.',
      'First point.',
      'Second point.',
      'With a nested list:',
      'nested',
      'One line.',
      'And another.',
    ])
    expect(isLexicalState(value)).toBe(true)
    const again = segmentField('body', value, 'en')
    expect(texts(again)[3]).toBe('See <1>the <2>guide</2></1> for details.')
    const paragraph = isLexicalState(value) ? value.root.children?.[1] : undefined
    expect(paragraph?.children?.map((node) => node.text ?? node.type)).toEqual([
      'A ',
      'token',
      ' is a piece of text [1]. You read it with ',
      'tokenizer.encode()',
      '. See ',
      'link',
      ' for details.',
    ])
    // The code block, the upload and the spacer paragraph are the source's, untouched.
    if (isLexicalState(value)) expect(value.root.children?.slice(2, 3)).toEqual([el('paragraph', [])])
  })

  it('refuses a translation whose tags do not rebuild, naming the segment', () => {
    const segmented = segmentField('body', article, 'it')
    const id = segmented.segments[3]?.id ?? ''
    const result = joinField(segmented, { [id]: 'See <2>the <1>guide</2></1> for details.' })
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          segment: id,
          problems: [
            // The link cannot sit inside the bold text node, and the pairs cross.
            { kind: 'misplaced', tag: 1 },
            { kind: 'unbalanced', tag: 2 },
            { kind: 'unclosed', tag: 2 },
          ],
        },
      ],
    })
    expect(joinField(segmented, { [id]: 'See <1>the <2>guide</1></2>.' })).toMatchObject({ ok: false })
  })

  it('keeps a bold span across two sentences in one segment, and keeps two plain text nodes apart', () => {
    const value = doc(
      el('paragraph', [text('Prima. '), text('Grassetto. Ancora.', 1), text(' Fine.')]),
      el('paragraph', [text('Due nodi '), text('uguali. Poi altro.'), text('')]),
    )
    const segmented = expectRoundTrip('body', value, 'it')
    expect(texts(segmented)).toEqual([
      'Prima.',
      '<1>Grassetto. Ancora.</1>',
      'Fine.',
      // The second node is a pair (so it stays a node of its own), and a pair is never cut.
      'Due nodi <1>uguali. Poi altro.</1><2></2>',
    ])
  })

  it('escapes literal angle brackets and ampersands', () => {
    const value = doc(el('paragraph', [text('Se a < b & b <1> c, allora a < c.')]))
    const segmented = expectRoundTrip('body', value, 'it')
    expect(texts(segmented)).toEqual(['Se a &lt; b &amp; b &lt;1> c, allora a &lt; c.'])
    expect(segmented.segments[0]?.tags).toEqual([])
  })

  it('leaves pieces without letters (numbers, a lone code span) out of the segments', () => {
    const value = doc(el('paragraph', [text('Una frase. '), text('Tokenizer.encode()', 16), text('! 42.')]))
    const segmented = expectRoundTrip('body', value, 'it')
    expect(texts(segmented)).toEqual(['Una frase.'])
  })

  it('keeps values it cannot read as they are', () => {
    for (const value of [null, undefined, 42, { root: { type: 'root', children: [{ nope: true }] } }]) {
      const segmented = expectRoundTrip('body', value, 'it')
      expect(segmented.segments).toEqual([])
    }
  })
})

describe('plain text segments', () => {
  it('cuts a string into sentences and keeps the spaces between them', () => {
    const value = '  Le convoluzioni colgono i dettagli [2].  L’attenzione collega tutto.\n\nUn altro paragrafo. '
    const segmented = expectRoundTrip('summary', value, 'it')
    expect(texts(segmented)).toEqual([
      'Le convoluzioni colgono i dettagli <1/>.',
      'L’attenzione collega tutto.',
      'Un altro paragrafo.',
    ])
    expect(join(segmented, ['Convolutions catch details <1/>.', 'Attention links all.', 'Another paragraph.'])).toBe(
      '  Convolutions catch details [2].  Attention links all.\n\nAnother paragraph. ',
    )
    expectRoundTrip('title', '', 'it')
  })
})

describe('tag problems', () => {
  const tags = segmentField('body', article, 'it').segments[3]?.tags ?? []
  it('names missing, extra, duplicate, wrong-kind, misplaced and stray tags', () => {
    expect(tagProblems('See <1>the <2>guide</2></1>.', tags)).toEqual([])
    expect(tagProblems('See <1>the guide</1>.', tags)).toEqual([{ kind: 'missing', tag: 2 }])
    expect(tagProblems('See <1>the <2>guide</2></1> <3/>.', tags)).toEqual([{ kind: 'extra', tag: 3 }])
    expect(tagProblems('<1></1> <1>the <2>guide</2></1>', tags)).toContainEqual({ kind: 'duplicate', tag: 1 })
    expect(tagProblems('<1/> the <2>guide</2>', tags)).toContainEqual({ kind: 'wrongKind', tag: 1 })
    expect(tagProblems('See <1>the <2>guide</2></1> a < b', tags)).toEqual([{ kind: 'stray', at: 30 }])
    const bold = segmentField('body', article, 'it').segments[1]?.tags ?? []
    expect(tagProblems('A <1>token <2/></1> is text.', bold)).toEqual([])
    const boldAndCode =
      segmentField('body', doc(el('paragraph', [text('Un ', 0), text('x', 1), text(' e '), text('y()', 16), text('.')])), 'it')
        .segments[0]?.tags ?? []
    expect(tagProblems('Un <1>x <2/></1> e.', boldAndCode)).toEqual([{ kind: 'misplaced', tag: 2 }])
  })
})

describe('round trip on the demo content and the bench catalogue', () => {
  it('gives back every seed article, in every language, exactly', () => {
    let segments = 0
    for (const seed of seedArticles) {
      for (const locale of seedLanguages) {
        const content = seed.content[locale]
        const fields = { ...content, body: richText(content.body) }
        for (const field of ['title', 'body', 'summary', 'seoTitle', 'seoDescription'] as const) {
          segments += expectRoundTrip(field, fields[field], locale).segments.length
        }
      }
    }
    for (const locale of seedLanguages) expectRoundTrip('body', richText(seedLegal[locale].body), locale)
    expect(segments).toBeGreaterThan(1500)
  })

  it('gives back synthetic bench articles exactly', () => {
    const topicName = perLocale((locale) => `Reti (${locale})`)
    for (let index = 0; index < 60; index += 1) {
      const content = generateArticleContent({ seed: 'dinogeek-bench', index, topicName })
      for (const [locale, value] of Object.entries(content)) {
        expect(expectRoundTrip('body', richText(value.body), locale).segments.length).toBeGreaterThan(10)
        expectRoundTrip('summary', value.summary, locale)
      }
    }
  })
})
