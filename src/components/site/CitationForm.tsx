'use client'

import { useActionState, useEffect, useRef, useState } from 'react'

import { sendCitationRequest, startCitationForm } from '@/site/citation/actions'
import type { CitationFormState } from '@/site/citation/submit'
import { citationLimits, type CitationField } from '@/site/citation/validate'

export type CitationFormLabels = {
  name: string
  email: string
  url: string
  urlHint: string
  message: string
  honeypot: string
  submit: string
  sending: string
}

type Props = {
  articleId: string
  locale: string
  /**
   * Where a submission without JavaScript goes: this page, at the form. The
   * browser keeps the fragment, so the answer opens with the confirmation in view.
   */
  permalink: string
  /** Signed when the page was rendered: the fallback for visitors without JavaScript. */
  initialToken: string
  labels: CitationFormLabels
}

const initialState: CitationFormState = { status: 'idle' }

/**
 * The "cite me" form. A plain <form> posting to a server action: without
 * JavaScript the browser submits it and the page comes back with the result;
 * with JavaScript React submits it in place. Errors are rendered next to
 * their fields either way.
 */
export function CitationForm({ articleId, locale, permalink, initialToken, labels }: Props) {
  const [state, formAction, pending] = useActionState(sendCitationRequest, initialState, permalink)
  const [token, setToken] = useState(initialToken)
  const requested = useRef(false)
  const summary = useRef<HTMLDivElement>(null)

  // Move focus to the outcome so screen-reader and keyboard users learn of it.
  useEffect(() => {
    if (state.status !== 'idle') summary.current?.focus()
  }, [state])

  function startTiming() {
    if (requested.current) return
    requested.current = true
    startCitationForm().then(setToken, () => undefined)
  }

  const values = state.status === 'error' ? state.values : undefined
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {}
  const describedBy = (field: CitationField, hint?: string) =>
    [hint, errors[field] ? `cite-${field}-error` : undefined].filter(Boolean).join(' ') || undefined
  // What every field's input carries: its name, limit, previous value and error wiring.
  const fieldProps = (field: CitationField, hint?: string) => ({
    id: `cite-${field}`,
    name: field,
    maxLength: citationLimits[field],
    defaultValue: values?.[field],
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': describedBy(field, hint),
  })
  const fieldError = (field: CitationField) =>
    errors[field] ? (
      <p className="field-error" id={`cite-${field}-error`}>
        {errors[field]}
      </p>
    ) : null

  return (
    <>
      {state.status !== 'idle' && state.message ? (
        <div
          ref={summary}
          tabIndex={-1}
          className={state.status === 'success' ? 'form-status form-status--success' : 'form-status form-status--error'}
          role={state.status === 'success' ? 'status' : 'alert'}
        >
          {state.message}
        </div>
      ) : null}
      {state.status === 'success' ? null : (
        <form action={formAction} className="citation-form" onFocusCapture={startTiming} noValidate>
          <input type="hidden" name="article" value={articleId} />
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="startedAt" value={token} />
          <div className="field">
            <label htmlFor="cite-name">{labels.name}</label>
            <input {...fieldProps('name')} autoComplete="name" required />
            {fieldError('name')}
          </div>
          <div className="field">
            <label htmlFor="cite-email">{labels.email}</label>
            <input {...fieldProps('email')} type="email" autoComplete="email" required />
            {fieldError('email')}
          </div>
          <div className="field">
            <label htmlFor="cite-proposedUrl">{labels.url}</label>
            <input {...fieldProps('proposedUrl', 'cite-proposedUrl-hint')} type="url" inputMode="url" required />
            <p className="field-hint" id="cite-proposedUrl-hint">
              {labels.urlHint}
            </p>
            {fieldError('proposedUrl')}
          </div>
          <div className="field">
            <label htmlFor="cite-message">{labels.message}</label>
            <textarea {...fieldProps('message')} rows={4} />
            {fieldError('message')}
          </div>
          {/* Honeypot: hidden from people (and from assistive technology), irresistible to bots. */}
          <div className="hp-field" aria-hidden="true">
            <label htmlFor="cite-website">{labels.honeypot}</label>
            <input id="cite-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
          </div>
          <button type="submit" disabled={pending}>
            {pending ? labels.sending : labels.submit}
          </button>
        </form>
      )}
    </>
  )
}
