'use client'
/**
 * A source segment with its glossary terms highlighted (TermMark), for the segment view. The
 * terms are found in the browser with the task's glossary (src/glossary/highlight.ts), once per
 * segment text; the rest of the text is rendered by the caller (its tags as chips).
 */
import React, { useMemo } from 'react'

import { highlightRuns, termTips } from '@/glossary/highlight'
import type { GlossaryConcept } from '@/glossary/terms'
import { TermMark, type TermLabels } from './TermMark'

type Props = {
  text: string
  concepts: readonly GlossaryConcept[]
  sourceLocale: string
  targetLocale: string
  labels: TermLabels
  onInsert: (words: string) => void
  disabled: boolean
  plain: (text: string) => React.ReactNode
}

export function TermHighlights({ text, concepts, sourceLocale, targetLocale, labels, onInsert, disabled, plain }: Props) {
  const runs = useMemo(
    () => highlightRuns(text, termTips(text, sourceLocale, targetLocale, concepts)),
    [text, concepts, sourceLocale, targetLocale],
  )
  return (
    <>
      {runs.map((run, i) =>
        run.tip ? (
          <TermMark key={i} tip={run.tip} text={run.text} labels={labels} onInsert={onInsert} disabled={disabled} />
        ) : (
          <React.Fragment key={i}>{plain(run.text)}</React.Fragment>
        ),
      )}
    </>
  )
}
