import type { Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/messages'
import type { XliffExchangeLabels } from '@/admin/components/XliffExchange'

/** The XLIFF card's strings in the admin language (task panel and job view). */
export function xliffLabels(language: Locale): XliffExchangeLabels {
  const t = translatorFor(language, 'Xliff')
  const keys = ['heading', 'intro', 'export21', 'export12', 'prefill', 'import', 'keepInProgress', 'importing'] as const
  const labels = Object.fromEntries(keys.map((key) => [key, t(`ui.${key}`)])) as Omit<XliffExchangeLabels, 'failed'>
  // {status} is filled by the client.
  return { ...labels, failed: t.raw('ui.failed') as string }
}
