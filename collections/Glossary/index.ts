import type { CollectionConfig } from 'payload'

import { isEditorField, isLoggedIn, systemOnly } from '@/access'
import { localeOptions } from '@/fields/localeOptions'
import { glossaryLimits, termStatuses } from '@/glossary/terms'
import { label, textPerLocale } from '@/i18n/labels'
import { locales } from '@/i18n/locales'
import { canChangeGlossary, canReadGlossary } from './access'
import { glossaryExportEndpoint, glossaryImportEndpoint } from './exchange'
import { markProposals } from './hooks/markProposals'
import { setTitle } from './hooks/setTitle'
import { validateTerms } from './validateTerms'

/**
 * The termbase: one concept per entry, with its terms in each language (preferred, allowed or
 * forbidden) and rules for the whole concept. The quality checks (src/quality/glossary.ts)
 * and the translator's highlighting read the accepted entries; translators may propose.
 */
export const Glossary: CollectionConfig = {
  slug: 'glossary',
  labels: { singular: label('Labels.glossary.singular'), plural: label('Labels.glossary.plural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'doNotTranslate', 'review', 'topic'],
    listSearchableFields: ['title'],
    group: textPerLocale('Labels.groups.editorial'),
    components: { beforeListTable: ['/src/admin/components/GlossaryTransfer#GlossaryTransfer'] },
  },
  endpoints: [glossaryExportEndpoint, glossaryImportEndpoint],
  graphQL: { singularName: 'GlossaryEntry', pluralName: 'GlossaryEntries' },
  access: { read: canReadGlossary, create: isLoggedIn, update: canChangeGlossary, delete: canChangeGlossary },
  hooks: { beforeChange: [markProposals, setTitle] },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: label('Labels.glossary.title'),
      admin: { hidden: true },
      access: systemOnly,
    },
    {
      name: 'terms',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: glossaryLimits.termsPerConcept,
      label: label('Labels.glossary.terms'),
      labels: { singular: label('Labels.glossary.term'), plural: label('Labels.glossary.terms') },
      validate: validateTerms,
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'locale',
              type: 'select',
              required: true,
              options: localeOptions(locales),
              label: label('Labels.glossary.locale'),
            },
            {
              name: 'text',
              type: 'text',
              required: true,
              maxLength: glossaryLimits.termLength,
              label: label('Labels.glossary.text'),
            },
            {
              name: 'status',
              type: 'select',
              required: true,
              defaultValue: 'preferred',
              options: termStatuses.map((value) => ({ value, label: label(`Labels.glossary.status.${value}`) })),
              label: label('Labels.glossary.statusLabel'),
            },
          ],
        },
      ],
    },
    {
      name: 'doNotTranslate',
      type: 'checkbox',
      defaultValue: false,
      label: label('Labels.glossary.doNotTranslate'),
    },
    { name: 'caseSensitive', type: 'checkbox', defaultValue: false, label: label('Labels.glossary.caseSensitive') },
    { name: 'note', type: 'textarea', maxLength: glossaryLimits.noteLength, label: label('Labels.glossary.note') },
    {
      name: 'topic',
      type: 'relationship',
      relationTo: 'topics',
      label: label('Labels.glossary.topic'),
      admin: { position: 'sidebar', description: label('Labels.glossary.topicDescription') },
    },
    {
      name: 'review',
      type: 'select',
      required: true,
      defaultValue: 'accepted',
      index: true,
      options: [
        { value: 'accepted', label: label('Labels.glossary.review.accepted') },
        { value: 'pending', label: label('Labels.glossary.review.pending') },
      ],
      label: label('Labels.glossary.reviewLabel'),
      admin: { position: 'sidebar' },
      access: { create: isEditorField, update: isEditorField },
    },
    {
      name: 'proposedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Labels.glossary.proposedBy'),
      admin: { position: 'sidebar', readOnly: true },
      access: systemOnly,
    },
  ],
}
