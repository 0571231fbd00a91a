import { defaultLocale, isLocale, locales, type Locale } from './locales'

/** What a read may ask for: one language, or every language at once. */
export type RequestLocale = Locale | 'all'

export type LocaleParse = { ok: true; locale: RequestLocale } | { ok: false; message: string }

const accepted = `${locales.join(', ')} or all`

/** A BCP 47 tag with a region or script (`fr-FR`, `fr_CA`, `en-Latn-GB`): its first subtag is the language. */
const regionalTag = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})+$/

/**
 * Reads the `locale` of an API request. Payload keeps an unknown code as it is
 * when the config has no fallback, and the database then answers with no text
 * at all (or fails on some queries), so every read settles it here first:
 * no value means the default locale (as on the Local API), `*` means `all`, a
 * regional tag means its language, and anything else is refused.
 */
export function parseRequestLocale(raw: unknown): LocaleParse {
  if (raw === undefined || raw === null) return { ok: true, locale: defaultLocale }
  if (typeof raw !== 'string') return { ok: false, message: `The locale must be one code: ${accepted}.` }
  const code = raw.trim().toLowerCase()
  if (code === '') return { ok: true, locale: defaultLocale }
  if (code === 'all' || code === '*') return { ok: true, locale: 'all' }
  if (isLocale(code)) return { ok: true, locale: code }
  const language = regionalTag.exec(code)?.[1]
  if (isLocale(language)) return { ok: true, locale: language }
  return { ok: false, message: `Unknown locale ${JSON.stringify(raw.slice(0, 40))}: use ${accepted}.` }
}
