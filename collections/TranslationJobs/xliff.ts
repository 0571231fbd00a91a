import type { Endpoint, PayloadRequest } from 'payload'

import { isLocale } from '@/i18n/locales'
import { relationId } from '@/lib/relations'
import type { Translation } from '@/payload-types'
import { refuseXliff, xliffDownload, xliffUpload } from '../Translations/xliff'

type JobTasks = { ok: true; jobId: string; tasks: Translation[] } | { ok: false; response: Response }

/**
 * A job's tasks in one language (`?language=fr`, or the job's only language): what one XLIFF
 * file holds. The job is read as the caller (a translator reads only the jobs assigned to
 * them: another job is a 404); the tasks are then checked one by one by the exchange itself.
 * Approved tasks are done and stay out of the file.
 */
async function jobTasks(req: PayloadRequest): Promise<JobTasks> {
  const refuse = (status: number, key: 'signIn' | 'notFound' | 'mixedLanguages' | 'badOption') => ({
    ok: false as const,
    response: refuseXliff(req, status, key),
  })
  if (!req.user) return refuse(401, 'signIn')
  const raw = req.routeParams?.id
  const id = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : ''
  if (!/^\d{1,15}$/.test(id) && !/^[0-9a-f]{24}$/i.test(id)) return refuse(404, 'notFound')
  const job = await req.payload
    .findByID({ collection: 'translation-jobs', id, depth: 0, disableErrors: true, overrideAccess: false, user: req.user, req })
    .catch(() => null)
  if (!job) return refuse(404, 'notFound')
  const languages = job.languages ?? []
  const asked = req.searchParams.get('language')
  const language = asked ?? (languages.length === 1 ? languages[0] : undefined)
  if (language === undefined) return refuse(400, 'mixedLanguages')
  if (!isLocale(language) || !languages.includes(language as (typeof languages)[number])) return refuse(400, 'badOption')
  const taskIds = (job.tasks ?? []).flatMap((task) => {
    const taskId = relationId(task)
    return taskId === undefined ? [] : [taskId]
  })
  const { docs } = await req.payload.find({
    collection: 'translations',
    where: { and: [{ id: { in: taskIds } }, { locale: { equals: language } }, { status: { not_equals: 'approved' } }] },
    sort: 'id',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return refuse(404, 'notFound')
  return { ok: true, jobId: id, tasks: docs }
}

/**
 * `GET /api/translation-jobs/:id/xliff?language=fr&version=2.1|1.2&prefill=memory|none`: the
 * job's tasks in that language as one XLIFF file, a `<file>` per article. `POST` with the
 * translated file as the body: every task's draft written in one transaction, or nothing.
 * The same rules and answers as a task's (collections/Translations/xliff.ts).
 */
export const jobXliffEndpoints: Endpoint[] = [
  {
    path: '/:id/xliff',
    method: 'get',
    handler: async (req) => {
      const found = await jobTasks(req)
      return found.ok ? xliffDownload(req, found.tasks, `job-${found.jobId}`) : found.response
    },
  },
  {
    path: '/:id/xliff',
    method: 'post',
    handler: async (req) => {
      const found = await jobTasks(req)
      return found.ok ? xliffUpload(req, found.tasks) : found.response
    },
  },
]
