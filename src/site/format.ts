import { perLocale, type Locale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'

/** BCP 47 tags for `Intl`, and the `og:locale` form of the same. */
export const intlLocales: Record<Locale, string> = perLocale((locale) => messages[locale].Locale.dates)
export const ogLocales: Record<Locale, string> = perLocale((locale) => messages[locale].Locale.openGraph)

/**
 * "17 marzo 2026" / "17 mars 2026" / "17 March 2026". Dates are shown in UTC so
 * a page renders the same wherever the server runs (pages are cached HTML).
 */
export function formatDate(iso: string | null | undefined, locale: Locale): string | null {
  if (!iso) return null
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}

/** `YYYY-MM-DD` for `<time datetime>`. */
export function isoDate(iso: string | null | undefined): string | null {
  if (!iso) return null
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10)
}
