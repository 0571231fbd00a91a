/**
 * Memory pairs → a TMX 1.4b document for one language pair: a header saying who wrote it
 * and in what source language, then one `<tu>` per pair with a `<tuv>` per language, the
 * pair's article, field, approval date and context as `<prop>`s.
 */
import { segNodes, type TagMarkup } from './inline'
import { noContext, props, type TmxUnit } from './units'
import { buildXml, element, text, type XmlNode } from './xml'

export type TmxExport = {
  from: string
  to: string
  units: ReadonlyArray<TmxUnit & { markup?: (tag: number) => TagMarkup | undefined }>
  /** Written in the header (`creationdate`). */
  now: Date
}

export const creationTool = 'DinoGeek CMS'
export const creationToolVersion = '1'

/** TMX dates: 20261202T061500Z. */
export function tmxDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

function prop(type: string, value: string): XmlNode {
  return element('prop', { type }, [text(value)])
}

function unitNode(unit: TmxExport['units'][number], from: string, to: string): XmlNode {
  const markup = unit.markup ?? (() => undefined)
  const children: XmlNode[] = []
  if (unit.article !== undefined) children.push(prop(props.article, unit.article))
  if (unit.field !== undefined) children.push(prop(props.field, unit.field))
  if (unit.approvedAt !== undefined) children.push(prop(props.approvedAt, unit.approvedAt))
  if (unit.before !== undefined) children.push(prop(props.before, unit.before ?? noContext))
  if (unit.after !== undefined) children.push(prop(props.after, unit.after ?? noContext))
  children.push(
    element('tuv', { 'xml:lang': from }, [element('seg', {}, segNodes(unit.source, markup))]),
    element('tuv', { 'xml:lang': to }, [element('seg', {}, segNodes(unit.target, markup))]),
  )
  const attributes: Record<string, string> = {}
  if (unit.tuid !== undefined) attributes.tuid = unit.tuid
  if (unit.approvedAt !== undefined) attributes.creationdate = tmxDate(new Date(unit.approvedAt))
  return element('tu', attributes, children)
}

export function writeTmx({ from, to, units, now }: TmxExport): string {
  const header = element('header', {
    creationtool: creationTool,
    creationtoolversion: creationToolVersion,
    segtype: 'sentence',
    'o-tmf': 'dinogeek-cms',
    adminlang: 'en',
    srclang: from,
    datatype: 'x-lexical',
    creationdate: tmxDate(now),
  })
  const body = element(
    'body',
    {},
    units.map((unit) => unitNode(unit, from, to)),
  )
  return buildXml([element('tmx', { version: '1.4' }, [header, body])])
}
