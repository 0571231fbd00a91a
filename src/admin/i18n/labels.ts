/**
 * A Payload label in every admin language, from the messages files (namespace
 * "Admin"): collections name new fields with a key instead of an inline object.
 */
import { locales, type Locale } from '@/i18n/locales'
import { adminTranslator } from './translator'

type AdminKey = Parameters<ReturnType<typeof adminTranslator>>[0]

export function adminLabel(key: AdminKey): Record<Locale, string> {
  return Object.fromEntries(locales.map((locale) => [locale, adminTranslator(locale)(key)])) as Record<Locale, string>
}
