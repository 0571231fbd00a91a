/**
 * Articles × target languages, each cell coloured by its task's status and
 * linking to the task: where translation stands at a glance.
 */
import Link from 'next/link'
import React from 'react'

import { languageName, sourceLocale, targetLocales, type Locale } from '@/i18n/locales'
import { taskStatuses } from '@/workflow/states'
import { StatusBadge } from '@/admin/components/StatusBadge'
import type { CoverageRow } from '@/admin/lib/coverageMatrix'
import type { AdminT } from '@/admin/i18n/translator'
import { articleEditUrl, taskEditUrl } from '@/admin/lib/adminUrls'
import { capitalize } from '@/admin/lib/text'

type Props = { rows: CoverageRow[]; t: AdminT; language: Locale; adminRoute: string }

export function CoverageMatrix({ rows, t, language, adminRoute }: Props) {
  return (
    <>
      <div className="dg-legend" aria-hidden="true">
        {taskStatuses.map((status) => (
          <StatusBadge key={status} status={status} label={t(`status.${status}`)} />
        ))}
      </div>
      {rows.length === 0 ? (
        <p className="dg-empty">{t('empty.coverage')}</p>
      ) : (
        <div className="dg-table-wrap">
          <table className="dg-table dg-matrix" data-testid="coverage-matrix">
            <thead>
              <tr>
                <th>{t('columns.article')}</th>
                {targetLocales.map((locale) => (
                  <th key={locale}>{capitalize(languageName(locale, language), language)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={String(row.articleId)} data-article-id={String(row.articleId)}>
                  <td>
                    <Link prefetch={false} href={articleEditUrl(adminRoute, row.articleId, sourceLocale)}>
                      {row.title || `#${row.articleId}`}
                    </Link>
                  </td>
                  {targetLocales.map((locale) => {
                    const cell = row.cells[locale]
                    const languageLabel = languageName(locale, language)
                    return (
                      <td key={locale} className="dg-matrix__cell" data-locale={locale} data-status={cell?.status ?? 'none'}>
                        {cell ? (
                          <Link
                            prefetch={false}
                            className={`dg-cell--${cell.status}`}
                            href={taskEditUrl(adminRoute, cell.taskId)}
                            title={t('coverage.cellTitle', {
                              language: languageLabel,
                              status: t(`status.${cell.status}`),
                            })}
                          >
                            {t(`status.${cell.status}`)}
                          </Link>
                        ) : (
                          <span className="dg-cell--none" title={t('coverage.noTask')}>
                            —
                          </span>
                        )}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
