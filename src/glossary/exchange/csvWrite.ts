/**
 * Glossary concepts → CSV as spreadsheets open it: UTF-8 with a byte-order mark (without it
 * Excel reads "Réseau" as "RÃ©seau"), every field quoted, CRLF line ends (RFC 4180), a text
 * that a spreadsheet would run as a formula quoted by a leading ' (./csvColumns.ts).
 * Each language gets as many term/status column pairs as its busiest concept needs.
 */
import { stringify } from 'csv-stringify/sync'

import { flagColumns, statusSuffix, textColumns } from './csvColumns'
import type { ExportConcept } from './tbxWrite'

export function writeCsv({ concepts, locales }: { concepts: readonly ExportConcept[]; locales: readonly string[] }): string {
  const width = new Map(
    locales.map((locale) => [
      locale,
      Math.max(1, ...concepts.map((concept) => concept.terms.filter((term) => term.locale === locale).length)),
    ]),
  )
  const header: string[] = []
  for (const locale of locales) {
    for (let i = 0; i < (width.get(locale) ?? 1); i += 1) header.push(locale, `${locale}${statusSuffix}`)
  }
  header.push(...flagColumns, ...textColumns)
  const rows = concepts.map((concept) => {
    const cells: string[] = []
    for (const locale of locales) {
      const terms = concept.terms.filter((term) => term.locale === locale)
      for (let i = 0; i < (width.get(locale) ?? 1); i += 1) {
        const term = terms[i]
        cells.push(term?.text ?? '', term?.status ?? '')
      }
    }
    cells.push(String(concept.doNotTranslate), String(concept.caseSensitive), concept.note, concept.topic)
    return cells
  })
  return stringify([header, ...rows], {
    bom: true,
    quoted: true,
    quoted_empty: true,
    record_delimiter: 'windows',
    escape_formulas: true,
  })
}
