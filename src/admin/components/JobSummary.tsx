/**
 * The top of a translation job's edit view (a `ui` field): the status derived from its tasks,
 * its words, each task (title, language, status, assignee, words) with a link, and the
 * leverage summed band by band. Read as the signed-in user: a translator sees the tasks
 * they may read.
 */
import Link from 'next/link'
import type { ServerComponentProps } from 'payload'
import React from 'react'

import { loadJobView } from '@/admin/data/jobs'
import { adminLanguage, adminTranslator } from '@/admin/i18n/translator'
import { xliffLabels } from '@/admin/i18n/xliffLabels'
import { taskEditUrl } from '@/admin/lib/adminUrls'
import { capitalize } from '@/admin/lib/text'
import { translatorFor } from '@/i18n/messages'
import { languageName } from '@/i18n/locales'
import type { JobStatus } from '@/jobs/status'
import { LeverageTable, leverageTranslator } from './LeverageTable'
import { StatusBadge } from './StatusBadge'
import { XliffExchange } from './XliffExchange'
import '@/admin/styles/admin.css'
import '@/admin/styles/jobs.css'

type Props = Pick<ServerComponentProps, 'id' | 'req'>

export function JobStatusBadge({ status, label }: { status: JobStatus; label: string }) {
  return (
    <span className={`dg-status dg-status--${status}`} data-job-status={status}>
      {label}
    </span>
  )
}

export async function JobSummary({ id, req }: Props) {
  if (!req.user) return null
  const language = adminLanguage(req.i18n)
  const t = translatorFor(language, 'Jobs')
  if (id === undefined) return <p className="dg-admin dg-muted">{t('view.unsaved')}</p>
  const view = await loadJobView(req.payload, req.user, id)
  if (!view) return null
  const at = adminTranslator(language)
  const lt = leverageTranslator(language)
  const number = new Intl.NumberFormat(language)
  const xt = translatorFor(language, 'Xliff')
  const adminRoute = req.payload.config.routes.admin
  return (
    <div className="dg-admin dg-card" data-job-summary data-status={view.status}>
      <h3>{t('view.heading')}</h3>
      <dl className="dg-job-facts">
        <div>
          <dt>{t('view.status')}</dt>
          <dd>
            <JobStatusBadge status={view.status} label={t(`status.${view.status}`)} />
          </dd>
        </div>
        <div>
          <dt>{t('view.totalWords')}</dt>
          <dd data-total-words>{number.format(view.totalWords)}</dd>
        </div>
        <div>
          <dt>{t('view.tasks')}</dt>
          <dd>{number.format(view.tasks.length)}</dd>
        </div>
      </dl>
      {view.tasks.length === 0 ? (
        <p className="dg-muted">{t('view.noTasks')}</p>
      ) : (
        <div className="dg-table-wrap">
          <table className="dg-table" data-testid="job-tasks">
            <thead>
              <tr>
                <th>{t('view.columns.task')}</th>
                <th>{t('view.columns.language')}</th>
                <th>{t('view.columns.status')}</th>
                <th>{t('view.columns.assignee')}</th>
                <th className="dg-num">{t('view.columns.words')}</th>
              </tr>
            </thead>
            <tbody>
              {view.tasks.map((task) => (
                <tr key={String(task.id)} data-task={String(task.id)}>
                  <td>
                    <Link prefetch={false} href={taskEditUrl(adminRoute, task.id)}>
                      {task.title}
                    </Link>
                  </td>
                  <td>{capitalize(languageName(task.locale, language), language)}</td>
                  <td>
                    <StatusBadge status={task.status} label={at(`status.${task.status}`)} />
                  </td>
                  <td>{task.assignee ?? '—'}</td>
                  <td className="dg-num">{number.format(task.words)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {view.leverage && (
        <>
          <h4>{lt('heading')}</h4>
          <p className="dg-muted">{t('view.leverageIntro')}</p>
          <LeverageTable leverage={view.leverage} t={lt} language={language} testId="job-leverage" />
          <p className="dg-hint">{t('view.counted', { counted: view.leverage.counted, tasks: view.leverage.tasks })}</p>
        </>
      )}
      {/* One XLIFF file per language: the job's tasks still to deliver in it (approved ones are done). */}
      {[...new Set(view.tasks.filter((task) => task.status !== 'approved').map((task) => task.locale))].map((locale) => (
        <XliffExchange
          key={locale}
          url={`${req.payload.config.routes.api}/translation-jobs/${encodeURIComponent(String(id))}/xliff?language=${locale}`}
          canImport
          labels={xliffLabels(language)}
          heading={xt('ui.jobHeading', { language: languageName(locale, language) })}
        />
      ))}
    </div>
  )
}
