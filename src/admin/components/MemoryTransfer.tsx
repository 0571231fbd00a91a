/**
 * `beforeListTable` of the translation memory: export a language pair as TMX (the pairs the
 * user may read) and, for editors, import a TMX file. The server checks both again.
 */
import type { ServerProps } from 'payload'
import React from 'react'

import { isEditorUser } from '@/access/roles'
import { adminLanguage } from '@/admin/i18n/translator'
import { translatorFor } from '@/i18n/messages'
import { languageName, sourceLocale, targetLocales } from '@/i18n/locales'
import { mayExportPair } from '@/workflow/services/tmx'
import { MemoryTransferClient } from './MemoryTransferClient'
import '@/admin/styles/admin.css'

export function MemoryTransfer({ i18n, payload, user }: Pick<ServerProps, 'i18n' | 'payload' | 'user'>) {
  const language = adminLanguage(i18n)
  const t = translatorFor(language, 'Tmx')
  const pairs = targetLocales
    .filter((to) => mayExportPair(user ?? null, to))
    .map((to) => ({
      from: sourceLocale,
      to,
      label: `${languageName(sourceLocale, language)} → ${languageName(to, language)}`,
    }))
  if (pairs.length === 0) return null
  return (
    <MemoryTransferClient
      apiRoute={payload.config.routes.api}
      pairs={pairs}
      canImport={isEditorUser(user ?? null)}
      labels={{
        export: t('admin.export'),
        import: t('admin.import'),
        pair: t('admin.pair'),
        importing: t('admin.importing'),
        failed: t('admin.failed', { status: '{status}' }),
      }}
    />
  )
}
