'use client'
/**
 * The export link and the import button of the translation memory's list. Import sends the
 * chosen file as the body of POST /api/translation-memory/tmx and shows the server's answer
 * (how many pairs were added, or why the file was refused); the list then reloads.
 */
import { useRouter } from 'next/navigation'
import React, { useId, useRef, useState } from 'react'

type Pair = { from: string; to: string; label: string }

export type MemoryTransferLabels = { export: string; import: string; pair: string; importing: string; failed: string }

type Props = { apiRoute: string; pairs: Pair[]; canImport: boolean; labels: MemoryTransferLabels }

function messageOf(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null) return undefined
  if ('message' in json && typeof json.message === 'string') return json.message
  if ('errors' in json && Array.isArray(json.errors)) {
    const first: unknown = json.errors[0]
    if (typeof first === 'object' && first !== null && 'message' in first && typeof first.message === 'string')
      return first.message
  }
  return undefined
}

export function MemoryTransferClient({ apiRoute, pairs, canImport, labels }: Props) {
  const router = useRouter()
  const selectId = useId()
  const fileInput = useRef<HTMLInputElement>(null)
  const [pairIndex, setPairIndex] = useState(0)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null)
  const pair = pairs[pairIndex] ?? pairs[0]
  if (!pair) return null
  const url = `${apiRoute}/translation-memory/tmx?from=${pair.from}&to=${pair.to}`

  const upload = async (file: File) => {
    setBusy(true)
    setOutcome({ ok: true, text: labels.importing })
    try {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/x-tmx+xml' },
        body: file,
      })
      const json: unknown = await response.json().catch(() => null)
      const text = messageOf(json) ?? labels.failed.replace('{status}', String(response.status))
      setOutcome({ ok: response.ok, text })
      if (response.ok) router.refresh()
    } catch {
      setOutcome({ ok: false, text: labels.failed.replace('{status}', '—') })
    } finally {
      setBusy(false)
      if (fileInput.current) fileInput.current.value = ''
    }
  }

  return (
    <div className="dg-admin dg-memory-transfer" data-memory-transfer>
      <label htmlFor={selectId}>{labels.pair}</label>
      <select id={selectId} value={pairIndex} onChange={(event) => setPairIndex(Number(event.target.value))}>
        {pairs.map((option, i) => (
          <option key={`${option.from}-${option.to}`} value={i}>
            {option.label}
          </option>
        ))}
      </select>
      <a className="btn btn--style-secondary btn--size-small" href={url} download>
        {labels.export}
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
            accept=".tmx,application/x-tmx+xml,text/xml,application/xml"
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
        <p role="status" className={outcome.ok ? undefined : 'dg-error'}>
          {outcome.text}
        </p>
      ) : null}
    </div>
  )
}
