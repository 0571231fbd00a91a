import type { GlobalConfig } from 'payload'

import { anyone, isEditor } from '@/access'
import { label, textPerLocale } from '@/i18n/labels'
import { revalidateLegal } from './hooks/revalidateLegal'

/** Legal notice and terms of use, one page per locale. */
export const Legal: GlobalConfig = {
  slug: 'legal',
  label: label('Labels.legal.label'),
  admin: { group: textPerLocale('Labels.groups.site') },
  access: { read: anyone, update: isEditor },
  hooks: { afterChange: [revalidateLegal] },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: label('Labels.legal.title') },
    { name: 'body', type: 'richText', localized: true, label: label('Labels.legal.text') },
  ],
}
