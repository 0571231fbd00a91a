import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '@/access'
import { checkReadLocale } from '@/access/readLocale'
import { slugField } from '@/fields/slug'
import { revalidateTopicAfterChange, revalidateTopicAfterDelete } from './hooks/revalidateTopic'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: {
    singular: { it: 'Argomento', fr: 'Sujet', en: 'Topic' },
    plural: { it: 'Argomenti', fr: 'Sujets', en: 'Topics' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'order'],
    group: { it: 'Contenuti', fr: 'Contenus', en: 'Content' },
  },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  defaultSort: 'order',
  hooks: {
    // An unknown locale is a 400, not an empty answer (src/i18n/requestLocale.ts).
    beforeOperation: [checkReadLocale],
    afterChange: [revalidateTopicAfterChange],
    afterDelete: [revalidateTopicAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: { it: 'Nome', fr: 'Nom', en: 'Name' } },
    slugField('name'),
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: { it: 'Descrizione', fr: 'Description', en: 'Description' },
    },
    {
      name: 'order',
      type: 'number',
      index: true,
      defaultValue: 0,
      label: { it: 'Ordine', fr: 'Ordre', en: 'Order' },
      admin: { position: 'sidebar' },
    },
  ],
}
