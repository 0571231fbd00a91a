import type { Endpoint, PayloadRequest } from 'payload'

import { readBounded } from '@/api/boundedBody'
import { translatorFor } from '@/i18n/messages'
import type { Translation } from '@/payload-types'
import { callerLanguage } from '@/workflow/callerLanguage'
import { exportTasks, importTasks, type ExchangeFailure } from '@/workflow/services/xliffExchange'
import type { XliffProblem, XliffVersion } from '@/xliff/types'
import { taskId } from './segments'

/** Larger than any job we would send to one agency in one file. */
export const maxXliffBytes = 20 * 1024 * 1024

type HttpRefusal = 'badVersion' | 'badOption' | 'tooLarge' | 'empty' | 'notUtf8'

const statusOf: Record<Exclude<ExchangeFailure['kind'], 'problems' | 'refused'>, number> = {
  signIn: 401,
  notFound: 404,
  notYourLanguage: 403,
  notYourTask: 403,
  notOpen: 409,
  noSource: 404,
  mixedLanguages: 400,
}

function t(req: PayloadRequest) {
  return translatorFor(callerLanguage(req), 'Xliff')
}

export function refuseXliff(req: PayloadRequest, status: number, key: HttpRefusal | keyof typeof statusOf): Response {
  return Response.json({ errors: [{ message: t(req)(`refusals.${key}`) }] }, { status })
}

/** Each problem in the caller's language, with where it is (article, unit, segment). */
function problemReport(req: PayloadRequest, problems: readonly XliffProblem[]) {
  const say = t(req)
  return problems.map((problem) => {
    const at = { article: problem.articleId ?? '', unit: problem.unitId ?? '', segment: problem.segmentId ?? '' }
    const where = problem.segmentId
      ? say('where.segment', at)
      : problem.unitId
        ? say('where.unit', at)
        : problem.articleId
          ? say('where.article', at)
          : say('where.file')
    const detail = { line: '', column: '', message: '', found: '', expected: '', file: '', element: '', ...problem.detail }
    return { ...problem, message: `${where}: ${say(`problems.${problem.problem}`, detail)}` }
  })
}

export function exchangeRefusal(req: PayloadRequest, failure: ExchangeFailure): Response {
  if (failure.kind === 'refused') return Response.json({ errors: [{ message: failure.message }] }, { status: failure.status })
  if (failure.kind === 'problems') {
    const problems = problemReport(req, failure.problems)
    const message = t(req)('rejected', { count: problems.length, first: problems[0]?.message ?? '' })
    return Response.json({ errors: [{ message, data: { problems } }] }, { status: 400 })
  }
  return refuseXliff(req, statusOf[failure.kind], failure.kind)
}

function versionOf(req: PayloadRequest, fallback: XliffVersion | undefined): XliffVersion | undefined | null {
  const raw = req.searchParams.get('version')
  if (raw === null || raw === '') return fallback
  return raw === '2.1' || raw === '1.2' ? raw : null
}

/** The answer to an export: the file as a download, never cached (it holds unpublished work). */
export async function xliffDownload(req: PayloadRequest, tasks: readonly Translation[], name: string): Promise<Response> {
  const version = versionOf(req, '2.1')
  if (!version) return refuseXliff(req, 400, 'badVersion')
  const prefillOption = req.searchParams.get('prefill') ?? 'memory'
  if (prefillOption !== 'memory' && prefillOption !== 'none') return refuseXliff(req, 400, 'badOption')
  const result = await exportTasks(req, tasks, { version, prefill: prefillOption === 'memory' })
  if (!result.ok) return exchangeRefusal(req, result.failure)
  const fileName = `${name}-${result.value.locale}-xliff${version.replace('.', '')}.xlf`
  return new Response(result.value.xml, {
    headers: {
      'Content-Type': 'application/xliff+xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'no-store',
    },
  })
}

/** The answer to an import: the file is the request body. */
export async function xliffUpload(req: PayloadRequest, tasks: readonly Translation[]): Promise<Response> {
  const version = versionOf(req, undefined)
  if (version === null) return refuseXliff(req, 400, 'badVersion')
  const moveTo = req.searchParams.get('status') ?? 'in_review'
  if (moveTo !== 'in_review' && moveTo !== 'in_progress') return refuseXliff(req, 400, 'badOption')
  const declared = Number(req.headers.get('content-length') ?? '0')
  if (declared > maxXliffBytes) return refuseXliff(req, 413, 'tooLarge')
  const contentType = req.headers.get('content-type') ?? ''
  if (contentType.includes('multipart/')) return refuseXliff(req, 415, 'empty')
  // Read as a stream up to the limit: a chunked upload is stopped there, not held whole first.
  const bytes = await readBounded(req.body, maxXliffBytes)
  if (!bytes) return refuseXliff(req, 413, 'tooLarge')
  let xml: string
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return refuseXliff(req, 400, 'notUtf8')
  }
  if (xml.trim() === '') return refuseXliff(req, 400, 'empty')
  const result = await importTasks(req, tasks, xml, { version, moveTo })
  if (!result.ok) return exchangeRefusal(req, result.failure)
  return Response.json({ ...result.value, message: t(req)('imported', result.value) })
}

async function taskOf(req: PayloadRequest): Promise<Translation | null> {
  const id = taskId(req)
  if (!/^\d{1,15}$/.test(id) && !/^[0-9a-f]{24}$/i.test(id)) return null
  return req.payload
    .findByID({ collection: 'translations', id, depth: 0, disableErrors: true, overrideAccess: true, req })
    .catch(() => null)
}

/**
 * `GET /api/translations/:id/xliff?version=2.1|1.2&prefill=memory|none`: the task as an XLIFF
 * file. `POST` with the file as the body (`?status=in_review|in_progress`): the translated file
 * back as the task's draft, all or nothing; 400 with every problem (unit, segment, what), 409
 * for a task not open for translation. 401 signed out, 403 another translator's task or
 * language, 404 an unknown task, 413 over 20 MB.
 */
export const xliffEndpoints: Endpoint[] = [
  {
    path: '/:id/xliff',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return refuseXliff(req, 401, 'signIn')
      const task = await taskOf(req)
      if (!task) return refuseXliff(req, 404, 'notFound')
      return xliffDownload(req, [task], `task-${task.id}`)
    },
  },
  {
    path: '/:id/xliff',
    method: 'post',
    handler: async (req) => {
      if (!req.user) return refuseXliff(req, 401, 'signIn')
      const task = await taskOf(req)
      if (!task) return refuseXliff(req, 404, 'notFound')
      return xliffUpload(req, [task])
    },
  },
]
