/**
 * A translated XLIFF file → the target of every segment, or every problem found: the file is
 * read whole before anything is written, so one bad segment refuses the file.
 *
 * Checked, in order (a file-level problem stops the reading, since nothing after it would be
 * worth reporting): well-formed XML without a DOCTYPE, an `<xliff>` root in the XLIFF namespace
 * of its version, a version we read — 2.1 and 1.2, which we write, and 2.0, which tools such as
 * Okapi write back for a 2.x file (same namespace and core) — of the family the task was
 * exported in, the source and target languages. Then per article, unit and segment: each id
 * is in the current source and none is missing or doubled, the file's `<source>` is still the
 * current source, the target is not empty, and its tags are the source's. A source that changed
 * since the export shows either as a segment whose `<source>` differs (a tool let the translator
 * edit it) or, since a segment's id is the hash of its text, as an old id in the file where the
 * current one is missing: both are reported as `sourceChanged` on the current segment.
 *
 * Tags may move and nest differently from the source: word order differs between languages,
 * and a link can move to the other end of a sentence. Refused is what cannot be turned back
 * into markup: a tag missing, doubled or unknown, a pair written as a standalone tag, pairs
 * crossing each other or a closing tag before its opening one (possible with `<bpt>`/`<ept>`
 * and `<sc>`/`<ec>`), and a tag inside formatted text (bold text holds only text: a link inside
 * bold that the source had outside it changes the structure). `canReorder` is never written,
 * so the spec's default ("yes") tells the tool the same.
 */
import { normaliseSpaces } from '@/segments/ids'
import { tagProblems, visibleWords, type TagProblem } from '@/segments/tags'
import { sameLanguage } from '@/tmx/read'

import { fileOriginal, nmtoken } from './ids'
import { emptyNumbering, readInline, type Numbering } from './inlineRead'
import { withoutNonXmlChars } from './inlineWrite'
import type { XliffExpected, XliffParse, XliffProblem, XliffProblemCode } from './types'
import { attributesOf, childrenOf, elements, nameOf, namespaces, parseXml, type XmlNode } from './xml'

type Family = '1.2' | '2'
type Expected = XliffExpected['files'][number]
type ExpectedUnit = Expected['units'][number]
type ExpectedSegment = ExpectedUnit['segments'][number]

/** A segment as found in the file: `<segment>` (2.x) or `<trans-unit>` (1.2). */
type FoundSegment = { id: string | undefined; source: XmlNode | undefined; target: XmlNode | undefined }
type FoundUnit = { id: string | undefined; segments: FoundSegment[] }

const tagCodes: Record<TagProblem['kind'], XliffProblemCode> = {
  missing: 'tagMissing',
  extra: 'tagUnknown',
  duplicate: 'tagDuplicate',
  wrongKind: 'tagWrongKind',
  unbalanced: 'tagUnbalanced',
  unclosed: 'tagUnclosed',
  misplaced: 'tagMisplaced',
  stray: 'tagUnknown',
}

/** Long texts are cut in the report: it says which segment, the editor shows the rest. */
function excerpt(value: string): string {
  return value.length > 300 ? `${value.slice(0, 299)}…` : value
}

function segmentOf(node: XmlNode): FoundSegment {
  return { id: attributesOf(node).id, source: elements(node, 'source')[0], target: elements(node, 'target')[0] }
}

/** 2.x: units, at any depth of `<group>`s a tool may have added. */
function units2(node: XmlNode): FoundUnit[] {
  return childrenOf(node).flatMap((child) => {
    const name = nameOf(child)
    if (name === 'group') return units2(child)
    if (name !== 'unit') return []
    return [{ id: attributesOf(child).id, segments: elements(child, 'segment').map(segmentOf) }]
  })
}

/** 1.2: a group of trans-units is a unit; trans-units outside any group belong to no unit. */
function units1(node: XmlNode, groupId: string | undefined): FoundUnit[] {
  const own = elements(node, 'trans-unit').map(segmentOf)
  const nested = elements(node, 'group').flatMap((group) => units1(group, attributesOf(group).id))
  return own.length > 0 ? [{ id: groupId, segments: own }, ...nested] : nested
}

function fileUnits(file: XmlNode, family: Family): FoundUnit[] {
  if (family === '2') return units2(file)
  return elements(file, 'body').flatMap((body) => units1(body, undefined))
}

/** Found items by encoded id; doubled and unknown ids are reported by the caller. */
function byId<T extends { id: string | undefined }>(found: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of found) {
    const key = item.id ?? ''
    map.set(key, [...(map.get(key) ?? []), item])
  }
  return map
}

type Context = { articleId: string; family: Family; problems: XliffProblem[]; targets: Map<string, string> }

function checkSegment(context: Context, unitId: string, expected: ExpectedSegment, found: FoundSegment): void {
  const at = { articleId: context.articleId, unitId, segmentId: expected.id }
  const report = (problem: XliffProblemCode, detail: Record<string, string | number> = {}) =>
    context.problems.push({ problem, ...at, detail })
  const numbering: Numbering = emptyNumbering()
  const source = readInline(found.source ? childrenOf(found.source) : [], context.family, numbering, true)
  for (const problem of source.problems) report(problem.problem, problem.detail)
  // 1.2 cannot carry characters XML forbids, so the export left them out (inlineWrite.ts).
  const current = context.family === '1.2' ? withoutNonXmlChars(expected.source) : expected.source
  if (normaliseSpaces(source.text) !== normaliseSpaces(current)) {
    report('sourceChanged', { expected: excerpt(expected.source), found: excerpt(source.text) })
    return
  }
  if (!found.target) {
    report('emptyTarget')
    return
  }
  const target = readInline(childrenOf(found.target), context.family, numbering, false)
  for (const problem of target.problems) report(problem.problem, problem.detail)
  const text = target.text.trim()
  if (visibleWords(text).trim() === '') {
    report('emptyTarget')
    return
  }
  const allIssues = tagProblems(text, expected.tags)
  // Once pairs cross, what follows is "inside" the wrong pair: only the crossing is the translator's to fix.
  const crossed = allIssues.some((issue) => issue.kind === 'unbalanced' || issue.kind === 'unclosed')
  const tagIssues = crossed ? allIssues.filter((issue) => issue.kind !== 'misplaced') : allIssues
  for (const issue of tagIssues) {
    const tag = 'tag' in issue ? (numbering.ids[issue.tag - 1] ?? String(issue.tag)) : `@${issue.at}`
    report(tagCodes[issue.kind], { tag })
  }
  if (source.problems.length === 0 && target.problems.length === 0 && tagIssues.length === 0) {
    context.targets.set(expected.id, text)
  }
}

function checkUnit(context: Context, expected: ExpectedUnit, found: FoundUnit): void {
  const at = { articleId: context.articleId, unitId: expected.id }
  const ids = new Map(expected.segments.map((segment) => [nmtoken(segment.id), segment]))
  // A tool that drops segment ids (they are optional in 2.x) keeps their order.
  const keyed = found.segments.map((segment, i) => ({
    ...segment,
    id: segment.id ?? (expected.segments[i] ? nmtoken(expected.segments[i].id) : undefined),
  }))
  const foundById = byId(keyed)
  const unknown = keyed.filter((segment) => !ids.has(segment.id ?? ''))
  const missing = expected.segments.filter((segment) => !foundById.has(nmtoken(segment.id)))
  for (const [id, list] of foundById) {
    const segment = ids.get(id)
    if (segment && list.length > 1)
      context.problems.push({ problem: 'duplicateSegment', ...at, segmentId: segment.id, detail: {} })
  }
  if (unknown.length > 0 && missing.length > 0) {
    // A segment's id is the hash of its text: a sentence edited since the export comes back
    // under its old id while the current one is missing. Paired in order, they are reported as
    // changed sources; what is left over was added (missing) or removed (unknown) since.
    const count = Math.max(unknown.length, missing.length)
    for (let i = 0; i < count; i += 1) {
      const old = unknown[i]
      const current = missing[i]
      const found = old?.source ? readInline(childrenOf(old.source), context.family, emptyNumbering(), true).text : ''
      context.problems.push({
        problem: 'sourceChanged',
        ...at,
        segmentId: current?.id ?? old?.id ?? '',
        detail: { expected: excerpt(current?.source ?? ''), found: excerpt(found) },
      })
    }
  } else {
    for (const segment of unknown)
      context.problems.push({ problem: 'unknownSegment', ...at, segmentId: segment.id ?? '', detail: {} })
    for (const segment of missing) context.problems.push({ problem: 'missingSegment', ...at, segmentId: segment.id, detail: {} })
  }
  for (const segment of expected.segments) {
    const list = foundById.get(nmtoken(segment.id))
    if (list?.length === 1 && list[0]) checkSegment(context, expected.id, segment, list[0])
  }
}

function checkFile(context: Context, expected: Expected, file: XmlNode): void {
  const at = { articleId: context.articleId }
  const units = new Map(expected.units.map((unit) => [nmtoken(unit.id), unit]))
  const found = byId(fileUnits(file, context.family))
  for (const [id, list] of found) {
    if (!units.has(id)) context.problems.push({ problem: 'unknownUnit', ...at, unitId: id, detail: {} })
    else if (list.length > 1) context.problems.push({ problem: 'duplicateUnit', ...at, unitId: id, detail: {} })
  }
  for (const unit of expected.units) {
    if (unit.segments.length === 0) continue
    const list = found.get(nmtoken(unit.id))
    if (!list) context.problems.push({ problem: 'missingUnit', ...at, unitId: unit.id, detail: {} })
    else if (list.length === 1 && list[0]) checkUnit(context, unit, list[0])
  }
}

function languageProblems(root: XmlNode, family: Family, expected: XliffExpected): XliffProblem[] {
  const pairs: Array<{ source: string | undefined; target: string | undefined }> =
    family === '2'
      ? [{ source: attributesOf(root).srcLang, target: attributesOf(root).trgLang }]
      : elements(root, 'file').map((file) => ({
          source: attributesOf(file)['source-language'],
          target: attributesOf(file)['target-language'],
        }))
  const problems: XliffProblem[] = []
  const source = pairs.find((pair) => !sameLanguage(pair.source, expected.sourceLocale))
  if (source)
    problems.push({ problem: 'sourceLanguage', detail: { found: source.source ?? '', expected: expected.sourceLocale } })
  const target = pairs.find((pair) => !sameLanguage(pair.target, expected.targetLocale))
  if (target)
    problems.push({ problem: 'targetLanguage', detail: { found: target.target ?? '', expected: expected.targetLocale } })
  return problems
}

function fileKey(file: XmlNode, family: Family): string {
  const attributes = attributesOf(file)
  return (family === '2' ? attributes.id : attributes.original) ?? ''
}

export function parseXliff(xml: string, expected: XliffExpected): XliffParse {
  const whole = (problem: XliffProblemCode, detail: Record<string, string | number> = {}): XliffParse => ({
    ok: false,
    problems: [{ problem, detail }],
  })
  const parsed = parseXml(xml)
  if (!parsed.ok) {
    if (parsed.doctype) return whole('doctype')
    return whole('notXml', { line: parsed.line, column: parsed.column, message: parsed.message })
  }
  const roots = parsed.nodes.filter((node) => nameOf(node) !== null)
  const root = roots[0]
  if (!root || roots.length !== 1 || nameOf(root) !== 'xliff') return whole('notXliff', { found: (root && nameOf(root)) ?? '' })
  const attributes = attributesOf(root)
  const version = attributes.version ?? ''
  if (version !== '1.2' && version !== '2.0' && version !== '2.1') return whole('version', { found: version })
  const family: Family = version === '1.2' ? '1.2' : '2'
  if (attributes.xmlns !== namespaces[family]) return whole('notXliff', { found: attributes.xmlns ?? '' })
  if (expected.version !== undefined && (expected.version === '1.2') !== (family === '1.2')) {
    return whole('version', { found: version, expected: expected.version })
  }
  const languages = languageProblems(root, family, expected)
  if (languages.length > 0) return { ok: false, problems: languages }

  const problems: XliffProblem[] = []
  const targets = new Map<string, Map<string, string>>()
  const files = byId(elements(root, 'file').map((node) => ({ id: fileKey(node, family), node })))
  const keyOf = (articleId: string | number) => (family === '2' ? nmtoken(articleId) : fileOriginal(articleId))
  const known = new Set(expected.files.map((file) => keyOf(file.articleId)))
  for (const [id, list] of files) {
    if (!known.has(id)) problems.push({ problem: 'unknownFile', detail: { file: id } })
    else if (list.length > 1) problems.push({ problem: 'duplicateFile', detail: { file: id } })
  }
  for (const file of expected.files) {
    const articleId = String(file.articleId)
    const list = files.get(keyOf(file.articleId))
    if (!list) {
      problems.push({ problem: 'missingFile', articleId, detail: {} })
      continue
    }
    const context: Context = { articleId, family, problems, targets: new Map() }
    if (list.length === 1 && list[0]) checkFile(context, file, list[0].node)
    targets.set(articleId, context.targets)
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, version, targets }
}
