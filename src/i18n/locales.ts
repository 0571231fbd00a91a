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
export const targetLocales: readonly TargetLocale[] = locales.filter(
  (locale): locale is TargetLocale => locale !== sourceLocale,
)

/** Each language's name in that language (for the switcher and the admin). */
export const localeNames: Record<Locale, string> = {
  it: 'Italiano',
  fr: 'Français',
  en: 'English',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
