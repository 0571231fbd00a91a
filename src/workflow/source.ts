import { translatableFields, type TranslatableField } from './fingerprint'

export type SourceValues = Record<TranslatableField, unknown>

export function pickSource(doc: Partial<Record<TranslatableField, unknown>>): SourceValues {
  return Object.fromEntries(translatableFields.map((field) => [field, doc[field] ?? null])) as SourceValues
}
