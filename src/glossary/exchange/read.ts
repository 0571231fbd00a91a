/**
 * A glossary file's bytes → its concepts or its problems, whatever the format: only UTF-8 is
 * read (TBX requires it, and a CSV in another encoding would import mangled accents).
 */
import { readCsv } from './csvRead'
import type { ExchangeFormat } from './format'
import { fileWhere, type ExchangeLimits } from './problems'
import { refused, type ExchangeRead } from './readResult'
import { readTbx } from './tbxRead'

export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

export function readGlossaryText(text: string, format: ExchangeFormat, limits: ExchangeLimits): ExchangeRead {
  if (format === 'csv') return readCsv(text, limits)
  // XML allows a byte-order mark before the declaration; the validator does not.
  return readTbx(text.replace(/^\uFEFF/, ''), limits)
}

export function readGlossaryFile(bytes: Uint8Array, format: ExchangeFormat, limits: ExchangeLimits): ExchangeRead {
  const text = decodeUtf8(bytes)
  if (text === null) return refused({ code: 'notUtf8', where: fileWhere, details: {} })
  return readGlossaryText(text, format, limits)
}
