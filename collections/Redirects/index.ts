import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access'
import { localeOptions } from '@/fields/localeOptions'
import { label, textPerLocale } from '@/i18n/labels'
import { locales } from '@/i18n/locales'
import { redirectCollections } from '@/redirects/rules'

const nobody = () => false

/**
 * Old URLs of articles and topics (src/redirects): written only by the server
 * when a published slug changes, read by editors and by the public site
 * (server-side, on its not-found path). Editors may delete one to retire an
 * old URL for good.
 */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  labels: {
    singular: label('Labels.redirects.singular'),
    plural: label('Labels.redirects.plural'),
  },
  admin: {
    useAsTitle: 'from',
    defaultColumns: ['from', 'collection', 'locale', 'article', 'topic', 'updatedAt'],
    group: textPerLocale('Labels.groups.content'),
  },
  access: { read: isEditor, create: nobody, update: nobody, delete: isEditor },
  // One old slug per language and collection leads to one document.
  indexes: [{ fields: ['collection', 'locale', 'from'], unique: true }],
  fields: [
    {
      name: 'from',
      type: 'text',
      required: true,
      index: true,
      label: label('Labels.redirects.from'),
    },
    {
      name: 'collection',
      type: 'select',
      required: true,
      options: redirectCollections.map((value) => ({ value, label: label(`Labels.redirects.${value}`) })),
      label: label('Labels.redirects.collection'),
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: localeOptions(locales),
      label: label('Labels.redirects.language'),
    },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      index: true,
      label: label('Labels.redirects.article'),
    },
    {
      name: 'topic',
      type: 'relationship',
      relationTo: 'topics',
      index: true,
      label: label('Labels.redirects.topic'),
    },
  ],
}
