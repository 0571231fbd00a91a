'use client'
/**
 * The quality checks of one segment, live: run in the browser on every change of its text
 * (src/quality/live.ts, with the task's glossary), shown under the translation as errors
 * (which will block Submit for review) and warnings. The server checks again on submission.
 */
import React, { useMemo } from 'react'

import type { GlossaryConcept } from '@/glossary/terms'
import type { Locale } from '@/i18n/locales'
import { liveSegmentIssues } from '@/quality/live'
import type { TagDef } from '@/segments/tags'
import { issueFormatter, type CheckMessages } from '@/admin/lib/checkText'
import { CheckList } from './CheckList'

type Props = {
  id: string
  source: string
  target: string
  /** The row's tags (the same array while the segment stays, so the checks rerun only on a text change). */
  tags: ReadonlyArray<{ def: TagDef }>
  concepts: readonly GlossaryConcept[]
  sourceLocale: string
  targetLocale: string
  messages: CheckMessages
  language: Locale
}

export function SegmentChecks({ id, source, target, tags, concepts, sourceLocale, targetLocale, messages, language }: Props) {
  const format = useMemo(() => issueFormatter(messages, language), [messages, language])
  const issues = useMemo(
    () =>
      liveSegmentIssues(
        { source, target, tags: tags.map((tag) => tag.def) },
        { source: sourceLocale, target: targetLocale },
        concepts,
      ).map((found, i) => ({
        key: `${found.check}-${i}`,
        check: found.check,
        severity: found.severity,
        text: format(found),
      })),
    [source, target, tags, sourceLocale, targetLocale, concepts, format],
  )
  return (
    <CheckList
      id={id}
      kind="segment"
      issues={issues}
      severity={messages.Quality.severity}
      heading={messages.Quality.live.heading}
    />
  )
}
