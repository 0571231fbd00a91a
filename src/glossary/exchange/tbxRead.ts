/**
 * A TBX file → the glossary's concepts, or every problem found (the file is read whole before
 * anything is written). Read: TBX-Basic as ISO 30042:2019 writes it (`<tbx>`, `conceptEntry`,
 * `langSec`, `termSec`) and the older TBX v2 shape (`<martif>`, `termEntry`, `langSet`, `tig`
 * or `ntig/termGrp`), which most tools still export.
 *
 * Per concept: `descrip type="subjectField"` is the topic (a slug or a name); `<note>`s are
 * the note, or our flags (./tbxFlags.ts); a `descrip type="definition"` is the note when there
 * is no other; each term's `termNote type="administrativeStatus"` its status (none: preferred).
 * Other elements (transactions, cross-references, part of speech…) are ignored.
 */
import { attributesOf, childrenOf, elements, nameOf, type XmlNode } from '@/tmx/xml'

import type { RawConcept, RawTerm } from './concept'
import { fileWhere, ProblemList, type ExchangeLimits, type ExchangeProblem, type ExchangeWhere } from './problems'
import { finishRead, refused, type ExchangeRead } from './readResult'
import { flagOfNote } from './tbxFlags'
import { deepText, parseTbxXml } from './xml'

type Shape = { entry: string; lang: string; readTerms: (langNode: XmlNode) => XmlNode[] }

/** TBX v3 (ISO 30042:2019) and TBX v2 (martif) name the same levels differently. */
const shapes: Record<string, Shape> = {
  tbx: { entry: 'conceptEntry', lang: 'langSec', readTerms: (node) => elements(node, 'termSec') },
  martif: {
    entry: 'termEntry',
    lang: 'langSet',
    readTerms: (node) => [...elements(node, 'tig'), ...elements(node, 'ntig').flatMap((ntig) => elements(ntig, 'termGrp'))],
  },
}

function typed(node: XmlNode, name: string, type: string): XmlNode[] {
  // TBX v2 wraps a descrip and its sources in a descripGrp.
  const direct = childrenOf(node).filter((child) => nameOf(child) === name)
  const grouped = elements(node, `${name}Grp`).flatMap((group) => elements(group, name))
  return [...direct, ...grouped].filter((child) => attributesOf(child).type === type)
}

function langOf(node: XmlNode): string | undefined {
  const attributes = attributesOf(node)
  return attributes['xml:lang'] ?? attributes.lang
}

function readEntry(node: XmlNode, shape: Shape, where: ExchangeWhere, problems: ExchangeProblem[]): RawConcept {
  const terms: RawTerm[] = []
  const definitions = typed(node, 'descrip', 'definition').map(deepText)
  for (const [position, langNode] of elements(node, shape.lang).entries()) {
    const lang = langOf(langNode)
    if (lang === undefined || lang.trim() === '') {
      problems.push({ code: 'noLanguage', where, details: { element: shape.lang, position: position + 1 } })
      continue
    }
    definitions.push(...typed(langNode, 'descrip', 'definition').map(deepText))
    for (const [termPosition, termNode] of shape.readTerms(langNode).entries()) {
      const texts = elements(termNode, 'term')
      if (texts.length !== 1 || !texts[0]) {
        problems.push({ code: 'noTerm', where, details: { lang, position: termPosition + 1 } })
        continue
      }
      const status = typed(termNode, 'termNote', 'administrativeStatus')[0]
      terms.push({ lang, text: deepText(texts[0]), ...(status ? { status: deepText(status) } : {}) })
    }
  }
  const flags = { doNotTranslate: false, caseSensitive: false }
  const notes: string[] = []
  for (const note of elements(node, 'note').map(deepText)) {
    const flag = flagOfNote(note)
    if (flag) flags[flag] = true
    else if (note.trim() !== '') notes.push(note.trim())
  }
  const id = attributesOf(node).id ?? attributesOf(node)['xml:id']
  return {
    where,
    ...(id === undefined ? {} : { id }),
    terms,
    ...flags,
    note: notes.length > 0 ? notes.join('\n') : (definitions.map((text) => text.trim()).find((text) => text !== '') ?? ''),
    topics: typed(node, 'descrip', 'subjectField').map(deepText),
  }
}

export function readTbx(xml: string, limits: ExchangeLimits): ExchangeRead {
  const parsed = parseTbxXml(xml)
  if (!parsed.ok) {
    return refused({
      code: 'notXml',
      where: fileWhere,
      details: { line: parsed.line, column: parsed.column, detail: parsed.detail },
    })
  }
  const roots = parsed.nodes.filter((node) => nameOf(node) !== null)
  const root = roots[0]
  const rootName = (root && nameOf(root)) ?? ''
  const shape = shapes[rootName]
  if (!root || roots.length !== 1 || !shape) return refused({ code: 'notTbx', where: fileWhere, details: { name: rootName } })
  const body = elements(root, 'text').flatMap((text) => elements(text, 'body'))[0]
  if (!body) return refused({ code: 'noBody', where: fileWhere, details: {} })
  const entries = elements(body, shape.entry)
  if (entries.length === 0) return refused({ code: 'noConcepts', where: fileWhere, details: { element: shape.entry } })
  if (entries.length > limits.maxConcepts) {
    return refused({ code: 'tooManyConcepts', where: fileWhere, details: { max: limits.maxConcepts } })
  }
  const list = new ProblemList(limits.maxProblems)
  const raws: RawConcept[] = []
  entries.forEach((node, index) => {
    const id = attributesOf(node).id
    const line = parsed.lineOf(node)
    const where: ExchangeWhere = {
      kind: 'concept',
      index: index + 1,
      ...(id === undefined ? {} : { id }),
      ...(line === undefined ? {} : { line }),
    }
    const problems: ExchangeProblem[] = []
    const raw = readEntry(node, shape, where, problems)
    if (problems.length > 0) problems.forEach((problem) => list.add(problem))
    else raws.push(raw)
  })
  // Entries with structural problems are left out of the file-wide checks; the file is refused anyway.
  return finishRead(raws, list)
}
