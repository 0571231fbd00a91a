import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '@/access'
import { label, textPerLocale } from '@/i18n/labels'
import { sourceDisplayTitle } from '@/lib/sourceReference'
import { isHttpUrl, isValidDoi } from '@/lib/validators'
import { rememberSourceBeforeDelete, revalidateSourceAfterChange, revalidateSourceAfterDelete } from './hooks/revalidateSource'

export const sourceTypes = ['paper', 'book', 'chapter', 'webpage', 'standard', 'report'] as const

/** A bibliographic record: not translated, cited by articles in every language. */
export const Sources: CollectionConfig = {
  slug: 'sources',
  labels: {
    singular: label('Labels.sources.singular'),
    plural: label('Labels.sources.plural'),
  },
  admin: {
    // "Authors (year) Title" in pickers and lists; a search matches authors, year, title and DOI.
    useAsTitle: 'displayTitle',
    listSearchableFields: ['displayTitle', 'authors.family', 'doi'],
    defaultColumns: ['displayTitle', 'type', 'container'],
    group: textPerLocale('Labels.groups.content'),
  },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: {
    afterChange: [revalidateSourceAfterChange],
    beforeDelete: [rememberSourceBeforeDelete],
    afterDelete: [revalidateSourceAfterDelete],
  },
  fields: [
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'paper',
      options: sourceTypes.map((value) => ({ value, label: label(`Labels.sourceTypes.${value}`) })),
      label: label('Labels.sources.type'),
    },
    {
      name: 'authors',
      type: 'array',
      label: label('Labels.sources.authors'),
      labels: {
        singular: label('Labels.sources.author'),
        plural: label('Labels.sources.authors'),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'family',
              type: 'text',
              required: true,
              label: label('Labels.sources.familyNameOrOrganisation'),
            },
            { name: 'given', type: 'text', label: label('Labels.sources.givenName') },
          ],
        },
      ],
    },
    {
      name: 'year',
      type: 'number',
      min: 1400,
      max: 2100,
      label: label('Labels.sources.year'),
    },
    { name: 'title', type: 'text', required: true, label: label('Labels.sources.title') },
    {
      name: 'container',
      type: 'text',
      label: label('Labels.sources.journalProceedingsOrSite'),
    },
    { name: 'publisher', type: 'text', label: label('Labels.sources.publisher') },
    {
      name: 'url',
      type: 'text',
      label: 'URL',
      validate: (value: string | null | undefined) =>
        !value || isHttpUrl(value) || 'URL: only http:// and https:// addresses are accepted.',
    },
    {
      name: 'doi',
      type: 'text',
      label: 'DOI',
      admin: { description: '10.xxxx/…' },
      validate: (value: string | null | undefined) =>
        !value || isValidDoi(value) || 'DOI: expected the form 10.NNNN/suffix (without https://doi.org/).',
    },
    {
      // Derived from authors, year and title on every save (src/lib/citation.ts).
      name: 'displayTitle',
      type: 'text',
      label: label('Admin.sources.displayTitle'),
      admin: { hidden: true },
      access: { create: () => false, update: () => false },
      hooks: {
        beforeChange: [
          ({ siblingData, originalDoc }) => {
            // A partial update (REST PATCH) keeps the stored values of the fields it leaves out.
            const current = (name: 'authors' | 'year' | 'title') =>
              name in siblingData ? siblingData[name] : originalDoc?.[name]
            return sourceDisplayTitle({ authors: current('authors'), year: current('year'), title: current('title') ?? '' })
          },
        ],
      },
    },
    {
      name: 'accessedAt',
      type: 'date',
      label: label('Labels.sources.accessedOn'),
      admin: { date: { pickerAppearance: 'dayOnly' } },
    },
  ],
}
