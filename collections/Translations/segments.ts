import type { Endpoint, PayloadRequest } from 'payload'

import { translatorFor } from '@/i18n/messages'
import type { ConfirmProblem } from '@/segments/editorRows'
import { callerLanguage } from '@/workflow/callerLanguage'
import { readSegments, saveSegments, type EditorFailure, type EditorResult } from '@/workflow/services/segmentEditor'

type T = ReturnType<typeof translatorFor<'SegmentEditor'>>

function problemText(t: T, problem: ConfirmProblem): string {
  if (problem.kind === 'empty') return t('problems.empty')
  if (problem.kind === 'stray') return t('problems.stray')
  return t(`problems.${problem.kind}`, { tag: problem.tag })
}

const statusOf: Record<Exclude<EditorFailure['kind'], 'refused'>, number> = {
  signIn: 401,
  notFound: 404,
  notYourLanguage: 403,
  notYourTask: 403,
  noSource: 404,
  badBody: 400,
  staleSegments: 400,
  segments: 400,
}

/** A refusal in Payload's error shape, in the caller's admin language, with the segments concerned. */
export function refuse(req: PayloadRequest, failure: EditorFailure): Response {
  if (failure.kind === 'refused') return Response.json({ errors: [{ message: failure.message }] }, { status: failure.status })
  const t = translatorFor(callerLanguage(req), 'SegmentEditor')
  const status = statusOf[failure.kind]
  if (failure.kind === 'staleSegments') {
    return Response.json({ errors: [{ message: t('refusals.staleSegments'), data: { segments: failure.ids } }] }, { status })
  }
  if (failure.kind === 'segments') {
    const segments = failure.refusals.map((refusal) => ({
      id: refusal.id,
      field: refusal.field,
      problems: refusal.problems,
      messages: refusal.problems.map((problem) => problemText(t, problem)),
    }))
    const message = t('refusals.segments', { count: segments.length })
    return Response.json({ errors: [{ message, data: { segments } }] }, { status })
  }
  return Response.json({ errors: [{ message: t(`refusals.${failure.kind}`) }] }, { status })
}

function answer<V>(req: PayloadRequest, result: EditorResult<V>): Response {
  return result.ok ? Response.json(result.value) : refuse(req, result.failure)
}

export function taskId(req: PayloadRequest): string {
  const id = req.routeParams?.id
  return typeof id === 'string' || typeof id === 'number' ? String(id) : ''
}

async function jsonBody(req: PayloadRequest): Promise<unknown> {
  try {
    return req.json ? await req.json() : undefined
  } catch {
    return undefined
  }
}

/**
 * `GET /api/translations/:id/segments`: the task's segments, target texts, states and memory
 * matches (src/workflow/services/segmentEditor.ts). `PUT` with `{ segments: [{ id, text,
 * confirmed? }] }` saves them as the article's draft in the task's language: 400 with the
 * segments whose tags are missing or extra, 401 signed out, 403 for another language or a
 * task the caller does not hold, 404 for an unknown task.
 */
export const segmentEndpoints: Endpoint[] = [
  { path: '/:id/segments', method: 'get', handler: async (req) => answer(req, await readSegments(req, taskId(req))) },
  {
    path: '/:id/segments',
    method: 'put',
    handler: async (req) => {
      if (!req.user) return refuse(req, { kind: 'signIn' })
      return answer(req, await saveSegments(req, taskId(req), await jsonBody(req)))
    },
  },
]
