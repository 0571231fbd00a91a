/**
 * The article's scheduled publications in the sidebar (a `ui` field): what is
 * coming up and what ran, with who scheduled it. Scheduling itself is
 * Payload's "Schedule Publish" in the Publish button's menu.
 */
import type { ServerComponentProps } from 'payload'
import React from 'react'

import { languageName } from '@/i18n/locales'
import { translatorFor } from '@/i18n/messages'
import { adminLanguage } from '@/admin/i18n/translator'
import { loadArticleSchedule, type ScheduleEntry } from '@/admin/data/schedule'
import { formatDateTime } from '@/admin/lib/dates'
import { capitalize } from '@/admin/lib/text'

type Props = Pick<ServerComponentProps, 'id' | 'req'>

export async function ScheduleSummary({ id, req }: Props) {
  if (id === undefined) return null
  const schedule = await loadArticleSchedule(req, id)
  if (!schedule) return null
  const language = adminLanguage(req.i18n)
  const t = translatorFor(language, 'Scheduling')
  const line = (entry: ScheduleEntry) =>
    t('line', {
      action: t(entry.action),
      language: capitalize(languageName(entry.locale, language), language),
      date: formatDateTime(entry.at, language) ?? '—',
    })
  const by = (entry: ScheduleEntry) =>
    t('by', { person: entry.by ?? t('someone'), date: formatDateTime(entry.scheduledAt, language) ?? '—' })
  return (
    <div className="dg-admin dg-schedule" data-schedule-summary>
      <h4>{t('heading')}</h4>
      {schedule.upcoming.length === 0 ? <p className="dg-muted">{t('nothing')}</p> : null}
      {schedule.upcoming.length > 0 ? (
        <>
          <h5>{t('upcoming')}</h5>
          <ul>
            {schedule.upcoming.map((entry, index) => (
              <li key={`u${index}`}>
                {line(entry)} <span className="dg-muted">({by(entry)})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {schedule.past.length > 0 ? (
        <>
          <h5>{t('past')}</h5>
          <ul>
            {schedule.past.map((entry, index) => (
              <li key={`p${index}`}>
                {line(entry)} — {t(entry.outcome === 'refused' ? 'refused' : 'done')}{' '}
                <span className="dg-muted">({by(entry)})</span>
                {entry.message ? <span className="dg-muted"> {entry.message}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
