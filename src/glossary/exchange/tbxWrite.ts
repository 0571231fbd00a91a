/**
 * Glossary concepts → a TBX-Basic document (ISO 30042:2019, TBX v3, DCA style): a header
 * naming the tool, then one `conceptEntry` per concept with its topic (`descrip
 * type="subjectField"`, the topic's slug), note and flags (`<note>`, ./tbxFlags.ts), and a
 * `langSec` per language holding a `termSec` per term with its administrativeStatus.
 */
import { XMLBuilder } from 'fast-xml-parser'

import { element, text, type XmlNode } from '@/tmx/xml'

import type { TermStatus } from '../terms'
import { tbxStatus } from './concept'
import { tbxFlagNotes } from './tbxFlags'

export type ExportTerm = { locale: string; text: string; status: TermStatus }

export type ExportConcept = {
  /** Unique in the file; an XML ID, so it must not start with a digit. */
  id: string
  terms: readonly ExportTerm[]
  doNotTranslate: boolean
  caseSensitive: boolean
  note: string
  /** The topic's slug, '' for none. */
  topic: string
}

export type TbxExport = {
  concepts: readonly ExportConcept[]
  /** The file's main language: the source language. */
  language: string
  /** The order of the langSecs. */
  locales: readonly string[]
  title: string
}

export const tbxNamespace = 'urn:iso:std:iso:30042:ed-2'

// Indented, unlike the TMX writer: TBX has no mixed content, and a refusal's line numbers then mean something.
const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  suppressEmptyNode: true,
  format: true,
  indentBy: '  ',
})

function termSec(term: ExportTerm): XmlNode {
  return element('termSec', {}, [
    element('term', {}, [text(term.text)]),
    element('termNote', { type: 'administrativeStatus' }, [text(tbxStatus[term.status])]),
  ])
}

function conceptEntry(concept: ExportConcept, locales: readonly string[]): XmlNode {
  const children: XmlNode[] = []
  if (concept.topic !== '') children.push(element('descrip', { type: 'subjectField' }, [text(concept.topic)]))
  if (concept.note.trim() !== '') children.push(element('note', {}, [text(concept.note)]))
  if (concept.doNotTranslate) children.push(element('note', {}, [text(tbxFlagNotes.doNotTranslate)]))
  if (concept.caseSensitive) children.push(element('note', {}, [text(tbxFlagNotes.caseSensitive)]))
  // Languages in the site's order, then any other a concept holds (none today).
  const order = [...locales, ...concept.terms.map((term) => term.locale).filter((locale) => !locales.includes(locale))]
  for (const locale of new Set(order)) {
    const terms = concept.terms.filter((term) => term.locale === locale)
    if (terms.length > 0) children.push(element('langSec', { 'xml:lang': locale }, terms.map(termSec)))
  }
  return element('conceptEntry', { id: concept.id }, children)
}

export function writeTbx({ concepts, language, locales, title }: TbxExport): string {
  const header = element('tbxHeader', {}, [
    element('fileDesc', {}, [
      element('titleStmt', {}, [element('title', {}, [text(title)])]),
      element('sourceDesc', {}, [element('p', {}, [text('DinoGeek CMS')])]),
    ]),
  ])
  const body = element('text', {}, [
    element(
      'body',
      {},
      concepts.map((concept) => conceptEntry(concept, locales)),
    ),
  ])
  const root = element('tbx', { type: 'TBX-Basic', style: 'dca', 'xml:lang': language, xmlns: tbxNamespace }, [header, body])
  return `<?xml version="1.0" encoding="UTF-8"?>\n${String(builder.build([root])).trim()}\n`
}
