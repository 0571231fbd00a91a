/**
 * The one loader for `messages/<locale>.json`: the site (next-intl), the admin,
 * the e-mails and the collection labels all read the files through here, for
 * every locale listed in `locales.ts`, so a new locale needs no import anywhere.
 */
import { createRequire } from 'node:module'

import { createTranslator } from 'next-intl'

import type sourceMessages from '../../messages/it.json'
import { perLocale, type Locale } from './locales'

/** The shape every messages file has (the messages unit test keeps the files in step). */
export type Messages = typeof sourceMessages

// Read synchronously: a top-level `await import()` here made Node 20 end tsx-run scripts
// with exit code 13 now and then (its off-thread loader left the import unsettled).
// Server-only: the browser gets what it needs as props (see the admin's publish summary).
const readJson = createRequire(import.meta.url)

/** Every locale's messages, read once when the server starts. */
export const messages: Readonly<Record<Locale, Messages>> = perLocale((locale) => readJson(`../../messages/${locale}.json`))

/** UI strings outside a rendering request (server actions, e-mails, feeds, admin components, tests). */
export function translatorFor<NS extends keyof Messages>(locale: Locale, namespace: NS) {
  return createTranslator({ locale, messages: messages[locale], namespace })
}
