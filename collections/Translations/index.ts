import type { CollectionConfig, Where } from 'payload'

import { isEditor, isEditorField, systemOnly } from '@/access'
import { localeOptions } from '@/fields/localeOptions'
import { label, textPerLocale } from '@/i18n/labels'
import { targetLocales } from '@/i18n/locales'
import { translatableFields } from '@/workflow/fingerprint'
import { taskStatuses } from '@/workflow/states'
import { canReadTranslations, canUpdateTranslation } from './access'
import { leverageEndpoint } from './leverage'
import { applyWorkflow } from './hooks/applyWorkflow'
import { afterWorkflowChange } from './hooks/afterWorkflowChange'
import { setTaskKey } from './hooks/setTaskKey'
import { setTaskTitle } from './hooks/setTaskTitle'
import { preTranslate } from './hooks/preTranslate'
import { recordMemory } from './hooks/recordMemory'
import { segmentEndpoints } from './segments'
import { machinePrefillEndpoint } from './machinePrefill'
import { xliffEndpoints } from './xliff'
import { syncPublicLocales, syncPublicLocalesAfterDelete } from './hooks/syncPublicLocales'

/** A translation task: one article × one target locale, moved along `src/workflow/states.ts`. */
export const Translations: CollectionConfig = {
  slug: 'translations',
  labels: {
    singular: label('Labels.translations.singular'),
    plural: label('Labels.translations.plural'),
  },
  admin: {
    // "Question · Français", not "11:fr" (collections/Translations/hooks/setTaskTitle.ts).
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'assignee', 'dueDate', 'wordsToTranslate'],
    listSearchableFields: ['title', 'taskKey'],
    group: textPerLocale('Labels.groups.editorial'),
    // One-click filters on status and language above the list (Payload's own filters work too).
    components: { beforeListTable: ['/src/admin/components/TaskListFilters#TaskListFilters'] },
  },
  access: {
    read: canReadTranslations,
    create: isEditor,
    update: canUpdateTranslation,
    delete: isEditor,
  },
  // Leverage on demand, and the segment editor's read and save (src/workflow/services/segmentEditor.ts).
  endpoints: [leverageEndpoint, ...segmentEndpoints, machinePrefillEndpoint, ...xliffEndpoints],
  hooks: {
    beforeValidate: [setTaskKey],
    beforeChange: [applyWorkflow, setTaskTitle],
    afterChange: [syncPublicLocales, recordMemory, preTranslate, afterWorkflowChange],
    afterDelete: [syncPublicLocalesAfterDelete],
  },
  fields: [
    {
      // Not stored: the task summary, the "open article" link, the diff and the buttons for the allowed moves.
      name: 'workflow',
      type: 'ui',
      admin: { components: { Field: '/src/admin/components/TaskPanel#TaskPanel' }, disableListColumn: true },
    },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      index: true,
      label: label('Labels.translations.article'),
      access: { update: () => false },
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      index: true,
      options: localeOptions(targetLocales),
      label: label('Labels.translations.targetLanguage'),
      access: { update: () => false },
    },
    {
      // The article's Italian question and the language, kept in step by the article's hooks.
      name: 'title',
      type: 'text',
      label: label('Admin.task.title'),
      admin: { hidden: true },
      access: systemOnly,
    },
    {
      // `article:locale`, unique: the database itself refuses a second task for the same pair.
      name: 'taskKey',
      type: 'text',
      unique: true,
      index: true,
      label: label('Labels.translations.task'),
      admin: { hidden: true },
      access: systemOnly,
    },
    {
      name: 'status',
      type: 'select',
      // Not `required`: the default always applies, and callers need not send it.
      defaultValue: 'todo',
      index: true,
      options: taskStatuses.map((value) => ({ value, label: label(`Admin.status.${value}`) })),
      label: label('Labels.translations.status'),
      // No raw dropdown of all five states: the task panel (TaskPanel) offers the moves the
      // workflow allows this user; the server still checks every save (hooks/applyWorkflow).
      admin: { position: 'sidebar', components: { Field: false } },
    },
    {
      // Not stored: the reason given with a move (required to request changes), copied into the history.
      name: 'transitionComment',
      type: 'textarea',
      virtual: true,
      label: label('Labels.translations.commentOnTheChange'),
      // Written in the task panel, beside the move buttons.
      admin: { position: 'sidebar', components: { Field: false } },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      // Translators of the task's language. A translator only ever claims for themselves (hooks/applyWorkflow),
      // and cannot read colleagues' roles or languages (collections/Users), so their check is on their own id.
      filterOptions: ({ data, user }): Where =>
        user && user.role === 'translator'
          ? { id: { equals: user.id } }
          : { and: [{ role: { equals: 'translator' } }, { translatorLocales: { in: [data?.locale ?? ''] } }] },
      label: label('Labels.translations.assignee'),
      // Claimed or reassigned from the task panel; shown there with the person's name.
      admin: { position: 'sidebar', components: { Field: false } },
    },
    {
      name: 'dueDate',
      type: 'date',
      index: true,
      label: label('Labels.translations.dueDate'),
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly' },
        components: { Cell: '/src/admin/components/DueDateCell#DueDateCell' },
      },
      access: { create: isEditorField, update: isEditorField },
    },
    {
      name: 'wordsToTranslate',
      type: 'number',
      label: label('Labels.translations.wordsToTranslate'),
      admin: { position: 'sidebar', readOnly: true },
      access: systemOnly,
    },
    {
      // Set at the first approval; a translation approved once stays online while it is reworked.
      name: 'approvedAt',
      type: 'date',
      label: label('Labels.translations.approvedOn'),
      admin: { position: 'sidebar', readOnly: true },
      access: systemOnly,
    },
    {
      name: 'changedFields',
      type: 'select',
      hasMany: true,
      options: translatableFields.map((value) => ({ value, label: label(`Admin.fields.${value}`) })),
      label: label('Labels.translations.sourceFieldsChanged'),
      admin: { readOnly: true },
      access: systemOnly,
    },
    {
      // Words per memory match band (src/memory/leverage.ts) and when they were counted: set when
      // the task is created, when its source changes and on demand.
      name: 'leverage',
      type: 'json',
      admin: { hidden: true },
      access: systemOnly,
    },
    {
      // Per source segment: where its target came from and whether it is confirmed (src/segments/states.ts).
      name: 'segmentStates',
      type: 'json',
      admin: { hidden: true },
      access: systemOnly,
    },
    {
      // Hash of each source field when the translation was last approved (see src/workflow/fingerprint.ts).
      name: 'sourceFingerprints',
      type: 'json',
      admin: { hidden: true },
      access: systemOnly,
    },
    {
      // The source text the approved translation was made from: the "before" side of the translator's diff.
      name: 'sourceSnapshot',
      type: 'json',
      admin: { hidden: true },
      access: systemOnly,
    },
    {
      name: 'history',
      type: 'array',
      label: label('Labels.translations.history'),
      // Appended by the server on every move; nobody can edit or delete it.
      access: systemOnly,
      admin: { readOnly: true, initCollapsed: true, components: { Field: '/src/admin/components/TaskHistory#TaskHistory' } },
      fields: [
        { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'by', type: 'relationship', relationTo: 'users' },
        { name: 'from', type: 'select', options: [...taskStatuses] },
        { name: 'to', type: 'select', options: [...taskStatuses], required: true },
        { name: 'comment', type: 'textarea' },
      ],
    },
  ],
}
