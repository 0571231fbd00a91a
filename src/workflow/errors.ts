import { APIError, type PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'
import { callerLanguage } from './callerLanguage'
import {
  formatHistoryNote,
  formatRefusal,
  pickWorkflowMessages,
  type HistoryNote,
  type Refusal,
  type WorkflowMessages,
} from './refusals'

export function workflowMessages(language: Locale): WorkflowMessages {
  return pickWorkflowMessages(messages[language])
}

/** A refusal's sentence in the caller's admin language (see callerLanguage.ts). */
export function refusalText(req: Pick<PayloadRequest, 'headers' | 'i18n' | 'user'>, refusal: Refusal): string {
  const language = callerLanguage(req)
  return formatRefusal(refusal, workflowMessages(language), language)
}

/** A system note for a task's history, in the language of whoever caused it. */
export function historyNoteText(req: Pick<PayloadRequest, 'headers' | 'i18n' | 'user'>, note: HistoryNote): string {
  const language = callerLanguage(req)
  return formatHistoryNote(note, workflowMessages(language), language)
}

/**
 * A refusal whose message the caller must see, in their language. Payload only
 * forwards an error's message when it recognises the error: by class (which a
 * production bundle may duplicate) with `data`, or else by a non-empty `name`
 * (which minification may erase from the class). So every workflow refusal
 * carries both explicitly.
 */
export function workflowRefusal(
  req: Pick<PayloadRequest, 'headers' | 'i18n' | 'user'>,
  refusal: Refusal,
  status: 400 | 403,
): APIError {
  const message = refusalText(req, refusal)
  // Quality refusals also carry their problems, so a client can show each one where it is.
  const issues = 'issues' in refusal ? refusal.issues : undefined
  const error = new APIError(message, status, { workflow: true, message, refusal: refusal.kind, issues }, true)
  error.name = 'WorkflowRefusal'
  return error
}
