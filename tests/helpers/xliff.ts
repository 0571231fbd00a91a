/**
 * XLIFF test material: an article with every kind of markup a translator meets, the job
 * around it, and a stand-in for a CAT tool that fills targets by editing the XML tree (as a
 * tool does), not our tagged text.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser'

import type { LexicalNode, LexicalState } from '@/richtext/lexical'
import { segmentField, type SegmentedField } from '@/segments/field'
import { escapeText, unescapeText } from '@/segments/tags'
import type { XliffExport, XliffFile, XliffVersion } from '@/xliff/types'
import { unitsOfField } from '@/xliff/units'

export const text = (value: string, format = 0): LexicalNode => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
})
export const el = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  type,
  version: 1,
  ...extra,
})
export const link = (url: string, children: LexicalNode[]): LexicalNode =>
  el('link', children, { fields: { linkType: 'custom', newTab: false, url }, id: `link-${url.length}`, version: 3 })

const BOLD = 1
const ITALIC = 2
const CODE = 16

/** Headings, bold, italic, links (one with bold inside), inline code, a line break, a citation marker, lists, a quote and a code block. */
export const richBody: LexicalState = {
  root: el('root', [
    el('heading', [text('Perché usare gli stream')], { tag: 'h2' }),
    el(
      'paragraph',
      [
        text('Uno stream legge i dati '),
        text('a pezzi', BOLD),
        text(', non tutti insieme. Con '),
        text('fs.createReadStream', CODE),
        text(' la memoria resta '),
        text('quasi costante', ITALIC),
        text(' anche per file enormi [1]. Vedi la '),
        link('https://nodejs.org/api/stream.html', [text('guida '), text('ufficiale', BOLD)]),
        text(' per i dettagli & i casi limite (a < b).'),
      ],
      { textFormat: 0, textStyle: '' },
    ),
    el(
      'list',
      [
        el('listitem', [text('Gli stream leggibili producono dati.')], { value: 1 }),
        el(
          'listitem',
          [
            text('Quelli '),
            text('scrivibili', BOLD),
            text(' li consumano,'),
            { type: 'linebreak', version: 1 },
            text('uno alla volta.'),
          ],
          {
            value: 2,
          },
        ),
      ],
      { listType: 'bullet', start: 1, tag: 'ul' },
    ),
    {
      type: 'block',
      format: '',
      version: 2,
      fields: {
        id: 'code-1',
        blockName: '',
        blockType: 'Code',
        language: 'javascript',
        code: 'fs.createReadStream(path).pipe(out)',
      },
    },
    el('quote', [text('Un buon stream non '), text('si ferma', BOLD + ITALIC), text(' mai.')]),
  ]),
}

export type ArticleFields = Record<string, unknown>

/** The SEO limits of the Articles collection. */
export const limits: Record<string, number> = { seoTitle: 70, seoDescription: 200 }

export function segmentAll(fields: ArticleFields, locale = 'it'): SegmentedField[] {
  return Object.entries(fields).map(([field, value]) => segmentField(field, value, locale))
}

export function xliffFile(
  articleId: string | number,
  segmented: readonly SegmentedField[],
  extra: Partial<XliffFile> = {},
): XliffFile {
  return {
    articleId,
    units: segmented.flatMap((field) =>
      unitsOfField(articleId, field, limits[field.field] === undefined ? {} : { maxLength: limits[field.field] }),
    ),
    ...extra,
  }
}

export function job(version: XliffVersion, files: XliffFile[]): XliffExport {
  return { version, sourceLocale: 'it', targetLocale: 'fr', files }
}

/** Applies `translate` to the text of tagged text, leaving tags (and escapes) alone. */
export function mapText(tagged: string, translate: (value: string) => string): string {
  return tagged
    .split(/(<\/?\d{1,4}\/?>)/)
    .map((part, i) => (i % 2 === 1 ? part : escapeText(translate(unescapeText(part)))))
    .join('')
}

/** The pseudo-translation the tests use: letters upper-cased, so every text node visibly changed. */
export const shout = (value: string) => value.toUpperCase()

type Node = Record<string, unknown>
const options = { preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false }
const parser = new XMLParser({ ...options, parseAttributeValue: false, htmlEntities: true })
const builder = new XMLBuilder({ ...options, suppressEmptyNode: true })

function nameOf(node: Node): string | undefined {
  return Object.keys(node).find((key) => key !== ':@' && key !== '#text')
}

function mapNodes(nodes: Node[], translate: (value: string) => string): Node[] {
  return nodes.map((node) => {
    if (typeof node['#text'] === 'string') return { '#text': translate(node['#text']) }
    const name = nameOf(node)
    const children = name ? node[name] : undefined
    return name && Array.isArray(children) ? { ...node, [name]: mapNodes(children as Node[], translate) } : node
  })
}

/**
 * What a CAT tool does with our file: every segment (2.x `<segment>`, 1.2 `<trans-unit>`) gets
 * a target copied from its source with its text translated and its inline elements kept;
 * `edit` may then change the target's children (move or drop a tag).
 */
export function fillTargets(
  xml: string,
  translate: (value: string) => string,
  edit: (children: Node[], segmentId: string) => Node[] = (children) => children,
): string {
  const walk = (nodes: Node[]): Node[] =>
    nodes.map((node) => {
      const name = nameOf(node)
      if (!name || !Array.isArray(node[name])) return node
      const children = node[name] as Node[]
      if (name !== 'segment' && name !== 'trans-unit') return { ...node, [name]: walk(children) }
      const source = children.find((child) => nameOf(child) === 'source')
      const sourceChildren = source ? (source.source as Node[]) : []
      const id = String((node[':@'] as Record<string, string> | undefined)?.id ?? '')
      const target = { target: edit(mapNodes(sourceChildren, translate), id) }
      return { ...node, [name]: [...children.filter((child) => nameOf(child) !== 'target'), target] }
    })
  const parsed = parser.parse(xml) as Node[]
  return String(builder.build(walk(parsed)))
}

/** The small article the hand-written fixtures in tests/fixtures/xliff/ were made for (article id 12). */
export const fixtureFields: ArticleFields = {
  title: 'Gli stream in Node.js',
  body: {
    root: el('root', [
      el('heading', [text('Perché usare gli stream')], { tag: 'h2' }),
      el('paragraph', [
        text('Uno stream legge i dati '),
        text('a pezzi', BOLD),
        text('. Vedi la '),
        link('https://nodejs.org/api/stream.html', [text('guida ufficiale')]),
        text(' per i dettagli.'),
      ]),
      el('paragraph', [
        text('Il modulo è '),
        text('veloce', BOLD),
        text(' e '),
        text('sicuro', ITALIC),
        text(' con '),
        text('pipe()', CODE),
        text('.'),
      ]),
    ]),
  },
  seoTitle: 'Stream in Node.js',
}
