import { isLocale, locales, type Locale } from '@/i18n/locales'

export type LocaleMap<T> = Partial<Record<Locale, T>>

/**
 * A `locale: 'all'` read returns localized fields as `{ it: …, fr: … }` while
 * the generated types still describe one locale: this reads such a value safely.
 */
export function localeStrings(value: unknown): LocaleMap<string> {
  const result: LocaleMap<string> = {}
  if (typeof value !== 'object' || value === null) return result
  for (const [key, text] of Object.entries(value)) {
    if (isLocale(key) && typeof text === 'string' && text.trim() !== '') result[key] = text
  }
  return result
}

/** Locales of `map` in the canonical locale order. */
export function presentLocales(map: LocaleMap<unknown>): Locale[] {
  return locales.filter((locale) => map[locale] !== undefined)
}

/** A relationship value is an id or, once populated, the document. */
export function populated<T extends { id: unknown }>(value: T | number | string | null | undefined): T | null {
  return typeof value === 'object' && value !== null ? value : null
}
