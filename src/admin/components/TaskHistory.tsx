/**
 * Replaces the raw `history` array of a task with a readable table: when, who,
 * from → to, comment. Read-only like the field itself (the server appends).
 */
import type { ServerComponentProps } from 'payload'
import React from 'react'

import { relationId } from '@/lib/relations'
import { userNames } from '@/admin/data/lookups'
import { adminLanguage, adminTranslator } from '@/admin/i18n/translator'
import { formatDateTime } from '@/admin/lib/dates'
import { StatusBadge } from './StatusBadge'
import '@/admin/styles/admin.css'

type Props = Pick<ServerComponentProps, 'id' | 'req'>

export async function TaskHistory({ id, req }: Props) {
  const { payload, user } = req
  if (id === undefined || !user) return null
  const task = await payload.findByID({
    collection: 'translations',
    id,
    depth: 0,
    select: { history: true },
    overrideAccess: false,
    user,
    disableErrors: true,
  })
  if (!task) return null
  const language = adminLanguage(req.i18n)
  const t = adminTranslator(language)
  const history = [...(task.history ?? [])].reverse()
  const names = await userNames(
    payload,
    user,
    history.map((entry) => relationId(entry.by)).filter((by) => by !== undefined),
  )

  return (
    <div className="dg-admin dg-history" data-task-history>
      <h3>{t('history.heading')}</h3>
      {history.length === 0 ? (
        <p className="dg-muted">{t('history.empty')}</p>
      ) : (
        <div className="dg-table-wrap">
          <table className="dg-table">
            <thead>
              <tr>
                <th>{t('history.when')}</th>
                <th>{t('history.who')}</th>
                <th>{t('history.change')}</th>
                <th>{t('history.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry, index) => {
                const by = relationId(entry.by)
                const who = by === undefined ? t('history.system') : (names.get(String(by)) ?? t('history.someoneElse'))
                return (
                  <tr key={entry.id ?? index}>
                    <td className="dg-nowrap">{formatDateTime(entry.at, language) ?? '—'}</td>
                    <td>{who}</td>
                    <td className="dg-nowrap">
                      {entry.from ? (
                        <>
                          <StatusBadge status={entry.from} label={t(`status.${entry.from}`)} /> →{' '}
                          <StatusBadge status={entry.to} label={t(`status.${entry.to}`)} />
                        </>
                      ) : (
                        t('history.created', { status: t(`status.${entry.to}`) })
                      )}
                    </td>
                    <td className="dg-history__comment">{entry.comment ?? ''}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
