/**
 * The one place locales are defined. Payload `localization`, next-intl routing,
 * the sitemap, the seed and the tests all read from here: adding a locale is a
 * one-line change here plus a `messages/<locale>.json` file.
 */
export const locales = ['it', 'fr', 'en'] as const

export type Locale = (typeof locales)[number]

/** Italian is both the default locale of the site and the source language of articles. */
export const defaultLocale = 'it' satisfies Locale
export const sourceLocale = defaultLocale

export type TargetLocale = Exclude<Locale, typeof sourceLocale>

/** Languages that articles are translated into. */
export const targetLocales: readonly TargetLocale[] = locales.filter((locale): locale is TargetLocale => locale !== sourceLocale)

/** One value per locale, built from the locale list (so no table needs a line per locale). */
export function perLocale<T>(make: (locale: Locale) => T): Record<Locale, T> {
  // Object.fromEntries types its keys as string; every locale is there by construction.
  return Object.fromEntries(locales.map((locale) => [locale, make(locale)])) as Record<Locale, T>
}

/** A language's name in another language ("francese" in Italian), from the runtime's CLDR data. */
export function languageName(locale: Locale, inLocale: Locale): string {
  return new Intl.DisplayNames([inLocale], { type: 'language' }).of(locale) ?? locale
}

/** Each language's name in that language, as a label ("Italiano", "Français"), for the switcher and the admin. */
export const localeNames: Record<Locale, string> = perLocale((locale) => {
  const name = languageName(locale, locale)
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)
})

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
