/**
 * The glossary highlight's strings in the admin language, as templates the browser fills
 * ({term}, {terms}, {note}): the segment view and the field view hand them to TermMark.
 */
import type { Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/messages'
import type { TermLabels } from '@/admin/components/TermMark'

const keys = ['tip', 'alternatives', 'doNotTranslate', 'note', 'insert', 'legend'] as const

export function termLabels(language: Locale): TermLabels & { legend: string } {
  const t = translatorFor(language, 'Glossary')
  return Object.fromEntries(keys.map((key) => [key, t.raw(`view.${key}`) as string])) as TermLabels & { legend: string }
}
