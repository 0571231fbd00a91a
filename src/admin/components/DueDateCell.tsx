'use client'
/** The due date in the tasks list, highlighted once overdue (as in the workspace and on the task). */
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import { formatDay, isOverdue } from '@/admin/lib/dates'

export function DueDateCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const iso = typeof cellData === 'string' ? cellData : null
  const day = formatDay(iso, i18n.language)
  if (!day) return <span className="dg-muted">—</span>
  const overdue = isOverdue(iso) && rowData?.status !== 'approved'
  return (
    <span className={overdue ? 'dg-overdue' : undefined} data-overdue={overdue ? 'true' : undefined}>
      {day}
    </span>
  )
}
