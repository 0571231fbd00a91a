/**
 * The article editor's Preview links (a `ui` field in the sidebar): one per
 * language the signed-in user may preview, each opening the draft on the site's
 * real page in a new tab (a link made for this user, src/preview).
 */
import type { ServerComponentProps } from 'payload'
import React from 'react'

import { languageName } from '@/i18n/locales'
import { previewHrefs } from '@/preview/data/issue'
import { adminLanguage, adminTranslator } from '@/admin/i18n/translator'
import { capitalize } from '@/admin/lib/text'
import '@/admin/styles/admin.css'

type Props = Pick<ServerComponentProps, 'id' | 'req'>

export async function PreviewLinks({ id, req }: Props) {
  if (id === undefined || !req.user) return null
  const links = await previewHrefs(req.payload, req.user, id)
  if (links.length === 0) return null
  const language = adminLanguage(req.i18n)
  const t = adminTranslator(language)
  return (
    <div className="dg-admin dg-preview-links" data-preview-links>
      <h4>{t('preview.heading')}</h4>
      <ul>
        {links.map((link) => (
          <li key={link.locale}>
            <a className="dg-link" href={link.href} target="_blank" rel="noopener" data-preview-locale={link.locale}>
              {t('preview.inLanguage', { language: capitalize(languageName(link.locale, language), language) })}
            </a>
          </li>
        ))}
      </ul>
      <p className="dg-muted">{t('preview.hint')}</p>
    </div>
  )
}
