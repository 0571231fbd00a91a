'use client'
/**
 * Export and import of XLIFF for a task or a job: two download links (2.1, the default, and
 * 1.2 for older tools), whether memory matches go in as targets, and an import button that
 * sends the chosen file as the body of POST …/xliff and shows the server's answer: how many
 * tasks were imported, or every problem with where it is. The page reloads after an import.
 */
import { useRouter } from 'next/navigation'
import React, { useEffect, useId, useRef, useState } from 'react'

export type XliffExchangeLabels = Record<
  'heading' | 'intro' | 'export21' | 'export12' | 'prefill' | 'import' | 'keepInProgress' | 'importing' | 'failed',
  string
>

type Props = { url: string; canImport: boolean; labels: XliffExchangeLabels; heading?: string }

type Answer = { message?: string; errors?: Array<{ message?: string; data?: { problems?: Array<{ message?: string }> } }> }

/** Enough to fix a file; the rest is in the answer's data. */
const problemsShown = 20

/** Reloads the page's server data once an import went through (the tasks' statuses changed). */
function RefreshAfterImport() {
  const router = useRouter()
  useEffect(() => router.refresh(), [router])
  return null
}

export function XliffExchange({ url, canImport, labels, heading }: Props) {
  const prefillId = useId()
  const keepId = useId()
  const fileInput = useRef<HTMLInputElement>(null)
  const [prefill, setPrefill] = useState(true)
  const [keep, setKeep] = useState(false)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string; problems: string[]; imported?: boolean } | null>(null)
  // The job's URL already carries its language (`?language=fr`).
  const withQuery = (query: string) => `${url}${url.includes('?') ? '&' : '?'}${query}`
  const href = (version: string) => withQuery(`version=${version}&prefill=${prefill ? 'memory' : 'none'}`)

  const upload = async (file: File) => {
    setBusy(true)
    setOutcome({ ok: true, text: labels.importing, problems: [] })
    try {
      const response = await fetch(withQuery(`status=${keep ? 'in_progress' : 'in_review'}`), {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/xliff+xml' },
        body: file,
      })
      const json = (await response.json().catch(() => null)) as Answer | null
      const error = json?.errors?.[0]
      const text = json?.message ?? error?.message ?? labels.failed.replace('{status}', String(response.status))
      const problems = (error?.data?.problems ?? []).slice(0, problemsShown).flatMap((problem) => problem.message ?? [])
      setOutcome({ ok: response.ok, text, problems, imported: response.ok })
    } catch {
      setOutcome({ ok: false, text: labels.failed.replace('{status}', '—'), problems: [] })
    } finally {
      setBusy(false)
      if (fileInput.current) fileInput.current.value = ''
    }
  }

  return (
    <div className="dg-card dg-xliff" data-xliff-exchange>
      <h3>{heading ?? labels.heading}</h3>
      <p className="dg-muted">{labels.intro}</p>
      <p className="dg-xliff__row">
        <input id={prefillId} type="checkbox" checked={prefill} onChange={(event) => setPrefill(event.target.checked)} />
        <label htmlFor={prefillId}>{labels.prefill}</label>
      </p>
      <p className="dg-xliff__row">
        <a className="dg-button dg-button--secondary" href={href('2.1')} download data-xliff-export="2.1">
          {labels.export21}
        </a>
        <a className="dg-button dg-button--secondary" href={href('1.2')} download data-xliff-export="1.2">
          {labels.export12}
        </a>
      </p>
      {canImport && (
        <>
          <p className="dg-xliff__row">
            <input id={keepId} type="checkbox" checked={keep} onChange={(event) => setKeep(event.target.checked)} />
            <label htmlFor={keepId}>{labels.keepInProgress}</label>
          </p>
          <p className="dg-xliff__row">
            <button
              type="button"
              className="dg-button"
              disabled={busy}
              data-xliff-import
              onClick={() => fileInput.current?.click()}
            >
              {labels.import}
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml"
              hidden
              aria-label={labels.import}
              data-xliff-file
              onChange={(event) => {
                const file = event.target.files?.[0]
                if (file) void upload(file)
              }}
            />
          </p>
        </>
      )}
      {outcome && (
        <div role="status" data-xliff-outcome className={outcome.ok ? undefined : 'dg-error'}>
          {outcome.imported && <RefreshAfterImport />}
          <p>{outcome.text}</p>
          {outcome.problems.length > 0 && (
            <ul>
              {outcome.problems.map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}
