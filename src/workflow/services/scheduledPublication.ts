import { APIError, ValidationError, type Payload, type TaskConfig, type TaskHandler } from 'payload'

import { languageName, sourceLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/messages'
import type { Article, User } from '@/payload-types'
import { planScheduledRun, runLocale, schedulingUser, type ScheduledRun, type ScheduleOutcome } from '@/scheduling/plan'
import { isTaskLocalePublic } from '@/workflow/visibility'
import { mailLanguage } from './newTaskDigest'

/**
 * Runs Payload's `schedulePublish` jobs for articles by this CMS's rules
 * (src/scheduling/plan.ts): as the editor who scheduled them, through the same
 * Local API writes as a manual publish or approval, so every per-language rule,
 * access check, task update and page revalidation applies unchanged. Each run
 * leaves an entry in `schedule-log`: who scheduled it, when, when it ran, and
 * what came of it. A refusal (the editor lost the right, the translation left
 * review) is recorded and ends the job; anything else fails it for a retry.
 */

type Run = Exclude<ScheduledRun, { kind: 'notOurs' }>
type Result = { outcome: ScheduleOutcome; message?: string }
type Job = { createdAt?: string | null; waitUntil?: string | null }

type SchedulingKey = 'taskComment' | 'noTask' | 'notInReview' | 'alreadyPublic' | 'noUser' | 'gone'

function text(language: Locale, key: SchedulingKey, values: Record<string, string>): string {
  return translatorFor(language, 'Scheduling')(key, values)
}

function articleId(payload: Payload, id: string): number | string {
  return payload.db.defaultIDType === 'number' ? Number(id) : id
}

async function loadScheduler(payload: Payload, input: unknown): Promise<User | null | 'missing'> {
  const ref = schedulingUser(input)
  if (!ref) return null
  if (ref.collection !== 'users') return 'missing'
  const user = await payload.findByID({ collection: 'users', id: ref.id, depth: 0, overrideAccess: true, disableErrors: true })
  return user ? { ...user, collection: 'users' } : 'missing'
}

/** A refusal of the workflow or of access: final, retrying would not change it. */
function isRefusal(error: unknown): error is Error {
  if (error instanceof ValidationError) return true
  return error instanceof APIError && error.status >= 400 && error.status < 500
}

function formatWhen(iso: string | null | undefined, language: Locale): string {
  return iso
    ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso)) +
        ' UTC'
    : '—'
}

async function approveTranslation(
  payload: Payload,
  run: Extract<Run, { kind: 'approveTranslation' }>,
  id: number | string,
  user: User | null,
  job: Job,
): Promise<Result> {
  const language = user ? mailLanguage(user) : sourceLocale
  const named = { language: languageName(run.locale, language) }
  const { docs } = await payload.find({
    collection: 'translations',
    where: { and: [{ article: { equals: id } }, { locale: { equals: run.locale } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const task = docs[0]
  if (!task) return { outcome: 'refused', message: text(language, 'noTask', named) }
  if (task.status === 'approved' && isTaskLocalePublic(task))
    return { outcome: 'done', message: text(language, 'alreadyPublic', named) }
  if (task.status !== 'in_review') return { outcome: 'refused', message: text(language, 'notInReview', named) }
  const comment = text(language, 'taskComment', {
    person: user?.name || user?.email || text(language, 'noUser', {}),
    scheduled: formatWhen(job.createdAt, language),
    ran: formatWhen(new Date().toISOString(), language),
  })
  await payload.update({
    collection: 'translations',
    id: task.id,
    data: { status: 'approved', transitionComment: comment },
    depth: 0,
    user: user ?? undefined,
    overrideAccess: user === null,
  })
  return { outcome: 'done' }
}

async function runForArticle(payload: Payload, run: Run, user: User | null, job: Job): Promise<Result> {
  const id = articleId(payload, run.articleId)
  const exists = await payload.db.findOne({ collection: 'articles', where: { id: { equals: id } } })
  if (!exists) return { outcome: 'refused', message: text(user ? mailLanguage(user) : sourceLocale, 'gone', {}) }
  if (run.kind === 'approveTranslation') return approveTranslation(payload, run, id, user, job)
  // The source language, as the editor's Publish or Unpublish button does it (collections/Articles/hooks).
  await payload.update({
    collection: 'articles',
    id,
    data: { _status: run.kind === 'publishSource' ? 'published' : 'draft' },
    locale: sourceLocale,
    depth: 0,
    user: user ?? undefined,
    overrideAccess: user === null,
  })
  return { outcome: 'done' }
}

async function record(payload: Payload, run: Run, user: User | null, job: Job, result: Result): Promise<void> {
  await payload.create({
    collection: 'schedule-log',
    data: {
      article: articleId(payload, run.articleId) as Article['id'],
      action: run.kind === 'unpublishSource' ? 'unpublish' : 'publish',
      locale: runLocale(run),
      scheduledBy: user?.id,
      scheduledAt: job.createdAt ?? undefined,
      dueAt: job.waitUntil ?? undefined,
      ranAt: new Date().toISOString(),
      outcome: result.outcome,
      message: result.message,
    },
    overrideAccess: true,
  })
}

/** The handler that replaces Payload's for articles; globals and other collections keep Payload's. */
export function scheduledPublicationHandler(original: TaskHandler<'schedulePublish'>): TaskHandler<'schedulePublish'> {
  return async (args) => {
    const run = planScheduledRun(args.input)
    if (run.kind === 'notOurs') return original(args)
    const { payload } = args.req
    const job: Job = { createdAt: args.job.createdAt, waitUntil: args.job.waitUntil }
    const scheduler = await loadScheduler(payload, args.input)
    if (scheduler === 'missing') {
      await record(payload, run, null, job, { outcome: 'refused', message: text(sourceLocale, 'noUser', {}) })
      return { output: {} }
    }
    let result: Result
    try {
      result = await runForArticle(payload, run, scheduler, job)
    } catch (error) {
      if (!isRefusal(error)) throw error
      result = { outcome: 'refused', message: error.message }
    }
    await record(payload, run, scheduler, job, result)
    return { output: {} }
  }
}

/** Puts the handler above in place of Payload's own (which Payload adds to the config while sanitizing it). */
export function withScheduledPublicationRules(tasks: TaskConfig[] | undefined): void {
  const task = tasks?.find((candidate) => candidate.slug === 'schedulePublish')
  if (!task || typeof task.handler !== 'function') return
  task.handler = scheduledPublicationHandler(task.handler)
}
