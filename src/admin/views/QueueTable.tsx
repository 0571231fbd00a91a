/**
 * One list of tasks: what a translator needs to choose and open a task, and
 * for tasks whose source changed, which fields and (folded) how.
 */
import Link from 'next/link'
import React from 'react'

import { languageName, type Locale } from '@/i18n/locales'
import { DiffView } from '@/admin/components/DiffView'
import { leverageParts, leverageTranslator, type LeverageT } from '@/admin/components/LeverageTable'
import { StatusBadge } from '@/admin/components/StatusBadge'
import type { QueueRow } from '@/admin/data/queue'
import type { AdminT } from '@/admin/i18n/translator'
import { articleEditUrl, taskEditUrl } from '@/admin/lib/adminUrls'
import { formatDay, isOverdue } from '@/admin/lib/dates'
import { capitalize } from '@/admin/lib/text'

type Props = {
  rows: QueueRow[]
  t: AdminT
  language: Locale
  adminRoute: string
  /** Editors see who holds each task. */
  editor: boolean
  emptyLabel: string
  testId: string
}

function Changes({ row, t }: { row: QueueRow; t: AdminT }) {
  if (row.changedFields.length === 0) {
    return row.status === 'todo' ? (
      <span className="dg-muted">{t('queue.newTranslation')}</span>
    ) : (
      <span className="dg-muted">—</span>
    )
  }
  return (
    <>
      <div className="dg-chips">
        {row.changedFields.map((field) => (
          <span key={field} className="dg-chip" data-changed-field={field}>
            {t(`fields.${field}`)}
          </span>
        ))}
      </div>
      {row.diffs.length > 0 && (
        <details className="dg-details">
          <summary>{t('queue.showChanges')}</summary>
          <p className="dg-diff__legend">{t('diff.legend')}</p>
          {row.diffs.map((diff) => (
            <div key={diff.field} className="dg-diff__field" lang="it">
              <h4>{t(`fields.${diff.field}`)}</h4>
              <DiffView diff={diff} compact emptyLabel={t('diff.formattingOnly')} />
            </div>
          ))}
        </details>
      )}
    </>
  )
}

function LeverageSummary({ row, t, language }: { row: QueueRow; t: LeverageT; language: Locale }) {
  if (!row.leverage) return <span className="dg-muted">—</span>
  const number = new Intl.NumberFormat(language)
  const parts = leverageParts(row.leverage)
  const values = { exact: number.format(parts.exact), fuzzy: number.format(parts.fuzzy), new: number.format(parts.new) }
  return (
    <span className="dg-leverage-summary" title={t('summaryTitle', values)}>
      {t('summary', values)}
    </span>
  )
}

export function QueueTable({ rows, t, language, adminRoute, editor, emptyLabel, testId }: Props) {
  const lt = leverageTranslator(language)
  if (rows.length === 0)
    return (
      <p className="dg-empty" data-testid={`${testId}-empty`}>
        {emptyLabel}
      </p>
    )
  return (
    <div className="dg-table-wrap">
      <table className="dg-table" data-testid={testId}>
        <thead>
          <tr>
            <th>{t('columns.article')}</th>
            <th>{t('columns.language')}</th>
            <th>{t('columns.status')}</th>
            {editor && <th>{t('columns.assignee')}</th>}
            <th>{t('columns.due')}</th>
            <th className="dg-num">{t('columns.words')}</th>
            <th>{lt('column')}</th>
            <th>{t('columns.changes')}</th>
            <th>{t('columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const overdue = isOverdue(row.dueDate) && row.status !== 'approved'
            const languageLabel = languageName(row.locale, language)
            return (
              <tr
                key={String(row.id)}
                data-task-id={String(row.id)}
                data-article-id={String(row.articleId)}
                data-status={row.status}
              >
                <td className="dg-title">
                  <Link prefetch={false} href={taskEditUrl(adminRoute, row.id)}>
                    {row.articleTitle}
                  </Link>
                </td>
                <td>{capitalize(languageLabel, language)}</td>
                <td>
                  <StatusBadge status={row.status} label={t(`status.${row.status}`)} />
                </td>
                {editor && (
                  <td>{row.assignee ? row.assignee.name : <span className="dg-muted">{t('queue.unassigned')}</span>}</td>
                )}
                <td className={overdue ? 'dg-overdue' : undefined}>
                  {formatDay(row.dueDate, language) ?? <span className="dg-muted">—</span>}
                  {overdue && <> ({t('queue.overdue')})</>}
                </td>
                <td className="dg-num">{row.wordsToTranslate}</td>
                <td data-leverage>
                  <LeverageSummary row={row} t={lt} language={language} />
                </td>
                <td>
                  <Changes row={row} t={t} />
                </td>
                <td>
                  <div className="dg-actions">
                    <Link prefetch={false} className="dg-link" href={taskEditUrl(adminRoute, row.id)} data-open-task>
                      {t('queue.openTask')}
                    </Link>
                    <Link
                      prefetch={false}
                      className="dg-link"
                      href={articleEditUrl(adminRoute, row.articleId, row.locale)}
                      data-open-article
                    >
                      {t('queue.openArticle', { language: languageLabel })}
                    </Link>
                  </div>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
