/**
 * A TMX file → the segment pairs of one language pair, or every problem found: the file is
 * read whole before anything is written, so one bad unit rejects the file.
 *
 * Checked: well-formed XML, a `<tmx version="1.4">` root, a header whose `srclang` is the
 * pair's source, a body with at most `maxUnits` units, and in each unit exactly one `<tuv>`
 * per language of the pair (others are ignored) with one non-empty `<seg>` of at most
 * `maxSegment` characters, whose inline elements are `<bpt>`/`<ept>`/`<ph>` only, balanced,
 * and the same tags on both sides.
 */
import { readSeg, type Numbering } from './inline'
import type { TmxProblem } from './problems'
import { noContext, props, type TmxUnit } from './units'
import { attributesOf, childrenOf, elements, innerText, nameOf, parseXml, type XmlNode } from './xml'

export type TmxLimits = { maxUnits: number; maxSegment: number; maxProblems: number }

export type TmxRead = { ok: true; units: TmxUnit[] } | { ok: false; problems: TmxProblem[]; total: number }

const contextPattern = /^[0-9a-f]{64}$/

/** "fr-FR", "FR" and "fr" are all French. */
export function sameLanguage(tag: string | undefined, locale: string): boolean {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] === locale
}

function contextOf(value: string | undefined): string | null | undefined {
  if (value === noContext) return null
  return value !== undefined && contextPattern.test(value) ? value : undefined
}

function propsOf(unit: XmlNode): Map<string, string> {
  return new Map(elements(unit, 'prop').map((node) => [attributesOf(node).type ?? '', innerText(node).trim()]))
}

/** TMX dates (20261202T061500Z) as ISO dates; anything else is left out. */
export function isoFromTmxDate(value: string | undefined): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '')
  if (!match) return undefined
  const [, y, mo, d, h, mi, s] = match
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

function validIso(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

type UnitRead = { ok: true; unit: TmxUnit } | { ok: false; problem: Omit<TmxProblem, 'unit' | 'tuid'> }

function readUnit(node: XmlNode, from: string, to: string, limits: TmxLimits): UnitRead {
  const tuvs = elements(node, 'tuv')
  const texts: string[] = []
  const numbering: Numbering = { numbers: new Map(), pairs: [] }
  for (const lang of [from, to]) {
    const mine = tuvs.filter((tuv) => {
      const attributes = attributesOf(tuv)
      return sameLanguage(attributes['xml:lang'] ?? attributes.lang, lang)
    })
    if (mine.length === 0) return { ok: false, problem: { code: 'missingLanguage', details: { lang } } }
    if (mine.length > 1) return { ok: false, problem: { code: 'duplicateLanguage', details: { lang } } }
    const segs = elements(mine[0] ?? {}, 'seg')
    const seg = segs[0]
    if (segs.length !== 1 || !seg) return { ok: false, problem: { code: 'noSeg', details: { lang } } }
    const read = readSeg(childrenOf(seg), lang, numbering, lang === from)
    if (!read.ok) return read
    if (read.text.trim() === '') return { ok: false, problem: { code: 'emptySeg', details: { lang } } }
    if (read.text.length > limits.maxSegment) {
      return { ok: false, problem: { code: 'segTooLong', details: { lang, max: limits.maxSegment } } }
    }
    texts.push(read.text)
  }
  const attributes = attributesOf(node)
  const found = propsOf(node)
  return {
    ok: true,
    unit: {
      tuid: attributes.tuid,
      source: texts[0] ?? '',
      target: texts[1] ?? '',
      article: found.get(props.article),
      field: found.get(props.field),
      approvedAt: validIso(found.get(props.approvedAt)) ?? isoFromTmxDate(attributes.changedate ?? attributes.creationdate),
      before: contextOf(found.get(props.before)),
      after: contextOf(found.get(props.after)),
    },
  }
}

export function readTmx(xml: string, pair: { from: string; to: string }, limits: TmxLimits): TmxRead {
  const whole = (problem: TmxProblem): TmxRead => ({ ok: false, problems: [problem], total: 1 })
  const parsed = parseXml(xml)
  if (!parsed.ok) return whole({ code: 'notXml', details: { line: parsed.line, detail: parsed.detail } })
  const roots = parsed.nodes.filter((node) => nameOf(node) !== null)
  const root = roots[0]
  if (!root || roots.length !== 1 || nameOf(root) !== 'tmx') {
    return whole({ code: 'notTmx', details: { name: (root && nameOf(root)) ?? '' } })
  }
  const version = attributesOf(root).version ?? ''
  if (version !== '1.4' && version !== '1.4b') return whole({ code: 'version', details: { found: version } })
  const header = elements(root, 'header')[0]
  if (!header) return whole({ code: 'noHeader', details: {} })
  const srclang = attributesOf(header).srclang ?? ''
  if (!sameLanguage(srclang, pair.from)) {
    return whole({ code: 'srclang', details: { found: srclang, expected: pair.from } })
  }
  const body = elements(root, 'body')[0]
  if (!body) return whole({ code: 'noBody', details: {} })
  const nodes = elements(body, 'tu')
  if (nodes.length === 0) return whole({ code: 'noUnits', details: {} })
  if (nodes.length > limits.maxUnits) return whole({ code: 'tooManyUnits', details: { max: limits.maxUnits } })
  const units: TmxUnit[] = []
  const problems: TmxProblem[] = []
  let total = 0
  nodes.forEach((node, index) => {
    const read = readUnit(node, pair.from, pair.to, limits)
    if (read.ok) units.push(read.unit)
    else {
      total += 1
      const tuid = attributesOf(node).tuid
      if (problems.length < limits.maxProblems) {
        problems.push({ ...read.problem, unit: index + 1, ...(tuid === undefined ? {} : { tuid }) })
      }
    }
  })
  return total > 0 ? { ok: false, problems, total } : { ok: true, units }
}
