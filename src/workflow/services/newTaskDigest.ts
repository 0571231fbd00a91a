import type { PayloadRequest, TaskConfig, Where } from 'payload'

import { claimUserMarker } from '@/db/claimMarker'
import { isLocale, sourceLocale, targetLocales, type Locale } from '@/i18n/locales'
import type { Translation, User } from '@/payload-types'
import { relationId } from '@/lib/relations'
import { childReq } from './childReq'
import { composeNewTasksEmail, type NewTaskLine } from '@/workflow/notifications'

/**
 * "New tasks in your languages" e-mails, batched: a translator hears of new
 * unassigned tasks in their languages at most once an hour, in one mail that
 * lists them.
 *
 * A new unassigned task queues one Payload job per translator of its language
 * (`newTaskDigest`, on the `notifications` queue, run by the jobs runner every
 * minute), due a minute later (tasks created together, e.g. French and English
 * on a publish, share a mail) or an hour after that translator's last mail.
 * The job lists the unassigned tasks created since that last mail. Everything
 * that must hold across restarts and replicas is in the database: the jobs,
 * and `users.newTasksMailedAt`, which a job sets with one conditional update
 * before sending (claimUserMarker), so two replicas never both mail the same
 * hour.
 */

export const newTaskDigestSlug = 'newTaskDigest'
export const notificationsQueue = 'notifications'
export const digestInterval = 60 * 60 * 1000
/** Tasks created within this delay of each other share a mail. */
export const batchDelay = 60 * 1000

type DigestInput = { user: string }

function concurrencyKey(user: string): string {
  return `${newTaskDigestSlug}:${user}`
}

function taskLocales(user: Pick<User, 'translatorLocales'>): Locale[] {
  return [...(user.translatorLocales ?? [])]
}

/** The language a user reads their mail in: the one they saved, else (unknown yet) their first target language. */
export function mailLanguage(user: Pick<User, 'language' | 'role' | 'translatorLocales'>): Locale {
  if (isLocale(user.language)) return user.language
  return user.role === 'translator' ? (taskLocales(user)[0] ?? sourceLocale) : sourceLocale
}

function dueDate(lastMailed: string | null | undefined, now: Date): Date {
  const soon = now.getTime() + batchDelay
  const next = lastMailed ? new Date(lastMailed).getTime() + digestInterval : 0
  return new Date(Math.max(soon, next))
}

async function hasPendingDigest(req: PayloadRequest, user: string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { concurrencyKey: { equals: concurrencyKey(user) } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    overrideAccess: true,
    req: childReq(req),
  })
  return totalDocs > 0
}

async function queueDigest(req: PayloadRequest, user: Pick<User, 'id' | 'newTasksMailedAt'>, now: Date): Promise<void> {
  const id = String(user.id)
  // A replica racing this check queues a second job: harmless, the marker decides who mails.
  if (await hasPendingDigest(req, id)) return
  await req.payload.jobs.queue({
    task: newTaskDigestSlug,
    input: { user: id },
    queue: notificationsQueue,
    waitUntil: dueDate(user.newTasksMailedAt, now),
    req: childReq(req),
  })
}

/** After a task is created unassigned: a digest for each translator of its language. */
export async function queueNewTaskDigests(req: PayloadRequest, task: Pick<Translation, 'locale' | 'assignee'>): Promise<void> {
  if (relationId(task.assignee) !== undefined || !isLocale(task.locale)) return
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'translator' } }, { translatorLocales: { contains: task.locale } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { newTasksMailedAt: true },
    req: childReq(req),
  })
  const now = new Date()
  for (const user of docs) await queueDigest(req, user, now)
}

/** The job: mail this translator the unassigned tasks created in their languages since their last mail. */
export class DigestNotDue extends Error {
  constructor(userId: number | string) {
    super(`User ${userId} was mailed new tasks less than an hour ago; retrying later.`)
    this.name = 'DigestNotDue'
  }
}

export async function sendNewTaskDigest(req: PayloadRequest, userId: string, now = new Date()): Promise<'sent' | 'nothing'> {
  const { payload } = req
  const user = await payload.findByID({
    collection: 'users',
    id: userId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!user || user.role !== 'translator') return 'nothing'
  const locales = taskLocales(user)
  if (locales.length === 0) return 'nothing'
  const since = user.newTasksMailedAt ?? user.createdAt
  const where: Where = {
    and: [
      { locale: { in: locales } },
      { assignee: { exists: false } },
      { status: { equals: 'todo' } },
      { createdAt: { greater_than: since } },
    ],
  }
  const { docs: tasks } = await payload.find({
    collection: 'translations',
    where,
    sort: 'createdAt',
    limit: 100,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (tasks.length === 0) return 'nothing'

  const claimed = await claimUserMarker(payload, {
    userId: user.id,
    field: 'newTasksMailedAt',
    now,
    notAfter: new Date(now.getTime() - digestInterval),
  })
  // Mailed less than an hour ago (another job of a race, or this one ran early): the job is
  // retried later (retries below), and these tasks go in that mail.
  if (!claimed) throw new DigestNotDue(user.id)

  const titles = await articleTitles(req, tasks)
  const serverURL = payload.config.serverURL
  const lines: NewTaskLine[] = tasks.map((task) => ({
    title: titles.get(String(relationId(task.article))) ?? `#${String(relationId(task.article))}`,
    locale: isLocale(task.locale) ? task.locale : (targetLocales[0] ?? sourceLocale),
    words: task.wordsToTranslate ?? 0,
    url: `${serverURL}${payload.config.routes.admin}/collections/translations/${task.id}`,
  }))
  const { subject, text } = composeNewTasksEmail({
    recipientLocale: mailLanguage(user),
    tasks: lines,
    workspaceUrl: `${serverURL}${payload.config.routes.admin}/translations`,
  })
  try {
    await payload.sendEmail({ to: user.email, subject, text })
  } catch (error) {
    // Give the tasks back to the next run (the job is retried) rather than lose them.
    await payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { newTasksMailedAt: user.newTasksMailedAt ?? null },
      req,
    })
    throw error
  }
  return 'sent'
}

async function articleTitles(req: PayloadRequest, tasks: readonly Translation[]): Promise<Map<string, string>> {
  const ids = [...new Set(tasks.map((task) => relationId(task.article)).filter((id) => id !== undefined))]
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { id: { in: ids } },
    locale: sourceLocale,
    fallbackLocale: false,
    draft: true,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { title: true },
    req,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.title ?? `#${doc.id}`]))
}

export const newTaskDigestTask: TaskConfig<{ input: DigestInput; output: { outcome: string } }> = {
  slug: newTaskDigestSlug,
  inputSchema: [{ name: 'user', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  // One run per translator at a time; the marker holds across replicas anyway.
  concurrency: { key: ({ input }) => concurrencyKey(input.user), exclusive: true },
  // A digest that is not due yet (a race) or whose mail failed is tried again every 15 minutes,
  // long enough to cover the rest of the hour.
  retries: { attempts: 8, backoff: { type: 'fixed', delay: 15 * 60 * 1000 } },
  handler: async ({ input, req }) => ({ output: { outcome: await sendNewTaskDigest(req, input.user) } }),
}
