import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '@/access'
import { checkReadLocale } from '@/access/readLocale'
import { slugField } from '@/fields/slug'
import { slugReuseField } from '@/fields/slugReuse'
import { label, textPerLocale } from '@/i18n/labels'
import { refuseRedirectedSlug } from '@/redirects/services/claimSlug'
import { dropTopicRedirects, followTopicSlug } from '@/redirects/services/topicSlugs'
import { revalidateTopicAfterChange, revalidateTopicAfterDelete } from './hooks/revalidateTopic'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: {
    singular: label('Labels.topics.singular'),
    plural: label('Labels.topics.plural'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'order'],
    group: textPerLocale('Labels.groups.content'),
  },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  defaultSort: 'order',
  hooks: {
    // An unknown locale is a 400, not an empty answer (src/i18n/requestLocale.ts).
    beforeOperation: [checkReadLocale],
    // Old slugs keep answering (src/redirects); revalidation last, on the final state.
    beforeChange: [refuseRedirectedSlug('topics')],
    afterChange: [followTopicSlug, revalidateTopicAfterChange],
    afterDelete: [dropTopicRedirects, revalidateTopicAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: label('Labels.topics.name') },
    slugField('name'),
    slugReuseField(),
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: label('Labels.topics.description'),
    },
    {
      name: 'order',
      type: 'number',
      index: true,
      defaultValue: 0,
      label: label('Labels.topics.order'),
      admin: { position: 'sidebar' },
    },
  ],
}
