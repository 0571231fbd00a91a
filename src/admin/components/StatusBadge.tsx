import React from 'react'

import type { TaskStatus } from '@/workflow/states'

/** A task status as a coloured pill; the colours are the same in every admin screen. */
export function StatusBadge({ status, label }: { status: TaskStatus; label: string }) {
  return (
    <span className={`dg-status dg-status--${status}`} data-status={status}>
      {label}
    </span>
  )
}
