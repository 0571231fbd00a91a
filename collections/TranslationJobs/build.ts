import type { Endpoint, PayloadRequest } from 'payload'

import { buildJob } from '@/workflow/services/translationJobs'

async function jsonBody(req: PayloadRequest): Promise<unknown> {
  try {
    return req.json ? await req.json() : undefined
  } catch {
    return undefined
  }
}

/**
 * `POST /api/translation-jobs/build` with `{ title, locales, assignee?, dueDate?, instructions?,
 * articles? | outdated: true }`: 201 with the job, its tasks and the tasks left out (and why);
 * 400 with every problem of the request, 401 signed out, 403 for anyone but editors. A refusal
 * writes nothing.
 */
export const buildEndpoint: Endpoint = {
  path: '/build',
  method: 'post',
  handler: async (req) => {
    const body = req.user ? await jsonBody(req) : undefined
    const result = await buildJob(req, body)
    if (!result.ok) {
      const { status, message, problems, skipped } = result.failure
      return Response.json({ errors: [{ message, data: { problems, skipped } }] }, { status })
    }
    const { job, tasks, skipped, message } = result
    return Response.json({ message, doc: job, tasks, skipped }, { status: 201 })
  },
}
