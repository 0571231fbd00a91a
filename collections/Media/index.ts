import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '@/access'
import { label, textPerLocale } from '@/i18n/labels'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: label('Labels.media.singular'),
    plural: label('Labels.media.plural'),
  },
  admin: { group: textPerLocale('Labels.groups.content') },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  upload: {
    staticDir: 'data/media',
    mimeTypes: ['image/*'],
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'content', width: 1200 },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      required: true,
      label: label('Labels.media.alternativeText'),
    },
  ],
}
