/**
 * The translator's jobs in the workspace: title (opens the job), languages, due date, status
 * derived from the tasks, number of tasks and words.
 */
import Link from 'next/link'
import React from 'react'

import { JobStatusBadge } from '@/admin/components/JobSummary'
import type { MyJobRow } from '@/admin/data/jobs'
import { adminUrl } from '@/admin/lib/adminUrls'
import { formatDay, isOverdue } from '@/admin/lib/dates'
import { capitalize } from '@/admin/lib/text'
import { translatorFor } from '@/i18n/messages'
import { languageName, type Locale } from '@/i18n/locales'

type Props = { rows: MyJobRow[]; language: Locale; adminRoute: string }

export function MyJobsTable({ rows, language, adminRoute }: Props) {
  const t = translatorFor(language, 'Jobs')
  const number = new Intl.NumberFormat(language)
  if (rows.length === 0) return <p className="dg-empty">{t('workspace.empty')}</p>
  return (
    <div className="dg-table-wrap">
      <table className="dg-table" data-testid="my-jobs">
        <thead>
          <tr>
            <th>{t('workspace.columns.job')}</th>
            <th>{t('workspace.columns.languages')}</th>
            <th>{t('workspace.columns.due')}</th>
            <th>{t('workspace.columns.status')}</th>
            <th className="dg-num">{t('workspace.columns.tasks')}</th>
            <th className="dg-num">{t('workspace.columns.words')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((job) => (
            <tr key={String(job.id)} data-job={String(job.id)}>
              <td>
                <Link
                  prefetch={false}
                  href={adminUrl(adminRoute, `/collections/translation-jobs/${encodeURIComponent(String(job.id))}`)}
                >
                  {job.title}
                </Link>
              </td>
              <td>{job.languages.map((code) => capitalize(languageName(code, language), language)).join(', ')}</td>
              <td className={isOverdue(job.dueDate) && job.status !== 'done' ? 'dg-overdue dg-nowrap' : 'dg-nowrap'}>
                {formatDay(job.dueDate, language) ?? '—'}
              </td>
              <td>
                <JobStatusBadge status={job.status} label={t(`status.${job.status}`)} />
              </td>
              <td className="dg-num">{number.format(job.tasks)}</td>
              <td className="dg-num">{number.format(job.words)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
