'use client'
/**
 * The task's action buttons. A move is an ordinary update of the task through
 * REST (PATCH /api/translations/:id); the server checks it and, when it
 * refuses, its message (which names the allowed moves) is shown as-is (see
 * lib/refusal.ts for when a production build drops that message). On
 * success the page data is refreshed so the form below shows the new state
 * (a stale status in the form would turn the next "Save" into a bogus move).
 */
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import type { WorkflowMessages } from '@/workflow/refusals'
import { explainRefusal, serverMessage } from '@/admin/lib/refusal'

type Id = number | string

export type ActionButton = {
  key: string
  label: string
  body: Record<string, unknown>
  requiresComment?: boolean
  tone?: 'primary' | 'secondary' | 'danger'
}

export type TaskActionsLabels = {
  comment: string
  commentHint: string
  commentRequired: string
  working: string
  refused: string
  failed: string
  done: string
  reassign: string
  assignTo: string
  nobody: string
}

type Props = {
  apiRoute: string
  taskId: Id
  /** The signed-in user, to explain a refusal when the server's message was lost. */
  user: Pick<User, 'id' | 'role'>
  buttons: ActionButton[]
  /** Whether any button uses the comment (moves do; a claim does not). */
  withComment: boolean
  reassign: { options: { id: Id; name: string }[]; current: Id | null } | null
  labels: TaskActionsLabels
  /** To word a refusal the server's answer lost, in the admin language. */
  refusalMessages: { messages: WorkflowMessages; language: Locale }
}

type Outcome = { kind: 'error'; message: string } | { kind: 'done' } | null

export function TaskActions({ apiRoute, taskId, user, buttons, withComment, reassign, labels, refusalMessages }: Props) {
  const router = useRouter()
  const [comment, setComment] = useState('')
  const [assignee, setAssignee] = useState(reassign?.current === null || !reassign ? '' : String(reassign.current))
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)

  const taskUrl = `${apiRoute}/translations/${encodeURIComponent(String(taskId))}`

  /** The server's reason, or the state machine's reading of the task as it is now. */
  async function refusal(response: Response, body: Record<string, unknown>): Promise<string> {
    const fromServer = serverMessage(await response.json().catch(() => null))
    if (fromServer) return fromServer
    const current = await fetch(`${taskUrl}?depth=0`, { credentials: 'include' }).catch(() => null)
    if (!current?.ok) return labels.failed
    const task: unknown = await current.json()
    if (typeof task !== 'object' || task === null) return labels.failed
    return explainRefusal({ task, user, body, ...refusalMessages }) ?? labels.failed
  }

  async function send(body: Record<string, unknown>) {
    setBusy(true)
    setOutcome(null)
    try {
      const response = await fetch(`${taskUrl}?depth=0`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      if (!response.ok) {
        setOutcome({ kind: 'error', message: await refusal(response, body) })
        return
      }
      setComment('')
      setOutcome({ kind: 'done' })
      router.refresh()
    } catch {
      setOutcome({ kind: 'error', message: labels.failed })
    } finally {
      setBusy(false)
    }
  }

  function move(button: ActionButton) {
    if (button.requiresComment && comment.trim() === '') {
      setOutcome({ kind: 'error', message: labels.commentRequired })
      return
    }
    void send(withComment && comment.trim() !== '' ? { ...button.body, transitionComment: comment.trim() } : button.body)
  }

  return (
    <div className="dg-task-actions">
      {withComment && (
        <div>
          <label htmlFor="dg-task-comment">{labels.comment}</label>
          <textarea id="dg-task-comment" value={comment} onChange={(event) => setComment(event.target.value)} disabled={busy} />
          <p className="dg-hint">{labels.commentHint}</p>
        </div>
      )}
      {buttons.length > 0 && (
        <div className="dg-task-actions__buttons">
          {buttons.map((button) => (
            <button
              key={button.key}
              type="button"
              data-action={button.key}
              className={`dg-button${button.tone === 'secondary' ? ' dg-button--secondary' : button.tone === 'danger' ? ' dg-button--danger' : ''}`}
              disabled={busy}
              onClick={() => move(button)}
            >
              {button.label}
            </button>
          ))}
        </div>
      )}
      {reassign && (
        <div className="dg-reassign">
          <label>
            <span className="dg-hint">{labels.assignTo}</span>
            <br />
            <select name="assignee" value={assignee} onChange={(event) => setAssignee(event.target.value)} disabled={busy}>
              <option value="">{labels.nobody}</option>
              {reassign.options.map((option) => (
                <option key={String(option.id)} value={String(option.id)}>
                  {option.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            data-action="reassign"
            className="dg-button dg-button--secondary"
            disabled={busy || assignee === (reassign.current === null ? '' : String(reassign.current))}
            onClick={() => {
              const option = reassign.options.find((candidate) => String(candidate.id) === assignee)
              void send({ assignee: option ? option.id : null })
            }}
          >
            {labels.reassign}
          </button>
        </div>
      )}
      <div aria-live="polite">
        {busy && <p className="dg-hint">{labels.working}</p>}
        {outcome?.kind === 'error' && (
          <div className="dg-error" role="alert">
            <strong>{labels.refused}</strong> {outcome.message}
          </div>
        )}
        {outcome?.kind === 'done' && !busy && <p className="dg-ok">{labels.done}</p>}
      </div>
    </div>
  )
}
