/**
 * Labels for Payload's config (collections, fields, options, groups,
 * descriptions), taken from the messages files by key, so the config holds no
 * per-language text and a new locale gets its labels from its messages file.
 */
import { defaultLocale, isLocale, perLocale, type Locale } from './locales'
import { messages, type Messages } from './messages'

/** Dotted paths to the strings of the messages files (`'Labels.articles.summary'`). */
export type MessageKey<T = Messages> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessageKey<T[K]>}`
}[keyof T & string]

export function message(locale: Locale, key: MessageKey): string {
  let value: unknown = messages[locale]
  for (const part of key.split('.')) value = typeof value === 'object' && value !== null ? Reflect.get(value, part) : undefined
  if (typeof value !== 'string') throw new Error(`messages/${locale}.json has no string at ${key}`)
  return value
}

/** The admin language as one of our locales (the admin offers exactly the site's locales). */
export function adminLanguage(i18n: { language: string } | undefined): Locale {
  const language = i18n?.language
  return isLocale(language) ? language : defaultLocale
}

/**
 * A label Payload resolves in the admin language. A function rather than a
 * per-language object: Payload turns it into a plain string for the browser,
 * where some of its own components print a label object as "[object Object]".
 */
export function label(key: MessageKey) {
  return ({ i18n }: { i18n: { language: string } }): string => message(adminLanguage(i18n), key)
}

/** The same text per locale, where Payload accepts no function (`admin.group`). */
export function textPerLocale(key: MessageKey): Record<Locale, string> {
  return perLocale((locale) => message(locale, key))
}
