/**
 * The article's publication summary in the sidebar (a `ui` field): the strings
 * in the admin language, for the client part that reads the tasks after each save.
 */
import type { ServerComponentProps } from 'payload'
import React from 'react'

import { languageName, localeNames, locales, perLocale, targetLocales } from '@/i18n/locales'
import { taskStatuses } from '@/workflow/states'
import { adminLanguage, adminTranslator } from '@/admin/i18n/translator'
import { articlePathTemplate } from '@/admin/lib/sitePaths'
import { capitalize } from '@/admin/lib/text'
import { PublishSummaryClient, type PublishSummaryLabels } from './PublishSummaryClient'

type Props = Pick<ServerComponentProps, 'req'>

export function PublishSummary({ req }: Props) {
  const language = adminLanguage(req.i18n)
  const t = adminTranslator(language)
  const name = (code: (typeof targetLocales)[number]) => capitalize(languageName(code, language), language)
  const perTarget = <T,>(make: (code: (typeof targetLocales)[number]) => T): Record<string, T> =>
    Object.fromEntries(targetLocales.map((code) => [code, make(code)]))
  const labels: PublishSummaryLabels = {
    heading: t('publish.heading'),
    created: perTarget((code) => t('publish.created', { language: name(code) })),
    outdated: perTarget((code) => t('publish.outdated', { language: name(code) })),
    status: perTarget((code) =>
      Object.fromEntries(
        taskStatuses.map((status) => [status, t('publish.taskStatus', { language: name(code), status: t(`status.${status}`) })]),
      ),
    ),
    viewOnSite: Object.fromEntries(locales.map((code) => [code, t('publish.viewOnSite', { language: localeNames[code] })])),
    notPublic: t('publish.notPublic'),
  }
  return (
    <PublishSummaryClient
      apiRoute={req.payload.config.routes.api}
      labels={labels}
      articlePaths={perLocale(articlePathTemplate)}
    />
  )
}
