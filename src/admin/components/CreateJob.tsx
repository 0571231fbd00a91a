/**
 * `beforeListTable` of the articles: for editors, "Create translation job" from the selected
 * rows and "Everything outdated in <language>", both through POST /api/translation-jobs/build
 * (which checks everything again).
 */
import type { ServerProps } from 'payload'
import React from 'react'

import { isEditorUser } from '@/access/roles'
import { jobAssignees } from '@/admin/data/jobs'
import { adminLanguage } from '@/admin/i18n/translator'
import { adminUrl } from '@/admin/lib/adminUrls'
import { capitalize } from '@/admin/lib/text'
import { translatorFor } from '@/i18n/messages'
import { languageName, targetLocales } from '@/i18n/locales'
import { CreateJobClient, type CreateJobLabels } from './CreateJobClient'
import '@/admin/styles/admin.css'
import '@/admin/styles/jobs.css'

export async function CreateJob({ i18n, payload, user }: Pick<ServerProps, 'i18n' | 'payload' | 'user'>) {
  if (!user || !isEditorUser(user)) return null
  const language = adminLanguage(i18n)
  const t = translatorFor(language, 'Jobs')
  const languages = targetLocales.map((code) => ({ code, label: capitalize(languageName(code, language), language) }))
  const labels: CreateJobLabels = {
    create: t('admin.create'),
    selectFirst: t('admin.selectFirst'),
    selected: t('admin.selected', { count: '{count}' }),
    // Inside a sentence a language is written as the language writes it ("en français", "in French").
    outdatedIn: Object.fromEntries(
      targetLocales.map((code) => [code, t('admin.outdatedIn', { language: languageName(code, language) })]),
    ),
    outdatedIntro: Object.fromEntries(
      targetLocales.map((code) => [code, t('admin.outdatedIntro', { language: languageName(code, language) })]),
    ),
    title: t('admin.formTitle'),
    languages: t('admin.languages'),
    assignee: t('admin.assignee'),
    nobody: t('admin.nobody'),
    dueDate: t('admin.dueDate'),
    instructions: t('admin.instructions'),
    submit: t('admin.submit'),
    cancel: t('admin.cancel'),
    working: t('admin.working'),
    open: t('admin.open'),
    failed: t('admin.failed', { status: '{status}' }),
    leftOut: t('admin.leftOut'),
    defaultTitle: t('admin.defaultTitle', { languages: '{languages}', date: '{date}' }),
    outdatedTitle: t('admin.outdatedTitle', { languages: '{languages}', date: '{date}' }),
  }
  return (
    <CreateJobClient
      apiRoute={payload.config.routes.api}
      jobsUrl={adminUrl(payload.config.routes.admin, '/collections/translation-jobs')}
      language={language}
      languages={languages}
      assignees={await jobAssignees(payload, user)}
      labels={labels}
    />
  )
}
