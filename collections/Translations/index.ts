import type { CollectionConfig } from 'payload'

import { isEditor, isEditorField } from '../../src/access'
import { localeOptions } from '../../src/fields/localeOptions'
import { targetLocales } from '../../src/i18n/locales'
import { taskStatuses } from '../../src/workflow/states'
import { canReadTranslations } from './access'
import { setTaskKey } from './hooks/setTaskKey'
import { syncPublicLocales, syncPublicLocalesAfterDelete } from './hooks/syncPublicLocales'

const statusLabels: Record<(typeof taskStatuses)[number], Record<'it' | 'fr' | 'en', string>> = {
  todo: { it: 'Da fare', fr: 'À faire', en: 'To do' },
  in_progress: { it: 'In corso', fr: 'En cours', en: 'In progress' },
  in_review: { it: 'In revisione', fr: 'En relecture', en: 'In review' },
  approved: { it: 'Approvata', fr: 'Approuvée', en: 'Approved' },
  outdated: { it: 'Da aggiornare', fr: 'À mettre à jour', en: 'Outdated' },
}

/** A translation task: one article × one target locale. */
export const Translations: CollectionConfig = {
  slug: 'translations',
  labels: {
    singular: { it: 'Traduzione', fr: 'Traduction', en: 'Translation' },
    plural: { it: 'Traduzioni', fr: 'Traductions', en: 'Translations' },
  },
  admin: {
    useAsTitle: 'taskKey',
    defaultColumns: ['article', 'locale', 'status', 'assignee', 'dueDate'],
    group: { it: 'Redazione', fr: 'Rédaction', en: 'Editorial' },
  },
  access: {
    read: canReadTranslations,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  hooks: { beforeValidate: [setTaskKey], afterChange: [syncPublicLocales], afterDelete: [syncPublicLocalesAfterDelete] },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      index: true,
      label: { it: 'Articolo', fr: 'Article', en: 'Article' },
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      index: true,
      options: localeOptions(targetLocales),
      label: { it: 'Lingua di destinazione', fr: 'Langue cible', en: 'Target language' },
    },
    {
      // `article:locale`, unique: the database itself refuses a second task for the same pair.
      name: 'taskKey',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
    },
    {
      name: 'status',
      type: 'select',
      // Not `required`: the default always applies, and callers need not send it.
      defaultValue: 'todo',
      index: true,
      options: taskStatuses.map((value) => ({ value, label: statusLabels[value] })),
      label: { it: 'Stato', fr: 'Statut', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      filterOptions: { role: { equals: 'translator' } },
      label: { it: 'Assegnata a', fr: 'Assignée à', en: 'Assignee' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'dueDate',
      type: 'date',
      label: { it: 'Scadenza', fr: 'Échéance', en: 'Due date' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    {
      // Set at the first approval; a translation approved once stays online while it is reworked.
      name: 'approvedAt',
      type: 'date',
      label: { it: 'Approvata il', fr: 'Approuvée le', en: 'Approved on' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'sourceFingerprints',
      type: 'json',
      label: { it: 'Impronte della fonte', fr: 'Empreintes de la source', en: 'Source fingerprints' },
      admin: {
        readOnly: true,
        description: {
          it: 'Hash di ogni campo sorgente al momento dell’approvazione.',
          fr: 'Hash de chaque champ source au moment de l’approbation.',
          en: 'Hash of each source field when the translation was approved.',
        },
      },
    },
    {
      name: 'history',
      type: 'array',
      label: { it: 'Cronologia', fr: 'Historique', en: 'History' },
      // History is written by the server only and never edited.
      access: { create: isEditorField, update: () => false },
      admin: { readOnly: true },
      fields: [
        { name: 'at', type: 'date', required: true },
        { name: 'by', type: 'relationship', relationTo: 'users' },
        { name: 'from', type: 'select', options: [...taskStatuses] },
        { name: 'to', type: 'select', options: [...taskStatuses], required: true },
        { name: 'comment', type: 'textarea' },
      ],
    },
  ],
}
