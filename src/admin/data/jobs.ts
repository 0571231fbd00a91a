/**
 * What the admin shows of translation jobs: one job's tasks (for its edit view), the jobs
 * assigned to the signed-in translator (the workspace), and the people a job may be assigned
 * to (the articles list's form). Read as the signed-in user, so access rules decide.
 */
import type { Payload, TypedUser } from 'payload'

import type { TargetLocale } from '@/i18n/locales'
import type { JobStatus } from '@/jobs/status'
import type { Leverage } from '@/memory/leverage'
import { readTaskLeverage } from '@/memory/taskLeverage'
import { relationId } from '@/lib/relations'
import type { TaskStatus } from '@/workflow/states'
import { userNames, type Id } from './lookups'

export type JobTaskRow = {
  id: Id
  title: string
  locale: TargetLocale
  status: TaskStatus
  assignee: string | null
  words: number
}

export type JobView = {
  status: JobStatus
  totalWords: number
  leverage: (Leverage & { counted: number; tasks: number }) | null
  tasks: JobTaskRow[]
}

function isId(value: Id | undefined): value is Id {
  return value !== undefined
}

function jobLeverage(value: unknown): JobView['leverage'] {
  if (!value || typeof value !== 'object' || !('bands' in value) || !('total' in value)) return null
  // Written by hooks/addJobSummary from src/jobs/summary.ts on this very read.
  return value as JobView['leverage']
}

export async function loadJobView(payload: Payload, user: TypedUser, id: Id): Promise<JobView | null> {
  const job = await payload
    .findByID({ collection: 'translation-jobs', id, depth: 0, overrideAccess: false, user, disableErrors: true })
    .catch(() => null)
  if (!job) return null
  const ids = (job.tasks ?? []).map((value) => relationId(value)).filter(isId)
  const { docs } =
    ids.length === 0
      ? { docs: [] }
      : await payload.find({
          collection: 'translations',
          where: { id: { in: ids } },
          depth: 0,
          pagination: false,
          select: { title: true, locale: true, status: true, assignee: true, wordsToTranslate: true, leverage: true },
          overrideAccess: false,
          user,
        })
  const names = await userNames(payload, user, docs.map((task) => relationId(task.assignee)).filter(isId))
  const order = new Map(ids.map((taskId, index) => [String(taskId), index]))
  const tasks = docs
    .map((task): JobTaskRow => {
      const assignee = relationId(task.assignee)
      const counted = readTaskLeverage(task.leverage)?.total.words ?? null
      return {
        id: task.id,
        title: task.title ?? `#${task.id}`,
        locale: task.locale,
        status: task.status ?? 'todo',
        assignee: assignee === undefined ? null : (names.get(String(assignee)) ?? `#${assignee}`),
        words: counted ?? task.wordsToTranslate ?? 0,
      }
    })
    .sort((a, b) => (order.get(String(a.id)) ?? 0) - (order.get(String(b.id)) ?? 0))
  return {
    status: job.status ?? 'todo',
    totalWords: job.totalWords ?? 0,
    leverage: jobLeverage(job.leverage),
    tasks,
  }
}

export type MyJobRow = {
  id: Id
  title: string
  languages: TargetLocale[]
  dueDate: string | null
  status: JobStatus
  tasks: number
  words: number
}

/** The newest jobs assigned to the user (at most `limit`), the nearest due date first, then those without one. */
export async function loadMyJobs(payload: Payload, user: TypedUser, limit = 50): Promise<MyJobRow[]> {
  const { docs } = await payload.find({
    collection: 'translation-jobs',
    where: { assignee: { equals: user.id } },
    sort: '-createdAt',
    depth: 0,
    limit,
    overrideAccess: false,
    user,
  })
  // Databases disagree on where an empty due date sorts: ordered here, undated last.
  const due = (job: (typeof docs)[number]) => (job.dueDate ? Date.parse(job.dueDate) : Number.POSITIVE_INFINITY)
  return [...docs].sort((a, b) => due(a) - due(b)).map((job) => ({
    id: job.id,
    title: job.title,
    languages: job.languages,
    dueDate: job.dueDate ?? null,
    status: job.status ?? 'todo',
    tasks: (job.tasks ?? []).length,
    words: job.totalWords ?? 0,
  }))
}

export type AssigneeOption = { id: Id; name: string; locales: TargetLocale[] }

/** Translators (agencies included) with the languages they work in: editors only read those. */
export async function jobAssignees(payload: Payload, user: TypedUser): Promise<AssigneeOption[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { role: { equals: 'translator' } },
    depth: 0,
    pagination: false,
    sort: 'name',
    select: { name: true, email: true, translatorLocales: true },
    overrideAccess: false,
    user,
  })
  return docs.map((doc) => ({ id: doc.id, name: doc.name || doc.email, locales: doc.translatorLocales ?? [] }))
}
