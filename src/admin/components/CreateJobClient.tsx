'use client'
/**
 * The articles list's job form: languages, assignee (only people working in every chosen
 * language), due date and instructions, for the selected articles or for everything outdated
 * in one language. Shows the server's answer: a link to the new job and the tasks left out
 * (and why), or every problem of the request.
 */
import { useSelection } from '@payloadcms/ui'
import React, { useId, useMemo, useState } from 'react'

type Language = { code: string; label: string }
type Assignee = { id: number | string; name: string; locales: string[] }

export type CreateJobLabels = {
  create: string
  selectFirst: string
  selected: string
  outdatedIn: Record<string, string>
  outdatedIntro: Record<string, string>
  title: string
  languages: string
  assignee: string
  nobody: string
  dueDate: string
  instructions: string
  submit: string
  cancel: string
  working: string
  open: string
  failed: string
  leftOut: string
  defaultTitle: string
  outdatedTitle: string
}

type Props = {
  apiRoute: string
  jobsUrl: string
  language: string
  languages: Language[]
  assignees: Assignee[]
  labels: CreateJobLabels
}

type Mode = { kind: 'articles' } | { kind: 'outdated'; locale: string }

type Outcome = { ok: boolean; text: string; details: string[]; jobId?: number | string }

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

function messages(list: unknown): string[] {
  if (!Array.isArray(list)) return []
  return list.map((item) => record(item)?.message).filter((message): message is string => typeof message === 'string')
}

/** The server's answer as what the form shows. */
function outcomeOf(json: unknown, ok: boolean, fallback: string): Outcome {
  const body = record(json)
  if (ok) {
    const doc = record(body?.doc)
    const id = doc?.id
    return {
      ok,
      text: typeof body?.message === 'string' ? body.message : fallback,
      details: messages(body?.skipped),
      jobId: typeof id === 'number' || typeof id === 'string' ? id : undefined,
    }
  }
  const error = record(Array.isArray(body?.errors) ? body.errors[0] : null)
  const data = record(error?.data)
  return {
    ok,
    text: typeof error?.message === 'string' ? error.message : fallback,
    details: [...messages(data?.problems), ...messages(data?.skipped)],
  }
}

export function CreateJobClient({ apiRoute, jobsUrl, language, languages, assignees, labels }: Props) {
  const { selectedIDs } = useSelection()
  const formId = useId()
  const [mode, setMode] = useState<Mode | null>(null)
  const [chosen, setChosen] = useState<string[]>(languages.map((l) => l.code))
  const [title, setTitle] = useState('')
  const [assignee, setAssignee] = useState('')
  const [dueDate, setDueDate] = useState('')
  const [instructions, setInstructions] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  const eligible = useMemo(
    () => assignees.filter((person) => chosen.every((code) => person.locales.includes(code))),
    [assignees, chosen],
  )

  const open = (next: Mode) => {
    const codes = next.kind === 'outdated' ? [next.locale] : languages.map((l) => l.code)
    const names = languages.filter((l) => codes.includes(l.code)).map((l) => l.label)
    const template = next.kind === 'outdated' ? labels.outdatedTitle : labels.defaultTitle
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date())
    setMode(next)
    setChosen(codes)
    setTitle(template.replace('{languages}', names.join(', ')).replace('{date}', date))
    setAssignee('')
    setOutcome(null)
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    if (!mode) return
    setBusy(true)
    setOutcome({ ok: true, text: labels.working, details: [] })
    const body = {
      title,
      locales: chosen,
      assignee: assignee === '' ? undefined : assignee,
      dueDate: dueDate === '' ? undefined : dueDate,
      instructions: instructions === '' ? undefined : instructions,
      ...(mode.kind === 'outdated' ? { outdated: true } : { articles: selectedIDs }),
    }
    try {
      const response = await fetch(`${apiRoute}/translation-jobs/build`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const json: unknown = await response.json().catch(() => null)
      const result = outcomeOf(json, response.ok, labels.failed.replace('{status}', String(response.status)))
      setOutcome(result)
      if (response.ok) setMode(null)
    } catch {
      setOutcome({ ok: false, text: labels.failed.replace('{status}', '—'), details: [] })
    } finally {
      setBusy(false)
    }
  }

  const toggle = (code: string) =>
    setChosen((current) => (current.includes(code) ? current.filter((c) => c !== code) : [...current, code]))

  return (
    <div className="dg-admin" data-create-job>
      <div className="dg-job-actions">
        <button
          type="button"
          className="btn btn--style-primary btn--size-small"
          disabled={selectedIDs.length === 0}
          onClick={() => open({ kind: 'articles' })}
        >
          {labels.create}
        </button>
        <span className="dg-muted" aria-live="polite">
          {selectedIDs.length === 0 ? labels.selectFirst : labels.selected.replace('{count}', String(selectedIDs.length))}
        </span>
        {languages.map((l) => (
          <button
            key={l.code}
            type="button"
            className="btn btn--style-secondary btn--size-small"
            data-outdated={l.code}
            onClick={() => open({ kind: 'outdated', locale: l.code })}
          >
            {labels.outdatedIn[l.code]}
          </button>
        ))}
      </div>
      {mode && (
        <form className="dg-job-form" onSubmit={(event) => void submit(event)} aria-labelledby={`${formId}-heading`}>
          <strong id={`${formId}-heading`}>
            {mode.kind === 'outdated'
              ? labels.outdatedIntro[mode.locale]
              : labels.selected.replace('{count}', String(selectedIDs.length))}
          </strong>
          <label>
            {labels.title}
            <input type="text" required maxLength={200} value={title} onChange={(event) => setTitle(event.target.value)} />
          </label>
          <fieldset>
            <legend>{labels.languages}</legend>
            {languages.map((l) => (
              <label key={l.code}>
                <input
                  type="checkbox"
                  checked={chosen.includes(l.code)}
                  disabled={mode.kind === 'outdated'}
                  onChange={() => toggle(l.code)}
                />
                {l.label}
              </label>
            ))}
          </fieldset>
          <label>
            {labels.assignee}
            <select value={assignee} onChange={(event) => setAssignee(event.target.value)}>
              <option value="">{labels.nobody}</option>
              {eligible.map((person) => (
                <option key={String(person.id)} value={String(person.id)}>
                  {person.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {labels.dueDate}
            <input type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
          </label>
          <label>
            {labels.instructions}
            <textarea rows={3} maxLength={5000} value={instructions} onChange={(event) => setInstructions(event.target.value)} />
          </label>
          <div className="dg-job-actions">
            <button type="submit" className="btn btn--style-primary btn--size-small" disabled={busy || chosen.length === 0}>
              {labels.submit}
            </button>
            <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setMode(null)}>
              {labels.cancel}
            </button>
          </div>
        </form>
      )}
      {outcome && (
        <div className={outcome.ok ? 'dg-ok' : 'dg-error'} role={outcome.ok ? 'status' : 'alert'} data-job-outcome>
          <p>
            {outcome.text}{' '}
            {outcome.jobId !== undefined && <a href={`${jobsUrl}/${encodeURIComponent(String(outcome.jobId))}`}>{labels.open}</a>}
          </p>
          {outcome.details.length > 0 && (
            <>
              {outcome.ok && <p>{labels.leftOut}</p>}
              <ul>
                {outcome.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  )
}
