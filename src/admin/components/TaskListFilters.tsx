/**
 * `beforeListTable` of the tasks list: one-click filters on status and
 * language (Payload's own "Filters" work too; these are the common cases).
 */
import type { ServerProps } from 'payload'
import React from 'react'

import { languageName, targetLocales } from '@/i18n/locales'
import { taskStatuses } from '@/workflow/states'
import { adminLanguage, adminTranslator } from '@/admin/i18n/translator'
import { adminUrl, taskListUrl, translationsViewPath } from '@/admin/lib/adminUrls'
import { StatusBadge } from './StatusBadge'
import '@/admin/styles/admin.css'

/** The value of `where…[field][equals]` in the current URL, in the flat form Next.js hands over. */
function activeFilter(searchParams: ServerProps['searchParams'], field: string): string | undefined {
  const suffix = `[${field}][equals]`
  for (const [key, value] of Object.entries(searchParams ?? {})) {
    if (key.startsWith('where') && key.endsWith(suffix)) return Array.isArray(value) ? value[0] : value
  }
  return undefined
}

export function TaskListFilters({ i18n, payload, searchParams }: Pick<ServerProps, 'i18n' | 'payload' | 'searchParams'>) {
  const t = adminTranslator(adminLanguage(i18n))
  const adminRoute = payload.config.routes.admin
  const status = activeFilter(searchParams, 'status')
  const locale = activeFilter(searchParams, 'locale')
  const link = (filters: Record<string, string | undefined>) =>
    taskListUrl(
      adminRoute,
      Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    )

  return (
    <nav className="dg-admin dg-quick-filters" aria-label={t('listFilters.label')} data-quick-filters>
      <span className="dg-quick-filters__label">{t('listFilters.label')}</span>
      <a href={link({})} className={`dg-chip${!status && !locale ? ' dg-active' : ''}`}>
        {t('listFilters.all')}
      </a>
      <span className="dg-quick-filters__sep" aria-hidden="true" />
      {taskStatuses.map((value) => (
        <a
          key={value}
          href={link({ status: status === value ? undefined : value, locale })}
          className={status === value ? 'dg-active' : undefined}
        >
          <StatusBadge status={value} label={t(`status.${value}`)} />
        </a>
      ))}
      <span className="dg-quick-filters__sep" aria-hidden="true" />
      {targetLocales.map((value) => (
        <a
          key={value}
          href={link({ status, locale: locale === value ? undefined : value })}
          className={`dg-chip${locale === value ? ' dg-active' : ''}`}
        >
          {languageName(value, adminLanguage(i18n))}
        </a>
      ))}
      <a className="dg-link dg-quick-filters__workspace" href={adminUrl(adminRoute, translationsViewPath)}>
        {t('listFilters.workspace')}
      </a>
    </nav>
  )
}
