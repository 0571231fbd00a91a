'use client'
/**
 * The segment view's "Pre-fill with machine translation" button: POST
 * /api/translations/:id/machine-prefill, then show the segments the server answers with and
 * its summary. Without a configured provider the button is not offered and the view says why.
 * With unsaved changes it waits: the server fills what is saved, and the reload would drop them.
 */
import React, { useState } from 'react'

import type { EditorRow } from '@/segments/editorRows'

export type MachinePrefillLabels = Record<'button' | 'working' | 'hint' | 'none' | 'saveFirst' | 'failed', string>

type Answer = { editable: boolean; rows: EditorRow[]; machineProvider: string | null }

type Props = {
  url: string
  provider: string | null
  dirty: boolean
  labels: MachinePrefillLabels
  onView: (view: Answer) => void
}

function fill(template: string, provider: string): string {
  return template.replace('{provider}', provider)
}

export function MachinePrefill({ url, provider, dirty, labels, onView }: Props) {
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<{ kind: 'error' | 'done'; text: string } | null>(null)

  if (!provider) {
    return (
      <p className="dg-muted" data-machine-none>
        {labels.none}
      </p>
    )
  }

  async function prefill() {
    setBusy(true)
    setNotice(null)
    try {
      const response = await fetch(url, { method: 'POST', credentials: 'include' })
      const json: unknown = await response.json().catch(() => null)
      if (response.ok && typeof json === 'object' && json !== null && 'rows' in json) {
        const { prefill: summary, ...view } = json as Answer & { prefill?: { message?: string } }
        onView(view)
        setNotice({ kind: 'done', text: summary?.message ?? '' })
        return
      }
      const error = (json as { errors?: Array<{ message?: string }> } | null)?.errors?.[0]
      setNotice({ kind: 'error', text: error?.message ?? labels.failed })
    } catch {
      setNotice({ kind: 'error', text: labels.failed })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="dg-segview__machine" data-machine-prefill>
      <button
        type="button"
        className="dg-button dg-button--secondary"
        disabled={busy || dirty}
        aria-describedby="dg-machine-hint"
        onClick={() => void prefill()}
      >
        {busy ? fill(labels.working, provider) : labels.button}
      </button>
      <span id="dg-machine-hint" className="dg-hint">
        {dirty ? labels.saveFirst : fill(labels.hint, provider)}
      </span>
      <span role="status" className={notice?.kind === 'error' ? 'dg-error' : undefined} data-machine-notice>
        {notice?.text ?? ''}
      </span>
    </div>
  )
}
