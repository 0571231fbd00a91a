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
            <input
              id="cite-name"
              name="name"
              autoComplete="name"
              required
              maxLength={citationLimits.name}
              defaultValue={values?.name}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={describedBy('name')}
            />
            {fieldError('name')}
          </div>
          <div className="field">
            <label htmlFor="cite-email">{labels.email}</label>
            <input
              id="cite-email"
              name="email"
              type="email"
              autoComplete="email"
              required
              maxLength={citationLimits.email}
              defaultValue={values?.email}
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={describedBy('email')}
            />
            {fieldError('email')}
          </div>
          <div className="field">
            <label htmlFor="cite-proposedUrl">{labels.url}</label>
            <input
              id="cite-proposedUrl"
              name="proposedUrl"
              type="url"
              inputMode="url"
              required
              maxLength={citationLimits.proposedUrl}
              defaultValue={values?.proposedUrl}
              aria-invalid={errors.proposedUrl ? true : undefined}
              aria-describedby={describedBy('proposedUrl', 'cite-proposedUrl-hint')}
            />
            <p className="field-hint" id="cite-proposedUrl-hint">
              {labels.urlHint}
            </p>
            {fieldError('proposedUrl')}
          </div>
          <div className="field">
            <label htmlFor="cite-message">{labels.message}</label>
            <textarea
              id="cite-message"
              name="message"
              rows={4}
              maxLength={citationLimits.message}
              defaultValue={values?.message}
              aria-invalid={errors.message ? true : undefined}
              aria-describedby={describedBy('message')}
            />
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
