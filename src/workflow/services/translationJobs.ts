/**
 * Translation jobs through the database: the rules a job's data must keep (its assignee works
 * in every language, its tasks are in those languages and open in no other job), the summary
 * derived from its tasks, and building a job from chosen articles or from everything outdated.
 *
 * Building writes as the editor (`overrideAccess: false`): each task is assigned and dated
 * through the tasks' normal update path, so the workflow's rules and hooks apply (and the
 * assignee gets the usual e-mail), then the job is created; all of it in one transaction.
 */
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest, type Where } from 'payload'

import { isEditorUser } from '@/access/roles'
import { languageName, sourceLocale, targetLocales, type Locale, type TargetLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/messages'
import { jobLimits, parseBuildRequest, type BuildProblem, type BuildRequest, type JobId } from '@/jobs/buildRequest'
import { selectTasks, takeableStatuses, type CandidateTask, type Skipped } from '@/jobs/selection'
import { approvalTimes, isOpenInJob, taskStateInJob } from '@/jobs/status'
import { summarizeJob, type JobSummary } from '@/jobs/summary'
import { relationId } from '@/lib/relations'
import type { Translation, TranslationJob, User } from '@/payload-types'
import { callerLanguage } from '../callerLanguage'
import { childReq } from './childReq'
import { clientError } from './clientError'

type T = ReturnType<typeof translatorFor<'Jobs'>>

export function jobsTranslator(req: Pick<PayloadRequest, 'headers' | 'i18n' | 'user'>): T {
  return translatorFor(callerLanguage(req), 'Jobs')
}

/** What the job rules read of a task. */
type TaskFacts = Pick<Translation, 'id' | 'title' | 'locale' | 'status' | 'article' | 'assignee' | 'history'>

const taskSelect = { title: true, locale: true, status: true, article: true, assignee: true, history: true } as const

/** Context flag: reads made by these rules skip the derived summary (they need only ids and dates). */
export const skipSummary = 'translationJobsSkipSummary'

export type JobRefusal =
  | { kind: 'assigneeUnknown' }
  | { kind: 'assigneeNotTranslator' }
  | { kind: 'assigneeLanguages'; missing: TargetLocale[] }
  | { kind: 'unknownTasks'; ids: string[] }
  | { kind: 'taskLocale'; task: string }
  | { kind: 'taskInOpenJob'; task: string; job: string }

export function jobRefusalText(t: T, language: Locale, refusal: JobRefusal): string {
  switch (refusal.kind) {
    case 'assigneeLanguages':
      return t('refusals.assigneeLanguages', {
        languages: refusal.missing.map((locale) => languageName(locale, language)).join(', '),
      })
    case 'unknownTasks':
      return t('refusals.unknownTasks', { ids: refusal.ids.join(', ') })
    case 'taskLocale':
      return t('refusals.taskLocale', { task: refusal.task })
    case 'taskInOpenJob':
      return t('refusals.taskInOpenJob', { task: refusal.task, job: refusal.job })
    default:
      return t(`refusals.${refusal.kind}`)
  }
}

/**
 * An id for a relationship field. The generated types say `number` (SQLite's ids); on MongoDB
 * the same fields hold string ids, which pass through unchanged.
 */
function docId(id: JobId): number {
  return id as number
}

async function readTasks(req: PayloadRequest, ids: readonly JobId[]): Promise<TaskFacts[]> {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'translations',
    where: { id: { in: [...ids] } },
    select: taskSelect,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req: childReq(req),
  })
  return docs
}

/** For each task open in some job other than `exceptJob`: that job (the rule is checked on the system's view). */
export async function openJobsOf(
  req: PayloadRequest,
  tasks: ReadonlyArray<Pick<TaskFacts, 'id' | 'status' | 'history'>>,
  exceptJob?: JobId,
): Promise<Map<string, { id: JobId; title: string }>> {
  const open = new Map<string, { id: JobId; title: string }>()
  if (tasks.length === 0) return open
  const byId = new Map(tasks.map((task) => [String(task.id), task]))
  const conditions: Where[] = [{ tasks: { in: tasks.map((task) => task.id) } }]
  if (exceptJob !== undefined) conditions.push({ id: { not_equals: exceptJob } })
  const { docs } = await req.payload.find({
    collection: 'translation-jobs',
    where: { and: conditions },
    select: { title: true, tasks: true, createdAt: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req: childReq(req, { [skipSummary]: true }),
  })
  for (const job of docs) {
    for (const value of job.tasks ?? []) {
      const task = byId.get(String(relationId(value)))
      if (!task || open.has(String(task.id))) continue
      const state = taskStateInJob({ status: task.status ?? 'todo', approvals: approvalTimes(task.history) }, job.createdAt)
      if (isOpenInJob(state)) open.set(String(task.id), { id: job.id, title: job.title })
    }
  }
  return open
}

export type JobData = {
  id?: JobId
  createdAt: string
  locales: readonly TargetLocale[]
  assignee: JobId | null
  tasks: readonly JobId[]
  /** The tasks the job held before this save: one deleted since is not the caller's mistake. */
  previousTasks?: readonly JobId[]
}

/** The job rules, checked on the system's view of users, tasks and jobs; every broken rule is listed. */
export async function checkJobData(req: PayloadRequest, job: JobData): Promise<JobRefusal[]> {
  const refusals: JobRefusal[] = []
  if (job.assignee !== null) {
    const assignee: Pick<User, 'role' | 'translatorLocales'> | null = await req.payload
      .findByID({
        collection: 'users',
        id: job.assignee,
        depth: 0,
        select: { role: true, translatorLocales: true },
        disableErrors: true,
        overrideAccess: true,
        req: childReq(req),
      })
      .catch(() => null)
    if (!assignee) refusals.push({ kind: 'assigneeUnknown' })
    else if (assignee.role !== 'translator') refusals.push({ kind: 'assigneeNotTranslator' })
    else {
      const covered = assignee.translatorLocales ?? []
      const missing = job.locales.filter((locale) => !covered.includes(locale))
      if (missing.length > 0) refusals.push({ kind: 'assigneeLanguages', missing })
    }
  }
  const tasks = await readTasks(req, job.tasks)
  const found = new Set(tasks.map((task) => String(task.id)))
  const previous = new Set((job.previousTasks ?? []).map(String))
  const unknown = job.tasks.map(String).filter((id) => !found.has(id) && !previous.has(id))
  if (unknown.length > 0) refusals.push({ kind: 'unknownTasks', ids: unknown })
  const label = (task: TaskFacts) => task.title || `#${task.id}`
  for (const task of tasks) {
    if (!job.locales.includes(task.locale)) refusals.push({ kind: 'taskLocale', task: label(task) })
  }
  // Only the tasks with open work in this job can clash with another job's open work.
  const openHere = tasks.filter((task) =>
    isOpenInJob(taskStateInJob({ status: task.status ?? 'todo', approvals: approvalTimes(task.history) }, job.createdAt)),
  )
  const elsewhere = await openJobsOf(req, openHere, job.id)
  for (const task of openHere) {
    const other = elsewhere.get(String(task.id))
    if (other) refusals.push({ kind: 'taskInOpenJob', task: label(task), job: other.title })
  }
  return refusals
}

/** The derived part of a job, from the tasks the reader may read (or all of them for the system). */
export async function loadJobSummary(
  req: PayloadRequest,
  job: Pick<TranslationJob, 'tasks' | 'createdAt'>,
  overrideAccess: boolean,
): Promise<JobSummary> {
  const ids = (job.tasks ?? []).map((value) => relationId(value)).filter((id): id is JobId => id !== undefined)
  if (ids.length === 0 || (!overrideAccess && !req.user)) return summarizeJob([], job.createdAt)
  const { docs } = await req.payload.find({
    collection: 'translations',
    where: { id: { in: ids } },
    select: { status: true, wordsToTranslate: true, leverage: true, history: true },
    depth: 0,
    pagination: false,
    overrideAccess,
    user: req.user ?? undefined,
    req: childReq(req),
  })
  return summarizeJob(docs, job.createdAt)
}

export type BuildFailure = {
  status: 400 | 401 | 403
  message: string
  problems?: Array<{ field: string; kind: string; message: string }>
  skipped?: Array<Skipped & { message: string }>
}

export type BuildResult =
  | { ok: true; job: TranslationJob; tasks: JobId[]; skipped: Array<Skipped & { message: string }>; message: string }
  | { ok: false; failure: BuildFailure }

const problemKeys: Record<string, string> = {
  'body:notObject': 'notObject',
  'body:unknownField': 'unknownField',
  'title:required': 'titleRequired',
  'title:tooLong': 'titleTooLong',
  'locales:required': 'localesRequired',
  'locales:unknownLocale': 'unknownLocale',
  'assignee:invalidId': 'assigneeInvalid',
  'dueDate:invalidDate': 'dueDateInvalid',
  'instructions:notText': 'instructionsNotText',
  'instructions:tooLong': 'instructionsTooLong',
  'outdated:notBoolean': 'outdatedNotBoolean',
  'articles:chooseOne': 'chooseOne',
  'articles:required': 'articlesRequired',
  'articles:tooMany': 'articlesTooMany',
  'articles:invalidId': 'articlesInvalid',
}

export function problemText(t: T, problem: BuildProblem): string {
  const key = problemKeys[`${problem.field}:${problem.kind}`] ?? 'notObject'
  const value = 'value' in problem ? problem.value : ''
  const max =
    problem.field === 'title' ? jobLimits.title : problem.field === 'articles' ? jobLimits.articles : jobLimits.instructions
  // next-intl types each key; these are the `problems` keys listed above.
  return t(`problems.${key as 'notObject'}`, { value, max })
}

function isValidIdFor(req: PayloadRequest) {
  const numeric = req.payload.db.defaultIDType === 'number'
  return (value: unknown): boolean => {
    if (numeric) {
      if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0
      return typeof value === 'string' && /^[1-9]\d{0,15}$/.test(value)
    }
    return typeof value === 'string' && /^[0-9a-f]{24}$/i.test(value)
  }
}

async function articleTitles(req: PayloadRequest, ids: readonly JobId[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { id: { in: [...ids] } },
    locale: sourceLocale,
    fallbackLocale: false,
    draft: true,
    select: { title: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user ?? undefined,
    req: childReq(req),
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.title ?? `#${doc.id}`]))
}

function toCandidate(task: TaskFacts, openJob: { id: JobId; title: string } | undefined): CandidateTask | null {
  const article = relationId(task.article)
  if (article === undefined) return null
  return {
    id: task.id,
    article,
    locale: task.locale,
    status: task.status ?? 'todo',
    assignee: relationId(task.assignee) ?? null,
    openJob: openJob ?? null,
  }
}

/** Reads and checks everything a build needs; writes nothing. */
async function planBuild(req: PayloadRequest, input: BuildRequest, t: T, language: Locale) {
  const fail = (failure: BuildFailure) => ({ ok: false as const, failure })
  const refusals = await checkJobData(req, {
    createdAt: new Date().toISOString(),
    locales: input.locales,
    assignee: input.assignee,
    tasks: [],
  })
  if (refusals.length > 0) {
    const problems = refusals.map((refusal) => ({
      field: 'assignee',
      kind: refusal.kind,
      message: jobRefusalText(t, language, refusal),
    }))
    return fail({ status: 400, message: problems.map((problem) => problem.message).join(' '), problems })
  }
  let titles = new Map<string, string>()
  if (input.articles) {
    titles = await articleTitles(req, input.articles)
    const unknown = input.articles.map(String).filter((id) => !titles.has(id))
    if (unknown.length > 0) {
      const message = t('refusals.unknownArticles', { ids: unknown.join(', ') })
      return fail({ status: 400, message, problems: [{ field: 'articles', kind: 'unknownArticles', message }] })
    }
  }
  const scope: Where = input.articles ? { article: { in: input.articles } } : { status: { equals: 'outdated' } }
  const { docs } = await req.payload.find({
    collection: 'translations',
    where: { and: [{ locale: { in: input.locales } }, scope] },
    select: taskSelect,
    sort: ['article', 'locale'],
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user ?? undefined,
    req: childReq(req),
  })
  const languages = input.locales.map((locale) => languageName(locale, language)).join(', ')
  if (!input.articles && docs.length === 0) return fail({ status: 400, message: t('refusals.nothingOutdated', { languages }) })
  const open = await openJobsOf(
    req,
    docs.filter((task) => takeableStatuses.includes(task.status ?? 'todo')),
  )
  const candidates = docs.map((task) => toCandidate(task, open.get(String(task.id)))).filter((task) => task !== null)
  const selection = selectTasks({ candidates, locales: input.locales, articles: input.articles, assignee: input.assignee })
  const taskTitles = new Map(docs.map((task) => [String(task.id), task.title ?? '']))
  const skipped = selection.skipped.map((skip) => ({
    ...skip,
    message: t(`skipped.${skip.reason}`, {
      article:
        (skip.task !== null ? taskTitles.get(String(skip.task))?.split(' · ')[0] : undefined) ||
        titles.get(String(skip.article)) ||
        `#${skip.article}`,
      language: languageName(skip.locale, language),
      job: skip.job?.title ?? '',
    }),
  }))
  if (selection.take.length === 0) return fail({ status: 400, message: t('refusals.noTasks'), skipped })
  return { ok: true as const, take: selection.take, skipped }
}

/**
 * `POST /api/translation-jobs/build`: checks the whole request, then in one transaction assigns
 * the free tasks to the job's assignee (tasks someone else holds are left out and reported,
 * never taken), sets their due date and creates the job. Any refusal: nothing written.
 */
export async function buildJob(req: PayloadRequest, body: unknown): Promise<BuildResult> {
  const t = jobsTranslator(req)
  const language = callerLanguage(req)
  const { user } = req
  if (!user) return { ok: false, failure: { status: 401, message: t('refusals.signIn') } }
  if (!isEditorUser(user)) return { ok: false, failure: { status: 403, message: t('refusals.editorsOnly') } }
  const parsed = parseBuildRequest(body, { locales: targetLocales, isValidId: isValidIdFor(req) })
  if (!parsed.ok) {
    const problems = parsed.problems.map((problem) => ({
      field: problem.field,
      kind: problem.kind,
      message: problemText(t, problem),
    }))
    return { ok: false, failure: { status: 400, message: t('refusals.badRequest', { count: problems.length }), problems } }
  }
  // A form sends ids as text ("5"); on a database of numeric ids the relationships want numbers.
  const asId = (id: JobId): JobId => (req.payload.db.defaultIDType === 'number' && typeof id === 'string' ? Number(id) : id)
  const input = {
    ...parsed.value,
    assignee: parsed.value.assignee === null ? null : asId(parsed.value.assignee),
    articles: parsed.value.articles?.map(asId) ?? null,
  }
  const plan = await planBuild(req, input, t, language)
  if (!plan.ok) return plan

  const write = childReq(req)
  const started = await initTransaction(write)
  try {
    for (const task of plan.take) {
      const data: Partial<Translation> = {}
      if (input.assignee !== null && task.assignee === null) data.assignee = docId(input.assignee)
      if (input.dueDate !== null) data.dueDate = input.dueDate
      if (Object.keys(data).length === 0) continue
      await req.payload.update({
        collection: 'translations',
        id: task.id,
        data,
        depth: 0,
        overrideAccess: false,
        user,
        req: write,
      })
    }
    const job = await req.payload.create({
      collection: 'translation-jobs',
      data: {
        title: input.title,
        languages: input.locales,
        assignee: input.assignee === null ? null : docId(input.assignee),
        dueDate: input.dueDate,
        instructions: input.instructions,
        tasks: plan.take.map((task) => docId(task.id)),
      },
      depth: 0,
      overrideAccess: false,
      user,
      req: write,
    })
    if (started) await commitTransaction(write)
    const tasks = plan.take.map((task) => task.id)
    return {
      ok: true,
      job,
      tasks,
      skipped: plan.skipped,
      message: t('built', { title: job.title, count: tasks.length }),
    }
  } catch (error) {
    if (started) await killTransaction(write)
    const refused = clientError(error)
    if (refused && (refused.status === 400 || refused.status === 401 || refused.status === 403))
      return { ok: false, failure: { status: refused.status, message: refused.message } }
    throw error
  }
}
