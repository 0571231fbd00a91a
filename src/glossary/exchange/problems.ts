/**
 * What can be wrong with a glossary file (TBX or CSV), as codes with their details and where:
 * the endpoint words them in the caller's language (messages, namespace GlossaryExchange.problems).
 */
export type ExchangeProblemCode =
  // the whole file
  | 'notUtf8'
  | 'notXml'
  | 'notTbx'
  | 'noBody'
  | 'noConcepts'
  | 'tooManyConcepts'
  | 'notCsv'
  | 'noHeader'
  | 'unknownColumn'
  | 'duplicateColumn'
  | 'statusWithoutTermColumn'
  | 'noTermColumn'
  | 'extraCells'
  // one concept (a conceptEntry, or a CSV line)
  | 'unknownLanguage'
  | 'noLanguage'
  | 'noTerm'
  | 'emptyTerm'
  | 'termTooLong'
  | 'unknownStatus'
  | 'statusWithoutTerm'
  | 'duplicateTerm'
  | 'needsSourceTerm'
  | 'tooManyTerms'
  | 'noteTooLong'
  | 'badFlag'
  | 'tooManyTopics'
  | 'unknownTopic'
  | 'duplicateId'
  | 'duplicateConcept'
  | 'ambiguousMatch'
  | 'sameEntry'

/** A file as a whole, a CSV line, or the n-th conceptEntry (1-based) with its id and line when known. */
export type ExchangeWhere =
  { kind: 'file' } | { kind: 'line'; line: number } | { kind: 'concept'; index: number; id?: string; line?: number }

export type ExchangeProblem = {
  code: ExchangeProblemCode
  where: ExchangeWhere
  details: Record<string, string | number>
}

export type ExchangeLimits = {
  maxConcepts: number
  /** Listed in the answer; the rest are only counted. */
  maxProblems: number
}

/** Collects problems up to the limit and counts them all. */
export class ProblemList {
  readonly problems: ExchangeProblem[] = []
  total = 0

  constructor(private readonly max: number) {}

  add(problem: ExchangeProblem): void {
    this.total += 1
    if (this.problems.length < this.max) this.problems.push(problem)
  }
}

export const fileWhere: ExchangeWhere = { kind: 'file' }

/** Where a problem is, as a number to list them in file order (the file itself first). */
export function positionOf(where: ExchangeWhere): number {
  if (where.kind === 'line') return where.line
  if (where.kind === 'concept') return where.line ?? where.index
  return 0
}
