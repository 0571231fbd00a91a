import type { CollectionConfig, Where } from 'payload'

import { isEditor, systemOnly } from '@/access'
import { localeOptions } from '@/fields/localeOptions'
import { label, textPerLocale } from '@/i18n/labels'
import { targetLocales } from '@/i18n/locales'
import { jobLimits } from '@/jobs/buildRequest'
import { jobStatuses } from '@/jobs/status'
import { canReadJobs } from './access'
import { buildEndpoint } from './build'
import { jobXliffEndpoints } from './xliff'
import { addJobSummary } from './hooks/addJobSummary'
import { checkJob } from './hooks/checkJob'

/** Nobody writes a derived field: the afterRead hook computes it from the tasks on every read. */
const derived = { create: () => false, update: () => false }

/**
 * A translation job: tasks grouped for one translator or agency, with a due date and
 * instructions. What it is worth and how far it is are derived from its tasks on read
 * (hooks/addJobSummary, src/jobs), never stored. XLIFF export and import work on a job's tasks.
 */
export const TranslationJobs: CollectionConfig = {
  slug: 'translation-jobs',
  labels: {
    singular: label('Jobs.labels.singular'),
    plural: label('Jobs.labels.plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'languages', 'assignee', 'dueDate', 'status', 'totalWords'],
    group: textPerLocale('Labels.groups.editorial'),
  },
  access: {
    read: canReadJobs,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  // Building a job from chosen articles or from everything outdated (src/workflow/services/translationJobs.ts),
  // and its tasks of one language as one XLIFF file (./xliff.ts).
  endpoints: [buildEndpoint, ...jobXliffEndpoints],
  hooks: {
    beforeValidate: [checkJob],
    afterRead: [addJobSummary],
  },
  fields: [
    {
      // Not stored: the tasks with their status and words, the totals and the leverage by band.
      name: 'summary',
      type: 'ui',
      admin: { components: { Field: '/src/admin/components/JobSummary#JobSummary' }, disableListColumn: true },
    },
    { name: 'title', type: 'text', required: true, maxLength: jobLimits.title, label: label('Jobs.labels.title') },
    {
      // Not `locales`: on SQLite that name is taken by the table of localized fields.
      name: 'languages',
      type: 'select',
      hasMany: true,
      required: true,
      options: localeOptions(targetLocales),
      label: label('Jobs.labels.languages'),
    },
    {
      // Checked in hooks/checkJob: a translator working in every language of the job.
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      filterOptions: (): Where => ({ role: { equals: 'translator' } }),
      label: label('Jobs.labels.assignee'),
      admin: { position: 'sidebar', description: label('Jobs.labels.assigneeHint') },
    },
    {
      name: 'dueDate',
      type: 'date',
      label: label('Jobs.labels.dueDate'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'instructions',
      type: 'textarea',
      maxLength: jobLimits.instructions,
      label: label('Jobs.labels.instructions'),
    },
    {
      // Checked in hooks/checkJob: in the job's languages, and open in no other job.
      name: 'tasks',
      type: 'relationship',
      relationTo: 'translations',
      hasMany: true,
      index: true,
      // Before any language is chosen every task is offered; hooks/checkJob refuses the save anyway.
      filterOptions: ({ data }): Where | true =>
        Array.isArray(data?.languages) && data.languages.length > 0 ? { locale: { in: data.languages } } : true,
      label: label('Jobs.labels.tasks'),
      admin: { description: label('Jobs.labels.tasksHint') },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Jobs.labels.createdBy'),
      admin: { position: 'sidebar', readOnly: true },
      access: systemOnly,
    },
    {
      name: 'status',
      type: 'select',
      virtual: true,
      options: jobStatuses.map((value) => ({ value, label: label(`Jobs.status.${value}`) })),
      label: label('Jobs.labels.status'),
      admin: { position: 'sidebar', readOnly: true, components: { Field: false } },
      access: derived,
    },
    {
      name: 'totalWords',
      type: 'number',
      virtual: true,
      label: label('Jobs.labels.totalWords'),
      admin: { position: 'sidebar', readOnly: true, components: { Field: false } },
      access: derived,
    },
    {
      // Words and sentences per match band over the tasks whose leverage was counted (src/jobs/summary.ts).
      name: 'leverage',
      type: 'json',
      virtual: true,
      label: label('Jobs.labels.leverage'),
      admin: { hidden: true },
      access: derived,
    },
  ],
}
