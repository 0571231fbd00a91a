/**
 * Which tasks a new job takes, and why the others are left out. A job gathers open work: a
 * task approved or waiting for review has nothing to do, a task another translator holds is
 * theirs (never taken from them), and a task whose open work already belongs to another job
 * stays there (a task is in at most one job that still has work on it).
 */
import type { TargetLocale } from '@/i18n/locales'
import { sameId } from '@/lib/relations'
import type { TaskStatus } from '@/workflow/states'
import type { JobId } from './buildRequest'

export type CandidateTask = {
  id: JobId
  article: JobId
  locale: TargetLocale
  status: TaskStatus
  assignee: JobId | null
  /** Another job where this task still has open work, if any. */
  openJob: { id: JobId; title: string } | null
}

export type SkipReason = 'noTask' | 'approved' | 'inReview' | 'heldByOther' | 'inOpenJob'

export type Skipped = {
  article: JobId
  locale: TargetLocale
  task: JobId | null
  reason: SkipReason
  /** For `heldByOther`: who holds it; for `inOpenJob`: the job. */
  assignee?: JobId
  job?: { id: JobId; title: string }
}

export type Selection = { take: CandidateTask[]; skipped: Skipped[] }

/** Statuses with work a job can take. */
export const takeableStatuses: readonly TaskStatus[] = ['todo', 'in_progress', 'outdated']

function skipReason(task: CandidateTask, assignee: JobId | null): Skipped | null {
  const base = { article: task.article, locale: task.locale, task: task.id }
  if (task.status === 'approved') return { ...base, reason: 'approved' }
  if (task.status === 'in_review') return { ...base, reason: 'inReview' }
  if (task.openJob) return { ...base, reason: 'inOpenJob', job: task.openJob }
  if (assignee !== null && task.assignee !== null && !sameId(task.assignee, assignee))
    return { ...base, reason: 'heldByOther', assignee: task.assignee }
  return null
}

/**
 * `articles`: the chosen articles (each must have a task in each locale, else it is reported),
 * or null when the candidates are every outdated task of the locales.
 */
export function selectTasks(args: {
  candidates: readonly CandidateTask[]
  locales: readonly TargetLocale[]
  articles: readonly JobId[] | null
  assignee: JobId | null
}): Selection {
  const take: CandidateTask[] = []
  const skipped: Skipped[] = []
  const byKey = new Map(args.candidates.map((task) => [`${String(task.article)}:${task.locale}`, task]))
  const ordered: Array<{ article: JobId; locale: TargetLocale; task: CandidateTask | undefined }> = args.articles
    ? args.articles.flatMap((article) =>
        args.locales.map((locale) => ({ article, locale, task: byKey.get(`${String(article)}:${locale}`) })),
      )
    : args.candidates.map((task) => ({ article: task.article, locale: task.locale, task }))
  for (const { article, locale, task } of ordered) {
    if (!task) {
      skipped.push({ article, locale, task: null, reason: 'noTask' })
      continue
    }
    const skip = skipReason(task, args.assignee)
    if (skip) skipped.push(skip)
    else take.push(task)
  }
  return { take, skipped }
}
