import type { ArrayFieldValidation } from 'payload'

import { sourceLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/messages'
import { callerLanguage } from '@/workflow/callerLanguage'

type TermRow = { locale?: unknown; text?: unknown; status?: unknown }

/** A concept needs a usable source term, and a term may appear once per language. */
export const validateTerms: ArrayFieldValidation = (value, { req }) => {
  const t = translatorFor(callerLanguage(req), 'Glossary')
  const rows = (Array.isArray(value) ? value : []).map((row: unknown): TermRow => (row && typeof row === 'object' ? row : {}))
  const hasSource = rows.some(
    (row) => row.locale === sourceLocale && row.status !== 'forbidden' && typeof row.text === 'string' && row.text.trim() !== '',
  )
  if (!hasSource) return t('validation.needsSourceTerm', { locale: sourceLocale })
  const seen = new Set<string>()
  for (const row of rows) {
    const key = `${String(row.locale)}\u0000${typeof row.text === 'string' ? row.text.trim().toLowerCase() : ''}`
    if (seen.has(key)) return t('validation.duplicateTerm', { term: String(row.text), locale: String(row.locale) })
    seen.add(key)
  }
  return true
}
