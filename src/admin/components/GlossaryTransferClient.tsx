'use client'
/**
 * The export links and the import button of the glossary's list. Import sends the chosen file
 * as the body of POST /api/glossary/import and shows the server's answer: how many entries were
 * created and updated, or why the file was refused, with each problem the server listed (the
 * line or conceptEntry and what is wrong). The list reloads after an import.
 */
import { useRouter } from 'next/navigation'
import React, { useRef, useState } from 'react'

import { contentTypeOf, outcomeOf, type Outcome } from './glossaryTransferOutcome'

export type GlossaryTransferLabels = {
  exportTbx: string
  exportCsv: string
  import: string
  importing: string
  failed: string
  problems: string
}

type Props = { apiRoute: string; canImport: boolean; labels: GlossaryTransferLabels }

export function GlossaryTransferClient({ apiRoute, canImport, labels }: Props) {
  const router = useRouter()
  const fileInput = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const base = `${apiRoute}/glossary`

  const upload = async (file: File) => {
    setBusy(true)
    setOutcome({ ok: true, text: labels.importing, problems: [] })
    try {
      const response = await fetch(`${base}/import`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': contentTypeOf(file) },
        body: file,
      })
      const json: unknown = await response.json().catch(() => null)
      setOutcome(outcomeOf(json, response.ok, labels.failed.replace('{status}', String(response.status))))
      if (response.ok) router.refresh()
    } catch {
      setOutcome({ ok: false, text: labels.failed.replace('{status}', '—'), problems: [] })
    } finally {
      setBusy(false)
      if (fileInput.current) fileInput.current.value = ''
    }
  }

  return (
    <div className="dg-admin dg-memory-transfer" data-glossary-transfer>
      <a className="btn btn--style-secondary btn--size-small" href={`${base}/export?format=tbx`} download>
        {labels.exportTbx}
      </a>
      <a className="btn btn--style-secondary btn--size-small" href={`${base}/export?format=csv`} download>
        {labels.exportCsv}
      </a>
      {canImport ? (
        <>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={busy}
            onClick={() => fileInput.current?.click()}
          >
            {labels.import}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".tbx,.csv,.xml,application/x-tbx+xml,text/csv,text/xml,application/xml"
            hidden
            aria-label={labels.import}
            onChange={(event) => {
              const file = event.target.files?.[0]
              if (file) void upload(file)
            }}
          />
        </>
      ) : null}
      {outcome ? (
        <div role="status" className="dg-transfer-outcome">
          <p className={outcome.ok ? undefined : 'dg-error'}>{outcome.text}</p>
          {outcome.problems.length > 0 ? (
            <ul aria-label={labels.problems} className="dg-transfer-problems">
              {outcome.problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
