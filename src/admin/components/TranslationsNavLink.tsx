/** `beforeNavLinks`: the translation workspace first in the menu, where translators start their day. */
import type { ServerProps } from 'payload'
import React from 'react'

import { adminLanguage, adminTranslator } from '@/admin/i18n/translator'
import { adminUrl, translationsViewPath } from '@/admin/lib/adminUrls'
import { NavLinkClient } from './NavLinkClient'

export function TranslationsNavLink({ i18n, payload, user }: Pick<ServerProps, 'i18n' | 'payload' | 'user'>) {
  if (!user) return null
  const t = adminTranslator(adminLanguage(i18n))
  return <NavLinkClient href={adminUrl(payload.config.routes.admin, translationsViewPath)} label={t('nav.workspace')} />
}
