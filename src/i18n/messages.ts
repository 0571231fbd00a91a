/**
 * The one loader for `messages/<locale>.json`: the site (next-intl), the admin,
 * the e-mails and the collection labels all read the files through here, for
 * every locale listed in `locales.ts`, so a new locale needs no import anywhere.
 */
import { createTranslator } from 'next-intl'

import type sourceMessages from '../../messages/it.json'
import { locales, perLocale, type Locale } from './locales'

/** The shape every messages file has (the messages unit test keeps the files in step). */
export type Messages = typeof sourceMessages

async function load(locale: Locale): Promise<Messages> {
  return (await import(`../../messages/${locale}.json`)).default
}

const loaded = await Promise.all(locales.map(load))

/** Every locale's messages, read once when the server starts. */
export const messages: Readonly<Record<Locale, Messages>> = perLocale((locale) => loaded[locales.indexOf(locale)])

/** UI strings outside a rendering request (server actions, e-mails, feeds, admin components, tests). */
export function translatorFor<NS extends keyof Messages>(locale: Locale, namespace: NS) {
  return createTranslator({ locale, messages: messages[locale], namespace })
}
