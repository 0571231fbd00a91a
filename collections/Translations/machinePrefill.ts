import type { Endpoint, PayloadRequest } from 'payload'

import { translatorFor } from '@/i18n/messages'
import type { MachineTranslationFailure } from '@/mt/provider'
import { callerLanguage } from '@/workflow/callerLanguage'
import { prefillWithMachine, type PrefillFailure } from '@/workflow/services/machinePrefill'
import { refuse, taskId } from './segments'

/**
 * What the caller is told when the provider refuses. The provider failed, not the request: a
 * 502/503 (a 413 when the text is too long for it), with our words, never the provider's.
 */
const machineStatus: Record<MachineTranslationFailure, number> = {
  auth: 502,
  quota: 503,
  rateLimit: 503,
  tooLarge: 413,
  badRequest: 502,
  unavailable: 503,
  badResponse: 502,
}

function refusePrefill(req: PayloadRequest, failure: PrefillFailure): Response {
  if (failure.kind !== 'noProvider' && failure.kind !== 'machine') return refuse(req, failure)
  const t = translatorFor(callerLanguage(req), 'SegmentEditor')
  if (failure.kind === 'noProvider')
    return Response.json({ errors: [{ message: t('machine.refusals.noProvider') }] }, { status: 409 })
  const headers: HeadersInit = failure.reason === 'rateLimit' ? { 'retry-after': '60' } : {}
  return Response.json(
    { errors: [{ message: t(`machine.refusals.${failure.reason}`), data: { reason: failure.reason } }] },
    { status: machineStatus[failure.reason], headers },
  )
}

/**
 * `POST /api/translations/:id/machine-prefill`: fills the task's empty, untouched segments
 * with the configured provider's draft (src/workflow/services/machinePrefill.ts). Answers the
 * segments view with how many were filled; 409 when no provider is configured; 401/403/404
 * as the segment editor's save.
 */
export const machinePrefillEndpoint: Endpoint = {
  path: '/:id/machine-prefill',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse(req, { kind: 'signIn' })
    const result = await prefillWithMachine(req, taskId(req))
    if (!result.ok) return refusePrefill(req, result.failure)
    const { view, ...summary } = result.value
    const t = translatorFor(callerLanguage(req), 'SegmentEditor')
    const message = [
      t('machine.filled', { count: summary.filled, provider: summary.provider }),
      summary.rejected > 0 ? t('machine.rejected', { count: summary.rejected }) : '',
    ]
      .filter(Boolean)
      .join(' ')
    return Response.json({ ...view, prefill: { ...summary, message } })
  },
}
