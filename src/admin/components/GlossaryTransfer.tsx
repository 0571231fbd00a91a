/**
 * `beforeListTable` of the glossary: export the accepted entries as TBX or CSV (everyone who
 * reads the glossary) and, for editors, import a TBX or CSV file. The server checks both again.
 */
import type { ServerProps } from 'payload'
import React from 'react'

import { isEditorUser } from '@/access/roles'
import { adminLanguage } from '@/admin/i18n/translator'
import { translatorFor } from '@/i18n/messages'
import { GlossaryTransferClient } from './GlossaryTransferClient'
import '@/admin/styles/admin.css'

export function GlossaryTransfer({ i18n, payload, user }: Pick<ServerProps, 'i18n' | 'payload' | 'user'>) {
  if (!user) return null
  const t = translatorFor(adminLanguage(i18n), 'GlossaryExchange')
  return (
    <GlossaryTransferClient
      apiRoute={payload.config.routes.api}
      canImport={isEditorUser(user)}
      labels={{
        exportTbx: t('admin.exportTbx'),
        exportCsv: t('admin.exportCsv'),
        import: t('admin.import'),
        importing: t('admin.importing'),
        failed: t('admin.failed', { status: '{status}' }),
        problems: t('admin.problems'),
      }}
    />
  )
}
