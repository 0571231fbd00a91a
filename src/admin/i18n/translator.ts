/**
 * Admin UI strings come from messages/{it,fr,en}.json (namespace "Admin"),
 * the same files as the site, so every string has its three translations and
 * the messages test keeps them in step. Server components pick the language
 * the user chose for the admin (`req.i18n.language`) and pass ready strings
 * to client components.
 */
import { createTranslator } from 'next-intl'

import en from '../../../messages/en.json'
import fr from '../../../messages/fr.json'
import it from '../../../messages/it.json'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

const messages = { it, fr, en } satisfies Record<Locale, typeof it>

/** The admin language as one of our locales (Payload's admin offers exactly it/fr/en). */
export function adminLanguage(i18n: { language: string } | undefined): Locale {
  const language = i18n?.language
  return isLocale(language) ? language : defaultLocale
}

export function adminTranslator(language: Locale) {
  return createTranslator({ locale: language, messages: messages[language], namespace: 'Admin' })
}

export type AdminT = ReturnType<typeof adminTranslator>
