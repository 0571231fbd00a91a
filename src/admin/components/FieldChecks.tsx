'use client'
/**
 * The quality checks of one field in the field view, live: the field's current value in the
 * form against its Italian source, with the task's glossary (src/quality/live.ts), as errors
 * (which will block Submit for review) and warnings, paragraph by paragraph for rich text.
 * Run on a deferred value, so a long answer never slows the typing.
 */
import { useFormFields } from '@payloadcms/ui'
import React, { useDeferredValue, useMemo } from 'react'

import type { GlossaryConcept } from '@/glossary/terms'
import { sourceLocale, type Locale } from '@/i18n/locales'
import { liveFieldIssues } from '@/quality/live'
import { issueFormatter, type CheckMessages } from '@/admin/lib/checkText'
import { CheckList } from './CheckList'

type Props = {
  field: string
  source: unknown
  targetLocale: string
  concepts: readonly GlossaryConcept[]
  messages: CheckMessages
  language: Locale
}

export function FieldChecks({ field, source, targetLocale, concepts, messages, language }: Props) {
  const value = useFormFields(([fields]) => fields[field]?.value)
  const target = useDeferredValue(value)
  const format = useMemo(() => issueFormatter(messages, language), [messages, language])
  const issues = useMemo(
    () =>
      liveFieldIssues({ name: field, source, target }, { source: sourceLocale, target: targetLocale }, concepts).map(
        (found, i) => ({
          key: `${found.check}-${found.block ?? ''}-${i}`,
          check: found.check,
          severity: found.severity,
          text: format(found),
        }),
      ),
    [field, source, target, targetLocale, concepts, format],
  )
  return (
    <CheckList
      id={`dg-checks-${field}`}
      kind="field"
      issues={issues}
      severity={messages.Quality.severity}
      heading={messages.Quality.live.heading}
    />
  )
}
