/**
 * Translation tasks → an XLIFF document, built as a tree with fast-xml-parser (which escapes
 * text and attributes), never by concatenating markup.
 *
 * XLIFF 2.1: a `<file>` per article (`canResegment="no"`: our segment ids are the sentences),
 * a `<unit>` per field or rich-text block, a `<segment>` per sentence. Article context (title,
 * public URL, topic) and the field go in `<note category>`s; a length limit is the Size and
 * Length Restriction module's `slr:sizeRestriction` on the unit, counted in code points
 * (`slr:profiles generalProfile="xliff:codepoints"` on the file). A memory match is the
 * segment's `<target>` with `state="translated"` (100 %) or `state="initial"` (fuzzy: the
 * spec's state for a target that still has to be translated).
 *
 * XLIFF 1.2 has no segments inside a unit but has groups: a `<group>` per unit, a
 * `<trans-unit>` per sentence. The limit is `maxwidth` with `size-unit="char"` on the group
 * (the whole field) and, when the field is one sentence, on the trans-unit too, where most
 * tools check it. A 100 % match is `state="translated"` with `state-qualifier="exact-match"`;
 * a fuzzy one `state="needs-translation"` with `state-qualifier="fuzzy-match"` — of 1.2's
 * states that is the one that says the text is not a translation yet (`needs-review-…`
 * would claim it is one awaiting review); the qualifier says where it came from.
 */
import { tagProblems } from '@/segments/tags'

import { fileOriginal, nmtoken } from './ids'
import { inlineNodes, writer1, writer2 } from './inlineWrite'
import { markupOf, type TagMarkup } from './markup'
import type { XliffExport, XliffFile, XliffSegment, XliffUnit } from './types'
import { buildXml, childrenOf, element, nameOf, namespaces, text, type Attributes, type XmlNode } from './xml'

export const toolId = 'dinogeek-cms'
export const toolName = 'DinoGeek CMS'

/** A prefilled target is written only when its tags are the source's: a broken one would not validate on the way back. */
function usableTarget(segment: XliffSegment): string | undefined {
  const target = segment.target?.trim()
  if (!target || tagProblems(target, segment.tags).length > 0) return undefined
  return target
}

function markupFor(segment: XliffSegment): (tag: number) => TagMarkup {
  return (tag) => {
    const def = segment.tags[tag - 1]
    if (!def) throw new Error(`Segment ${segment.id} has no tag ${tag}`)
    return markupOf(def)
  }
}

function note(category: string, value: string | undefined): XmlNode[] {
  return value === undefined || value === '' ? [] : [element('note', { category }, [text(value)])]
}

function unit2(unit: XliffUnit): XmlNode {
  const data: XmlNode[] = []
  let offset = 0
  const segments = unit.segments.map((segment) => {
    const base = offset
    offset += segment.tags.length
    const markup = markupFor(segment)
    segment.tags.forEach((_, i) => {
      const found = markup(i + 1)
      data.push(element('data', { id: `d${base + i + 1}` }, [text(found.start)]))
      if (found.pair) data.push(element('data', { id: `d${base + i + 1}e` }, [text(found.end ?? '')]))
    })
    const writer = writer2((tag) => base + tag, markup)
    const target = usableTarget(segment)
    const children = [element('source', {}, inlineNodes(segment.source, writer))]
    if (target !== undefined) children.push(element('target', {}, inlineNodes(target, writer)))
    const state: Attributes = target !== undefined ? { state: segment.state ?? 'initial' } : {}
    return element('segment', { id: nmtoken(segment.id), ...state }, children)
  })
  const notes = [...note('field', unit.field), ...note('label', unit.label)]
  const children: XmlNode[] = []
  if (notes.length > 0) children.push(element('notes', {}, notes))
  if (data.length > 0) children.push(element('originalData', {}, data))
  children.push(...segments)
  const limit: Attributes = unit.maxLength === undefined ? {} : { 'slr:sizeRestriction': String(unit.maxLength) }
  return element('unit', { id: nmtoken(unit.id), name: unit.field, ...limit }, children)
}

function file2(file: XliffFile): XmlNode {
  const children: XmlNode[] = []
  if (file.units.some((unit) => unit.maxLength !== undefined)) {
    children.push(element('slr:profiles', { generalProfile: 'xliff:codepoints' }))
  }
  const notes = [...note('title', file.title), ...note('url', file.publicUrl), ...note('topic', file.topic)]
  if (notes.length > 0) children.push(element('notes', {}, notes))
  const units = file.units.filter((unit) => unit.segments.length > 0).map(unit2)
  // A file needs a unit or a group: an article with nothing to translate gets an empty group.
  children.push(...(units.length > 0 ? units : [element('group', { id: 'empty' })]))
  return element('file', { id: nmtoken(file.articleId), original: fileOriginal(file.articleId), canResegment: 'no' }, children)
}

/** 1.2 notes have no category: the category leads the text (`url: https://…`). */
function note1(category: string, value: string | undefined): XmlNode[] {
  return value === undefined || value === '' ? [] : [element('note', {}, [text(`${category}: ${value}`)])]
}

const states1 = {
  translated: { state: 'translated', 'state-qualifier': 'exact-match' },
  initial: { state: 'needs-translation', 'state-qualifier': 'fuzzy-match' },
} as const

function unit1(unit: XliffUnit, sourceLocale: string, targetLocale: string): XmlNode {
  const width: Attributes = unit.maxLength === undefined ? {} : { maxwidth: String(unit.maxLength), 'size-unit': 'char' }
  const transUnits = unit.segments.map((segment) => {
    const writer = writer1(markupFor(segment))
    const target = usableTarget(segment)
    const children = [element('source', { 'xml:lang': sourceLocale }, inlineNodes(segment.source, writer))]
    if (target !== undefined) {
      const state = states1[segment.state ?? 'initial']
      children.push(element('target', { 'xml:lang': targetLocale, ...state }, inlineNodes(target, writer)))
    }
    return element('trans-unit', { id: nmtoken(segment.id), ...(unit.segments.length === 1 ? width : {}) }, children)
  })
  const notes = [...note1('field', unit.field), ...note1('label', unit.label)]
  return element('group', { id: nmtoken(unit.id), resname: unit.field, ...width }, [...notes, ...transUnits])
}

function file1(file: XliffFile, sourceLocale: string, targetLocale: string): XmlNode {
  const header = element('header', {}, [
    element('tool', { 'tool-id': toolId, 'tool-name': toolName }),
    ...note1('title', file.title),
    ...note1('url', file.publicUrl),
    ...note1('topic', file.topic),
  ])
  const units = file.units.filter((unit) => unit.segments.length > 0).map((unit) => unit1(unit, sourceLocale, targetLocale))
  // As in 2.1, an article with nothing to translate gets an empty group.
  return element(
    'file',
    {
      original: fileOriginal(file.articleId),
      'source-language': sourceLocale,
      'target-language': targetLocale,
      // Lexical JSON is no datatype 1.2 names: an `x-` value, as the spec asks.
      datatype: 'x-lexical',
      'tool-id': toolId,
    },
    [header, element('body', {}, units.length > 0 ? units : [element('group', { id: 'empty' })])],
  )
}

/** Refuses (a programming error, not a user's) two ids that the file could not tell apart. */
function assertDistinct(ids: Array<string | number>, what: string): void {
  const seen = new Set<string>()
  for (const id of ids) {
    const token = nmtoken(id)
    if (seen.has(token)) throw new Error(`Two ${what} ids are ${token} in the XLIFF file`)
    seen.add(token)
  }
}

/** Elements whose content is text (mixed content): nothing may be added inside them. */
const textual = new Set(['source', 'target', 'note', 'data'])

/**
 * One element per line, indented, outside text content (which schema-valid whitespace between
 * elements allows): a file a person can read, and validation errors with useful line numbers.
 */
function indent(node: XmlNode, depth = 0): XmlNode {
  const name = nameOf(node)
  const children = childrenOf(node)
  if (name === null || textual.has(name) || children.length === 0) return node
  const inner = `\n${'  '.repeat(depth + 1)}`
  const spaced = children.flatMap((child) => [text(inner), indent(child, depth + 1)])
  return { ...node, [name]: [...spaced, text(`\n${'  '.repeat(depth)}`)] }
}

export function exportXliff(job: XliffExport): string {
  assertDistinct(
    job.files.map((file) => file.articleId),
    'article',
  )
  for (const file of job.files) {
    assertDistinct(
      file.units.map((unit) => unit.id),
      'unit',
    )
    assertDistinct(
      file.units.flatMap((unit) => unit.segments.map((segment) => segment.id)),
      'segment',
    )
  }
  if (job.version === '1.2') {
    const files = job.files.map((file) => file1(file, job.sourceLocale, job.targetLocale))
    return buildXml([indent(element('xliff', { version: '1.2', xmlns: namespaces['1.2'] }, files))])
  }
  const usesLimits = job.files.some((file) => file.units.some((unit) => unit.maxLength !== undefined))
  const attributes = {
    version: '2.1',
    srcLang: job.sourceLocale,
    trgLang: job.targetLocale,
    xmlns: namespaces['2'],
    ...(usesLimits ? { 'xmlns:slr': namespaces.slr } : {}),
  }
  return buildXml([indent(element('xliff', attributes, job.files.map(file2)))])
}
