import { localeNames, type Locale } from '@/i18n/locales'

/** Select options for a list of locales, labelled in their own language. */
export function localeOptions(list: readonly Locale[]) {
  return list.map((locale) => ({ value: locale, label: `${localeNames[locale]} (${locale})` }))
}
