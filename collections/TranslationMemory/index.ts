import type { CollectionConfig } from 'payload'

import { isEditor, systemOnly } from '@/access'
import { localeOptions } from '@/fields/localeOptions'
import { label, textPerLocale } from '@/i18n/labels'
import { locales } from '@/i18n/locales'
import { forgetMemoryIndexes } from '@/workflow/services/translationMemory'
import { translatableFields } from '@/workflow/fingerprint'
import { canReadMemory } from './access'
import { setKey } from './hooks/setKey'
import { lookupEndpoint } from './lookup'
import { memoryOrigins } from './origins'
import { tmxExportEndpoint, tmxImportEndpoint } from './tmx'

/**
 * The translation memory: one approved segment pair per row (source and target text with
 * their tags, see src/segments/tags.ts), filled when an editor approves a task
 * (src/workflow/services/translationMemory.ts). Editors may correct or delete a pair.
 */
export const TranslationMemory: CollectionConfig = {
  slug: 'translation-memory',
  labels: {
    singular: label('Labels.translationMemory.singular'),
    plural: label('Labels.translationMemory.plural'),
  },
  admin: {
    useAsTitle: 'sourceText',
    defaultColumns: ['sourceText', 'targetText', 'targetLocale', 'approvedAt', 'origin'],
    listSearchableFields: ['sourceText', 'targetText'],
    group: textPerLocale('Labels.groups.editorial'),
    components: { beforeListTable: ['/src/admin/components/MemoryTransfer#MemoryTransfer'] },
  },
  // Payload would derive the GraphQL names from the slug ("TranslationMemories"); these read better.
  graphQL: { singularName: 'MemoryPair', pluralName: 'MemoryPairs' },
  access: { read: canReadMemory, create: isEditor, update: isEditor, delete: isEditor },
  hooks: {
    beforeChange: [setKey],
    afterChange: [({ doc }) => (forgetMemoryIndexes(), doc)],
    afterDelete: [({ doc }) => (forgetMemoryIndexes(), doc)],
  },
  endpoints: [lookupEndpoint, tmxExportEndpoint, tmxImportEndpoint],
  // Exact lookups read one language pair and one key.
  indexes: [{ fields: ['sourceLocale', 'targetLocale', 'key'] }],
  fields: [
    {
      name: 'sourceLocale',
      type: 'select',
      required: true,
      options: localeOptions(locales),
      label: label('Labels.translationMemory.sourceLocale'),
    },
    {
      name: 'targetLocale',
      type: 'select',
      required: true,
      index: true,
      options: localeOptions(locales),
      label: label('Labels.translationMemory.targetLocale'),
    },
    { name: 'sourceText', type: 'textarea', required: true, label: label('Labels.translationMemory.sourceText') },
    { name: 'targetText', type: 'textarea', required: true, label: label('Labels.translationMemory.targetText') },
    {
      // The source text with its spaces normalised (src/memory/normalise.ts), set by hooks/setKey.
      name: 'key',
      type: 'text',
      label: label('Labels.translationMemory.key'),
      admin: { hidden: true },
      access: systemOnly,
    },
    {
      // Hashes of the neighbouring source segments: a match with the same neighbours is 101 %.
      name: 'contextBefore',
      type: 'text',
      admin: { hidden: true },
      label: label('Labels.translationMemory.context'),
    },
    { name: 'contextAfter', type: 'text', admin: { hidden: true }, label: label('Labels.translationMemory.context') },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      index: true,
      label: label('Labels.translationMemory.article'),
    },
    {
      name: 'field',
      type: 'select',
      options: translatableFields.map((value) => ({ value, label: label(`Admin.fields.${value}`) })),
      label: label('Labels.translationMemory.field'),
    },
    {
      name: 'approvedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Labels.translationMemory.approvedBy'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'approvedAt',
      type: 'date',
      label: label('Labels.translationMemory.approvedAt'),
      admin: { position: 'sidebar' },
    },
    {
      // Where the pair came from: an approval here, or a TMX file (src/workflow/services/tmx.ts).
      name: 'origin',
      type: 'select',
      defaultValue: 'approval',
      options: memoryOrigins.map((value) => ({ value, label: label(`Labels.translationMemory.origins.${value}`) })),
      label: label('Labels.translationMemory.origin'),
      admin: { position: 'sidebar', readOnly: true },
      access: systemOnly,
    },
  ],
}
