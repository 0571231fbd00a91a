/**
 * Quality problems as a list, errors first, each with its severity in words (not only its
 * colour). Always rendered, empty when all is well, so a screen reader hears what changes.
 */
import React from 'react'

import type { Severity } from '@/quality/issues'
import '@/admin/styles/glossary.css'

export type ShownIssue = { key: string; check: string; severity: Severity; text: string }

type Props = { id: string; issues: readonly ShownIssue[]; severity: Record<Severity, string>; heading: string; kind: string }

export function CheckList({ id, issues, severity, heading, kind }: Props) {
  return (
    <div className="dg-checks" id={id} aria-live="polite" {...{ [`data-${kind}-checks`]: issues.length }}>
      {issues.length > 0 && (
        <ul aria-label={heading}>
          {issues.map((found) => (
            <li
              key={found.key}
              className={`dg-check dg-check--${found.severity}`}
              data-check={found.check}
              data-severity={found.severity}
            >
              <span className="dg-check__severity">{severity[found.severity]}</span> {found.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
