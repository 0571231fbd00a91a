import type { AfterErrorHook } from 'payload'

import { translatorFor } from '@/i18n/messages'
import { callerLanguage } from '@/workflow/callerLanguage'

/**
 * Errors raised where the caller is unknown (the database adapter has no
 * request), worded in the caller's admin language on the way out, on REST and
 * GraphQL: a write refused because the writer stayed busy (src/db/transactions.ts).
 */
function isWriterBusy(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('data' in error)) return false
  const data: unknown = error.data
  return typeof data === 'object' && data !== null && 'writerBusy' in data && data.writerBusy === true
}

export const localizeWriterBusy: AfterErrorHook = ({ error, req, result, graphqlResult }) => {
  if (!isWriterBusy(error)) return
  const message = translatorFor(callerLanguage(req), 'Writes')('busy')
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message } }
  return { response: { ...result, errors: [{ message }] }, status: 503 }
}
