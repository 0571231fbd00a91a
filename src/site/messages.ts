import { createTranslator } from 'next-intl'

import en from '../../messages/en.json'
import fr from '../../messages/fr.json'
import it from '../../messages/it.json'
import type { Locale } from '@/i18n/locales'

/**
 * UI strings outside a rendering request (server actions' core, e-mails, feeds,
 * tests): the same message files next-intl serves to pages.
 */
export const siteMessages: Record<Locale, typeof it> = { it, fr, en }

export function translatorFor<NS extends keyof typeof it>(locale: Locale, namespace: NS) {
  return createTranslator({ locale, messages: siteMessages[locale], namespace })
}
