import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access'
import { localeOptions } from '@/fields/localeOptions'
import { label, textPerLocale } from '@/i18n/labels'
import { locales } from '@/i18n/locales'

const nobody = () => false

/**
 * The history of scheduled publications (src/workflow/services/scheduledPublication.ts):
 * one entry per run, with who scheduled it, when, and what came of it. Written
 * by the jobs runner only; editors read it here and in the article's sidebar.
 */
export const ScheduleLog: CollectionConfig = {
  slug: 'schedule-log',
  labels: {
    singular: label('Labels.scheduleLog.singular'),
    plural: label('Labels.scheduleLog.plural'),
  },
  admin: {
    defaultColumns: ['article', 'action', 'locale', 'ranAt', 'outcome', 'scheduledBy'],
    group: textPerLocale('Labels.groups.editorial'),
  },
  access: { read: isEditor, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-ranAt',
  fields: [
    { name: 'article', type: 'relationship', relationTo: 'articles', index: true, label: label('Labels.scheduleLog.article') },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: [
        { value: 'publish', label: label('Labels.scheduleLog.publish') },
        { value: 'unpublish', label: label('Labels.scheduleLog.unpublish') },
      ],
      label: label('Labels.scheduleLog.action'),
    },
    { name: 'locale', type: 'select', options: localeOptions(locales), label: label('Labels.scheduleLog.language') },
    { name: 'scheduledBy', type: 'relationship', relationTo: 'users', label: label('Labels.scheduleLog.scheduledBy') },
    {
      name: 'scheduledAt',
      type: 'date',
      label: label('Labels.scheduleLog.scheduledAt'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'dueAt',
      type: 'date',
      label: label('Labels.scheduleLog.dueAt'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'ranAt',
      type: 'date',
      required: true,
      index: true,
      label: label('Labels.scheduleLog.ranAt'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      options: [
        { value: 'done', label: label('Labels.scheduleLog.done') },
        { value: 'refused', label: label('Labels.scheduleLog.refused') },
      ],
      label: label('Labels.scheduleLog.outcome'),
    },
    { name: 'message', type: 'textarea', label: label('Labels.scheduleLog.message') },
  ],
}
