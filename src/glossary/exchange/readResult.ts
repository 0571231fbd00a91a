/**
 * What both readers answer: every concept of the file, checked, or every problem found. The
 * checks that span the file live here: two entries with one id, or one source term in two
 * concepts (the import matches concepts by that term, so it must name one concept).
 */
import { sourceLocale } from '@/i18n/locales'

import { checkConcept, sourceKeys, type ExchangeConcept, type RawConcept } from './concept'
import { ProblemList, type ExchangeProblem, type ExchangeWhere } from './problems'

/**
 * A refusal keeps the concepts that passed, so the import can still check them against the
 * glossary (topics, matches) and report every problem of the file at once.
 */
export type ExchangeRead =
  | { ok: true; concepts: ExchangeConcept[] }
  | { ok: false; problems: ExchangeProblem[]; total: number; concepts: ExchangeConcept[] }

export function refused(problem: ExchangeProblem): ExchangeRead {
  return { ok: false, problems: [problem], total: 1, concepts: [] }
}

/** Another concept named in a problem's details: a CSV line, or a conceptEntry's id (else its rank). */
export function otherDetails(where: ExchangeWhere): { otherKind: string; otherAt: string | number } {
  if (where.kind === 'line') return { otherKind: 'line', otherAt: where.line }
  if (where.kind === 'concept') return { otherKind: 'concept', otherAt: where.id ?? where.index }
  return { otherKind: 'file', otherAt: '' }
}

export function finishRead(raws: readonly RawConcept[], list: ProblemList): ExchangeRead {
  const concepts: ExchangeConcept[] = []
  const ids = new Map<string, ExchangeWhere>()
  const terms = new Map<string, ExchangeWhere>()
  for (const raw of raws) {
    if (raw.id !== undefined && raw.id !== '') {
      const first = ids.get(raw.id)
      if (first) list.add({ code: 'duplicateId', where: raw.where, details: { id: raw.id } })
      else ids.set(raw.id, raw.where)
    }
    const checked = checkConcept(raw)
    if (!checked.ok) {
      for (const problem of checked.problems) list.add(problem)
      continue
    }
    const keys = sourceKeys(checked.concept.terms)
    const named = checked.concept.terms.filter((term) => term.locale === sourceLocale && term.status !== 'forbidden')
    keys.forEach((key, index) => {
      const first = terms.get(key)
      const term = named[index]?.text ?? key
      if (first) list.add({ code: 'duplicateConcept', where: raw.where, details: { term, ...otherDetails(first) } })
      else terms.set(key, raw.where)
    })
    concepts.push(checked.concept)
  }
  return list.total > 0 ? { ok: false, problems: list.problems, total: list.total, concepts } : { ok: true, concepts }
}
