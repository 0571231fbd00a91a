/** Editors' overview: tasks per language and status; each number opens the filtered tasks list. */
import React from 'react'

import { languageName, targetLocales, type Locale } from '@/i18n/locales'
import { taskStatuses } from '@/workflow/states'
import { StatusBadge } from '@/admin/components/StatusBadge'
import type { StatusCounts } from '@/admin/data/statusCounts'
import type { AdminT } from '@/admin/i18n/translator'
import { taskListUrl } from '@/admin/lib/adminUrls'
import { capitalize } from '@/admin/lib/text'

type Props = { counts: StatusCounts; t: AdminT; language: Locale; adminRoute: string }

export function StatusCountsTable({ counts, t, language, adminRoute }: Props) {
  return (
    <div className="dg-table-wrap">
      <table className="dg-table dg-counts" data-testid="status-counts">
        <thead>
          <tr>
            <th>{t('counts.language')}</th>
            {taskStatuses.map((status) => (
              <th key={status} className="dg-num">
                <StatusBadge status={status} label={t(`status.${status}`)} />
              </th>
            ))}
            <th className="dg-num">{t('counts.total')}</th>
          </tr>
        </thead>
        <tbody>
          {targetLocales.map((locale) => {
            const languageLabel = languageName(locale, language)
            const total = taskStatuses.reduce((sum, status) => sum + counts[locale][status], 0)
            return (
              <tr key={locale} data-locale={locale}>
                <th scope="row">{capitalize(languageLabel, language)}</th>
                {taskStatuses.map((status) => {
                  const count = counts[locale][status]
                  return (
                    <td key={status} className="dg-num" data-status={status}>
                      {count === 0 ? (
                        <span className="dg-zero">0</span>
                      ) : (
                        <a
                          href={taskListUrl(adminRoute, { status, locale })}
                          title={t('counts.cellTitle', { language: languageLabel, status: t(`status.${status}`) })}
                        >
                          {count}
                        </a>
                      )}
                    </td>
                  )
                })}
                <td className="dg-num">
                  <a href={taskListUrl(adminRoute, { locale })}>{total}</a>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
