import React from 'react'

import { withParams } from '@/admin/lib/adminUrls'
import type { SearchParams } from '@/admin/lib/queueFilters'

type Props = {
  page: number
  totalPages: number
  /** The search param holding this list's page, so several lists page independently. */
  param: string
  searchParams: SearchParams | undefined
  labels: { page: string; previous: string; next: string }
}

/** Previous / next links that keep every other parameter of the view (filters, other lists' pages). */
export function Pagination({ page, totalPages, param, searchParams, labels }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav className="dg-pagination" aria-label={labels.page}>
      {page > 1 ? (
        <a className="dg-link" href={withParams(searchParams, { [param]: page - 1 })} rel="prev">
          ← {labels.previous}
        </a>
      ) : (
        <span className="dg-muted">← {labels.previous}</span>
      )}
      <span>{labels.page}</span>
      {page < totalPages ? (
        <a className="dg-link" href={withParams(searchParams, { [param]: page + 1 })} rel="next">
          {labels.next} →
        </a>
      ) : (
        <span className="dg-muted">{labels.next} →</span>
      )}
    </nav>
  )
}
