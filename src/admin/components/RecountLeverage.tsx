'use client'
/**
 * "Count again": asks the server for the task's leverage against the memory as it is now
 * (POST /api/translations/:id/leverage), then refreshes the panel that shows it.
 */
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { serverMessage } from '@/admin/lib/refusal'

type Props = { apiRoute: string; taskId: number | string; labels: { recount: string; working: string; failed: string } }

export function RecountLeverage({ apiRoute, taskId, labels }: Props) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function recount() {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`${apiRoute}/translations/${encodeURIComponent(String(taskId))}/leverage`, {
        method: 'POST',
        credentials: 'include',
      })
      if (!response.ok) {
        setError(serverMessage(await response.json().catch(() => null)) ?? labels.failed)
        return
      }
      router.refresh()
    } catch {
      setError(labels.failed)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="dg-task-actions__buttons">
      <button
        type="button"
        className="dg-button dg-button--secondary"
        data-recount-leverage
        disabled={busy}
        onClick={() => void recount()}
      >
        {busy ? labels.working : labels.recount}
      </button>
      {error && (
        <p className="dg-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
