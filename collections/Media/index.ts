import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '@/access'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { it: 'Media', fr: 'Média', en: 'Media' },
    plural: { it: 'Media', fr: 'Médias', en: 'Media' },
  },
  admin: { group: { it: 'Contenuti', fr: 'Contenus', en: 'Content' } },
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
      label: { it: 'Testo alternativo', fr: 'Texte alternatif', en: 'Alternative text' },
    },
  ],
}
