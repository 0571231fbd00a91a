import type { PayloadRequest } from 'payload'

import { isEditorUser } from '@/access/roles'
import { isLocale, sourceLocale, type Locale } from '@/i18n/locales'
import { relationId } from '@/lib/relations'
import { planScheduledRun, schedulingUser } from '@/scheduling/plan'

/**
 * What is scheduled for an article, and what ran: Payload's pending
 * `schedulePublish` jobs (closed to every API caller, so read here for an
 * editor) and the schedule log, with the names of who scheduled each.
 */

export type ScheduleEntry = {
  action: 'publish' | 'unpublish'
  locale: Locale
  at: string | null
  by: string | null
  scheduledAt: string | null
  outcome?: 'done' | 'refused'
  message?: string | null
}

export type ArticleSchedule = { upcoming: ScheduleEntry[]; past: ScheduleEntry[] }

async function names(req: PayloadRequest, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: [...new Set(ids)] } },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { name: true, email: true },
    overrideAccess: false,
    user: req.user,
  })
  return new Map(docs.map((user) => [String(user.id), user.name || user.email]))
}

export async function loadArticleSchedule(req: PayloadRequest, articleId: number | string): Promise<ArticleSchedule | null> {
  if (!isEditorUser(req.user)) return null
  const jobs = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        // Payload's drawer stores the id as a string; a job queued by code may hold the number.
        { or: [{ 'input.doc.value': { equals: String(articleId) } }, { 'input.doc.value': { equals: articleId } }] },
        { 'input.doc.relationTo': { equals: 'articles' } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
      ],
    },
    sort: 'waitUntil',
    limit: 20,
    depth: 0,
    overrideAccess: true,
  })
  const log = await req.payload.find({
    collection: 'schedule-log',
    where: { article: { equals: articleId } },
    sort: '-ranAt',
    limit: 5,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
  const schedulerIds = [
    ...jobs.docs.map((job) => schedulingUser(job.input)?.id),
    ...log.docs.map((entry) => relationId(entry.scheduledBy)),
  ].filter((id) => id !== undefined)
  const people = await names(req, schedulerIds.map(String))
  const person = (id: number | string | undefined) => (id === undefined ? null : (people.get(String(id)) ?? null))

  const upcoming: ScheduleEntry[] = jobs.docs.flatMap((job) => {
    const run = planScheduledRun(job.input)
    if (run.kind === 'notOurs') return []
    return [
      {
        action: run.kind === 'unpublishSource' ? 'unpublish' : 'publish',
        locale: run.kind === 'approveTranslation' ? run.locale : sourceLocale,
        at: job.waitUntil ?? null,
        by: person(schedulingUser(job.input)?.id),
        scheduledAt: job.createdAt,
      },
    ]
  })
  const past: ScheduleEntry[] = log.docs.map((entry) => ({
    action: entry.action,
    locale: isLocale(entry.locale) ? entry.locale : sourceLocale,
    at: entry.ranAt,
    by: person(relationId(entry.scheduledBy)),
    scheduledAt: entry.scheduledAt ?? null,
    outcome: entry.outcome,
    message: entry.message,
  }))
  return { upcoming, past }
}
