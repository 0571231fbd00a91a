/**
 * A CSV file (UTF-8, RFC 4180 quoting, comma, semicolon or tab as the spreadsheet wrote it;
 * layout in ./csvColumns.ts) → the glossary's concepts, or every problem found with its line.
 * csv-parse reads the records; a record's line is the one it starts on (a quoted note may
 * span several).
 */
import { CsvError, parse } from 'csv-parse/sync'

import { localeOfTag, type RawConcept, type RawTerm } from './concept'
import { columnOf, flagOf, unescapeFormula, type Column, type ConceptColumn } from './csvColumns'
import { fileWhere, ProblemList, type ExchangeLimits, type ExchangeProblem, type ExchangeWhere } from './problems'
import { finishRead, refused, type ExchangeRead } from './readResult'

type CsvRecord = { cells: string[]; line: number }

/** csv-parse's `info: true` shape (its types do not follow the option). */
function isInfoRecord(value: unknown): value is { record: string[]; info: { lines: number } } {
  if (typeof value !== 'object' || value === null || !('record' in value) || !('info' in value)) return false
  const { record, info } = value
  return (
    Array.isArray(record) &&
    record.every((cell) => typeof cell === 'string') &&
    typeof info === 'object' &&
    info !== null &&
    'lines' in info &&
    typeof info.lines === 'number'
  )
}

/** The header line's most frequent separator: spreadsheets in Italian or French write ";". */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/))
  const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: header.split(delimiter).length - 1 }))
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).delimiter
}

function records(text: string): { ok: true; records: CsvRecord[] } | { ok: false; line: number; detail: string } {
  try {
    const rows: unknown = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    })
    if (!Array.isArray(rows)) return { ok: false, line: 1, detail: 'no records' }
    // csv-parse counts the line a record ends on; a quoted line break inside it moves the start back.
    return {
      ok: true,
      records: rows.filter(isInfoRecord).map(({ record, info }) => ({
        cells: record,
        line: info.lines - record.reduce((breaks, cell) => breaks + (cell.match(/\n/g)?.length ?? 0), 0),
      })),
    }
  } catch (error) {
    if (error instanceof CsvError)
      return { ok: false, line: typeof error.lines === 'number' ? error.lines : 1, detail: error.message }
    throw error
  }
}

type Layout = { columns: Column[]; statusOf: Map<number, number> }

/** Each term column with its status column, or what is wrong with the header. */
function layoutOf(header: string[], problems: ExchangeProblem[]): Layout {
  const where: ExchangeWhere = { kind: 'line', line: 1 }
  const columns = header.map(columnOf)
  const statusOf = new Map<number, number>()
  const seen = new Set<ConceptColumn>()
  columns.forEach((column, index) => {
    if (column.kind === 'unknown') problems.push({ code: 'unknownColumn', where, details: { name: column.name } })
    if (column.kind === 'concept') {
      if (seen.has(column.name)) problems.push({ code: 'duplicateColumn', where, details: { name: column.name } })
      seen.add(column.name)
    }
    if (column.kind === 'term' && !localeOfTag(column.lang)) {
      problems.push({ code: 'unknownLanguage', where, details: { lang: column.lang } })
    }
    if (column.kind !== 'status') return
    // A status belongs to the closest term column of its language to its left that has none yet.
    const lang = localeOfTag(column.lang) ?? column.lang
    let term = -1
    for (let i = index - 1; i >= 0 && term === -1; i -= 1) {
      const candidate = columns[i]
      if (candidate?.kind === 'term' && (localeOfTag(candidate.lang) ?? candidate.lang) === lang && !statusOf.has(i)) term = i
    }
    if (term === -1) problems.push({ code: 'statusWithoutTermColumn', where, details: { name: header[index] ?? '' } })
    else statusOf.set(term, index)
  })
  if (!columns.some((column) => column.kind === 'term')) problems.push({ code: 'noTermColumn', where, details: {} })
  return { columns, statusOf }
}

function readRow(row: CsvRecord, layout: Layout, header: string[], problems: ExchangeProblem[]): RawConcept {
  const where: ExchangeWhere = { kind: 'line', line: row.line }
  const cell = (index: number) => unescapeFormula(row.cells[index] ?? '')
  if (row.cells.length > header.length) problems.push({ code: 'extraCells', where, details: { count: header.length } })
  const terms: RawTerm[] = []
  const concept = { doNotTranslate: false, caseSensitive: false, note: '', topic: '' }
  layout.columns.forEach((column, index) => {
    if (column.kind === 'term') {
      const statusColumn = layout.statusOf.get(index)
      const text = cell(index)
      const status = statusColumn === undefined ? '' : cell(statusColumn)
      if (text.trim() === '' && status.trim() !== '') {
        problems.push({ code: 'statusWithoutTerm', where, details: { lang: column.lang } })
      } else if (text.trim() !== '') {
        terms.push({ lang: column.lang, text, status })
      }
    } else if (column.kind === 'concept') {
      if (column.name === 'note' || column.name === 'topic') concept[column.name] = cell(index)
      else {
        const flag = flagOf(cell(index))
        if (flag === null) problems.push({ code: 'badFlag', where, details: { column: header[index] ?? '', found: cell(index) } })
        else concept[column.name] = flag
      }
    }
  })
  return { where, terms, ...concept, topics: [concept.topic] }
}

export function readCsv(text: string, limits: ExchangeLimits): ExchangeRead {
  const read = records(text)
  if (!read.ok) return refused({ code: 'notCsv', where: fileWhere, details: { line: read.line, detail: read.detail } })
  const [headerRecord, ...rows] = read.records
  if (!headerRecord || !headerRecord.cells.some((cell) => cell.trim() !== '')) {
    return refused({ code: 'noHeader', where: fileWhere, details: {} })
  }
  const header = headerRecord.cells
  const list = new ProblemList(limits.maxProblems)
  const headerProblems: ExchangeProblem[] = []
  const layout = layoutOf(header, headerProblems)
  if (headerProblems.length > 0) {
    headerProblems.forEach((problem) => list.add(problem))
    return { ok: false, problems: list.problems, total: list.total, concepts: [] }
  }
  // A row of empty cells (a spreadsheet's trailing separators) is no concept.
  const concepts = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''))
  if (concepts.length === 0) return refused({ code: 'noConcepts', where: fileWhere, details: { element: 'row' } })
  if (concepts.length > limits.maxConcepts) {
    return refused({ code: 'tooManyConcepts', where: fileWhere, details: { max: limits.maxConcepts } })
  }
  const raws: RawConcept[] = []
  for (const row of concepts) {
    const problems: ExchangeProblem[] = []
    const raw = readRow(row, layout, header, problems)
    if (problems.length > 0) problems.forEach((problem) => list.add(problem))
    else raws.push(raw)
  }
  return finishRead(raws, list)
}
