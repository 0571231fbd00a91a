import type { CollectionConfig } from 'payload'

import { isEditor, isEditorField } from '@/access'
import { localeOptions } from '@/fields/localeOptions'
import { label, textPerLocale } from '@/i18n/labels'
import { locales } from '@/i18n/locales'
import { isHttpUrl } from '@/lib/validators'
import { citableArticles, validateCitedArticle, validateRequestLocale } from './citedArticle'

/** A visitor asking to be cited in an article; editors triage it. */
export const CitationRequests: CollectionConfig = {
  slug: 'citation-requests',
  labels: {
    singular: label('Labels.citationRequests.singular'),
    plural: label('Labels.citationRequests.plural'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'article', 'status', 'createdAt'],
    group: textPerLocale('Labels.groups.editorial'),
  },
  // Visitors create requests only through the site's form (honeypot, time token, per-IP limit), whose server
  // action writes with overrideAccess: an open API create would skip those checks, so only editors have one.
  access: { create: isEditor, read: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: label('Labels.citationRequests.name') },
    { name: 'email', type: 'email', required: true, label: 'E-mail' },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      label: label('Labels.citationRequests.article'),
      filterOptions: citableArticles,
      validate: validateCitedArticle,
    },
    {
      name: 'proposedUrl',
      type: 'text',
      required: true,
      maxLength: 2048,
      label: label('Labels.citationRequests.proposedSource'),
      validate: (value: string | null | undefined) =>
        (typeof value === 'string' && isHttpUrl(value)) || 'URL: only http:// and https:// addresses are accepted.',
    },
    {
      name: 'message',
      type: 'textarea',
      maxLength: 2000,
      label: label('Labels.citationRequests.message'),
    },
    {
      name: 'locale',
      type: 'select',
      options: localeOptions(locales),
      label: label('Labels.citationRequests.visitorLanguage'),
      admin: { position: 'sidebar' },
      // Chosen when the request is made (by the form, or an editor recording one by hand), then fixed:
      // the article was checked against it. Not `required` in the schema, so stored rows need no migration.
      access: { update: () => false },
      validate: validateRequestLocale,
    },
    {
      name: 'status',
      type: 'select',
      // Not `required`: the default always applies, and callers need not send it.
      defaultValue: 'new',
      index: true,
      options: [
        { value: 'new', label: label('Labels.citationRequests.new') },
        { value: 'accepted', label: label('Labels.citationRequests.accepted') },
        { value: 'declined', label: label('Labels.citationRequests.declined') },
      ],
      label: label('Labels.citationRequests.status'),
      admin: { position: 'sidebar' },
      // Visitors create requests as "new"; only editors triage.
      access: { create: isEditorField, update: isEditorField },
    },
  ],
}
