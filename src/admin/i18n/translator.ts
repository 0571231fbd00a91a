/**
 * Admin UI strings come from messages/<locale>.json (namespace "Admin"),
 * the same files as the site, read by the one loader (src/i18n/messages.ts).
 * Server components pick the language the user chose for the admin
 * (`req.i18n.language`) and pass ready strings to client components.
 */
import type { Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/messages'

export { adminLanguage } from '@/i18n/labels'

export function adminTranslator(language: Locale) {
  return translatorFor(language, 'Admin')
}

export type AdminT = ReturnType<typeof adminTranslator>
