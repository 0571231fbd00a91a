import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '@/access'
import { adminLabel } from '@/admin/i18n/labels'
import { sourceDisplayTitle } from '@/lib/sourceReference'
import { isHttpUrl, isValidDoi } from '@/lib/validators'
import { rememberSourceBeforeDelete, revalidateSourceAfterChange, revalidateSourceAfterDelete } from './hooks/revalidateSource'

export const sourceTypes = ['paper', 'book', 'chapter', 'webpage', 'standard', 'report'] as const

const typeLabels: Record<(typeof sourceTypes)[number], Record<'it' | 'fr' | 'en', string>> = {
  paper: { it: 'Articolo scientifico', fr: 'Article scientifique', en: 'Paper' },
  book: { it: 'Libro', fr: 'Livre', en: 'Book' },
  chapter: { it: 'Capitolo', fr: 'Chapitre', en: 'Book chapter' },
  webpage: { it: 'Pagina web', fr: 'Page web', en: 'Web page' },
  standard: { it: 'Standard / RFC', fr: 'Norme / RFC', en: 'Standard / RFC' },
  report: { it: 'Rapporto', fr: 'Rapport', en: 'Report' },
}

/** A bibliographic record: not translated, cited by articles in every language. */
export const Sources: CollectionConfig = {
  slug: 'sources',
  labels: {
    singular: { it: 'Fonte', fr: 'Source', en: 'Source' },
    plural: { it: 'Fonti', fr: 'Sources', en: 'Sources' },
  },
  admin: {
    // "Authors (year) Title" in pickers and lists; a search matches authors, year, title and DOI.
    useAsTitle: 'displayTitle',
    listSearchableFields: ['displayTitle', 'authors.family', 'doi'],
    defaultColumns: ['displayTitle', 'type', 'container'],
    group: { it: 'Contenuti', fr: 'Contenus', en: 'Content' },
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
      options: sourceTypes.map((value) => ({ value, label: typeLabels[value] })),
      label: { it: 'Tipo', fr: 'Type', en: 'Type' },
    },
    {
      name: 'authors',
      type: 'array',
      label: { it: 'Autori', fr: 'Auteurs', en: 'Authors' },
      labels: {
        singular: { it: 'Autore', fr: 'Auteur', en: 'Author' },
        plural: { it: 'Autori', fr: 'Auteurs', en: 'Authors' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'family',
              type: 'text',
              required: true,
              label: { it: 'Cognome (o ente)', fr: 'Nom (ou organisme)', en: 'Family name (or organisation)' },
            },
            { name: 'given', type: 'text', label: { it: 'Nome', fr: 'Prénom', en: 'Given name' } },
          ],
        },
      ],
    },
    {
      name: 'year',
      type: 'number',
      min: 1400,
      max: 2100,
      label: { it: 'Anno', fr: 'Année', en: 'Year' },
    },
    { name: 'title', type: 'text', required: true, label: { it: 'Titolo', fr: 'Titre', en: 'Title' } },
    {
      name: 'container',
      type: 'text',
      label: { it: 'Rivista, atti o sito', fr: 'Revue, actes ou site', en: 'Journal, proceedings or site' },
    },
    { name: 'publisher', type: 'text', label: { it: 'Editore', fr: 'Éditeur', en: 'Publisher' } },
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
      label: adminLabel('sources.displayTitle'),
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
      label: { it: 'Consultato il', fr: 'Consulté le', en: 'Accessed on' },
      admin: { date: { pickerAppearance: 'dayOnly' } },
    },
  ],
}
