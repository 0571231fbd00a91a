/**
 * The top of a translation task's edit view (a `ui` field): what the task is
 * about, a one-click link to the article in the target language, what changed
 * in the source, and the buttons for the moves this user may make.
 */
import type { ServerComponentProps } from 'payload'
import Link from 'next/link'
import React from 'react'

import { languageName, sourceLocale } from '@/i18n/locales'
import { relationId, sameId } from '@/lib/relations'
import { workflowMessages } from '@/workflow/errors'
import { issuePreviewHref } from '@/preview/data/issue'
import { loadTaskPanel } from '@/admin/data/taskPanel'
import { adminLanguage, adminTranslator, type AdminT } from '@/admin/i18n/translator'
import { xliffLabels } from '@/admin/i18n/xliffLabels'
import { adminUrl, articleEditUrl, translationsViewPath } from '@/admin/lib/adminUrls'
import { formatDateTime, formatDay, isOverdue } from '@/admin/lib/dates'
import type { TaskMoves } from '@/admin/lib/taskMoves'
import { capitalize } from '@/admin/lib/text'
import { isEditorUser } from '@/access/roles'
import { readTaskLeverage } from '@/memory/taskLeverage'
import { DiffView } from './DiffView'
import { LeverageTable, leverageTranslator } from './LeverageTable'
import { RecountLeverage } from './RecountLeverage'
import { ReviewSideBySide } from './ReviewSideBySide'
import { StatusBadge } from './StatusBadge'
import { TaskActions, type ActionButton } from './TaskActions'
import { XliffExchange } from './XliffExchange'
import '@/admin/styles/admin.css'

type Props = Pick<ServerComponentProps, 'id' | 'req'>

function buttonsFor(moves: TaskMoves, userId: number | string, t: AdminT): ActionButton[] {
  const buttons: ActionButton[] = []
  if (moves.claimAndStart) {
    buttons.push({
      key: 'claim_start',
      label: t('actions.claimAndStart'),
      body: { assignee: userId, status: 'in_progress' },
    })
  }
  if (moves.claim) {
    buttons.push({
      key: 'claim',
      label: t('actions.claim'),
      body: { assignee: userId },
      tone: moves.claimAndStart ? 'secondary' : 'primary',
    })
  }
  for (const move of moves.moves) {
    buttons.push({
      key: move.action,
      label: t(`actions.${move.action}`),
      body: { status: move.to },
      requiresComment: move.requiresComment,
      tone: move.action === 'request_changes' ? 'danger' : 'primary',
    })
  }
  return buttons
}

/** The task's words per match band, when they were counted, and (for who may) "count again". */
function LeverageCard(props: {
  leverage: unknown
  language: ReturnType<typeof adminLanguage>
  recount: boolean
  apiRoute: string
  taskId: number | string
}) {
  const t = leverageTranslator(props.language)
  const leverage = readTaskLeverage(props.leverage)
  return (
    <div className="dg-card" data-task-leverage>
      <h3>{t('heading')}</h3>
      <p className="dg-muted">{t('intro')}</p>
      {leverage ? (
        <>
          <LeverageTable leverage={leverage} t={t} language={props.language} />
          <p className="dg-hint">{t('computedAt', { date: formatDateTime(leverage.computedAt, props.language) ?? '—' })}</p>
        </>
      ) : (
        <p className="dg-muted">{t('notComputed')}</p>
      )}
      {props.recount && (
        <RecountLeverage
          apiRoute={props.apiRoute}
          taskId={props.taskId}
          labels={{ recount: t('recount'), working: t('working'), failed: t('failed') }}
        />
      )}
    </div>
  )
}

export async function TaskPanel({ id, req }: Props) {
  if (id === undefined || !req.user) return null
  const data = await loadTaskPanel(req, id)
  if (!data) return null
  const language = adminLanguage(req.i18n)
  const t = adminTranslator(language)
  const { task, moves } = data
  const status = task.status ?? 'todo'
  const adminRoute = req.payload.config.routes.admin
  const due = formatDay(task.dueDate, language)
  const buttons = buttonsFor(moves, req.user.id, t)
  const changedFields = task.changedFields ?? []
  const heldByOther = relationId(task.assignee) !== undefined && !sameId(relationId(task.assignee), req.user.id)
  const preview = data.articleId === undefined ? null : await issuePreviewHref(req.payload, req.user, data.articleId, task.locale)

  let note: string | null = null
  if (buttons.length === 0 && !moves.reassign) {
    if (heldByOther && data.assignee) note = t('task.heldBy', { name: data.assignee.name })
    else if (status === 'in_review') note = t('task.waitingForReview')
    else note = t('task.noMoves')
  }

  return (
    <div className="dg-admin dg-task" data-task-panel data-status={status}>
      <div className="dg-card">
        <dl className="dg-task__facts">
          <div>
            <dt>{t('task.article')}</dt>
            <dd>
              {data.articleId === undefined ? (
                data.articleTitle
              ) : (
                <Link prefetch={false} href={articleEditUrl(adminRoute, data.articleId, sourceLocale)}>
                  {data.articleTitle}
                </Link>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('task.language')}</dt>
            <dd>{capitalize(languageName(task.locale, language), language)}</dd>
          </div>
          <div>
            <dt>{t('task.status')}</dt>
            <dd>
              <StatusBadge status={status} label={t(`status.${status}`)} />
            </dd>
          </div>
          <div>
            <dt>{t('task.assignee')}</dt>
            <dd>{data.assignee?.name ?? <span className="dg-muted">{t('queue.unassigned')}</span>}</dd>
          </div>
          <div>
            <dt>{t('task.due')}</dt>
            <dd className={isOverdue(task.dueDate) && status !== 'approved' ? 'dg-overdue' : undefined}>{due ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('task.words')}</dt>
            <dd>{task.wordsToTranslate ?? 0}</dd>
          </div>
        </dl>
        <div className="dg-task__links">
          {data.articleId !== undefined && (
            <Link
              prefetch={false}
              className="dg-button"
              data-open-article
              href={articleEditUrl(adminRoute, data.articleId, task.locale)}
            >
              {t('queue.openArticle', { language: languageName(task.locale, language) })}
            </Link>
          )}
          <Link prefetch={false} className="dg-link" href={adminUrl(adminRoute, translationsViewPath)}>
            {t('task.back')}
          </Link>
        </div>
      </div>

      {data.review && <ReviewSideBySide rows={data.review} locale={task.locale} t={t} language={language} />}

      <div className="dg-card" data-task-actions>
        <h3>{t('actions.heading')}</h3>
        {note && <p className="dg-muted">{note}</p>}
        {preview && (
          <p>
            <a className="dg-button dg-button--secondary" href={preview} target="_blank" rel="noopener" data-preview-link>
              {t('preview.inLanguage', { language: capitalize(languageName(task.locale, language), language) })}
            </a>
          </p>
        )}
        <TaskActions
          apiRoute={req.payload.config.routes.api}
          taskId={task.id}
          user={{ id: req.user.id, role: req.user.role }}
          buttons={buttons}
          withComment={moves.moves.length > 0}
          reassign={moves.reassign ? { options: data.translators, current: relationId(task.assignee) ?? null } : null}
          labels={{
            comment: t('actions.comment'),
            commentHint: t('actions.commentHint'),
            commentRequired: t('actions.commentRequired'),
            working: t('actions.working'),
            refused: t('actions.refused'),
            failed: t('actions.failed'),
            done: t('actions.done'),
            reassign: t('actions.reassign'),
            assignTo: t('actions.assignTo'),
            nobody: t('actions.nobody'),
          }}
          refusalMessages={{ messages: workflowMessages(language), language }}
        />
      </div>

      {(isEditorUser(req.user) || sameId(relationId(task.assignee), req.user.id)) && (
        <XliffExchange
          url={`${req.payload.config.routes.api}/translations/${encodeURIComponent(String(task.id))}/xliff`}
          canImport={status === 'todo' || status === 'in_progress' || status === 'outdated'}
          labels={xliffLabels(language)}
        />
      )}

      <LeverageCard
        leverage={task.leverage}
        language={language}
        recount={isEditorUser(req.user) || sameId(relationId(task.assignee), req.user.id)}
        apiRoute={req.payload.config.routes.api}
        taskId={task.id}
      />

      {changedFields.length > 0 ? (
        <div className="dg-card" data-task-diff lang={sourceLocale}>
          <h3>{t('task.whatChanged')}</h3>
          <div className="dg-chips">
            {changedFields.map((field) => (
              <span key={field} className="dg-chip" data-changed-field={field}>
                {t(`fields.${field}`)}
              </span>
            ))}
          </div>
          {data.diffs.length > 0 ? (
            <>
              <p className="dg-diff__legend">{t('diff.legend')}</p>
              {data.diffs.map((diff) => (
                <div key={diff.field} className="dg-diff__field">
                  <h4>{t(`fields.${diff.field}`)}</h4>
                  <DiffView diff={diff} emptyLabel={t('diff.formattingOnly')} />
                </div>
              ))}
            </>
          ) : (
            <p className="dg-muted">{t('task.noSnapshot')}</p>
          )}
        </div>
      ) : (
        !task.approvedAt && status !== 'approved' && <p className="dg-muted">{t('task.newTranslation')}</p>
      )}
    </div>
  )
}
