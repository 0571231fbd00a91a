import type { GlobalConfig } from 'payload'

import { anyone, isEditor } from '@/access'
import { revalidateLegal } from '@/globals/hooks/revalidateLegal'

/** Legal notice and terms of use, one page per locale. */
export const Legal: GlobalConfig = {
  slug: 'legal',
  label: { it: 'Avviso legale', fr: 'Mentions légales', en: 'Legal notice' },
  admin: { group: { it: 'Sito', fr: 'Site', en: 'Site' } },
  access: { read: anyone, update: isEditor },
  hooks: { afterChange: [revalidateLegal] },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { it: 'Titolo', fr: 'Titre', en: 'Title' } },
    { name: 'body', type: 'richText', localized: true, label: { it: 'Testo', fr: 'Texte', en: 'Text' } },
  ],
}
