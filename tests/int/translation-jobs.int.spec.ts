import { createLocalReq } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { JobSummary } from '@/admin/components/JobSummary'
import { MyJobsTable } from '@/admin/views/MyJobsTable'

import { jobAssignees, loadJobView, loadMyJobs } from '@/admin/data/jobs'
import { readTaskLeverage, sumLeverage } from '@/memory/taskLeverage'
import type { Article, Translation, TranslationJob } from '@/payload-types'
import { richText } from '@/richtext/build'
import { createArticle, createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { graphql, rest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import {
  as,
  claimAndStart,
  createTranslator,
  moveTask,
  password,
  publishArticle,
  restError,
  sampleText,
  saveDraft,
  taskFor,
  translateAndApprove,
} from '../helpers/workflow'

/**
 * Translation jobs: building one from chosen articles or from everything outdated (the tasks
 * assigned and dated through the tasks' own rules, held tasks left out and reported), refusals
 * that write nothing, the rules every save of a job keeps, who reads which job on REST,
 * GraphQL and the Local API, and the status and totals derived from the tasks.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let english: TestUser
let otherFrench: TestUser
let agency: TestUser
let one: Article
let two: Article
let three: Article
let unpublished: Article
let stale: Article
let firstJob: TranslationJob
let englishJob: TranslationJob
let outdatedJob: TranslationJob
const tokens: Record<string, string> = {}

type Answer = Awaited<ReturnType<typeof rest>>

const token = (user?: TestUser) => (user ? tokens[user.email] : undefined)

/** Refusals come in the caller's admin language: English unless a test asks for another. */
const inEnglish = { 'Accept-Language': 'en' }

async function build(body: unknown, user: TestUser | null = users.editor, headers: Record<string, string> = inEnglish) {
  return rest(ctx.payload, 'POST', '/translation-jobs/build', { token: token(user ?? undefined), body, headers })
}

function jobOf(answer: Answer): TranslationJob {
  return answer.json.doc as TranslationJob
}

function skippedOf(answer: Answer): Array<{ reason: string; locale: string; message: string }> {
  const skipped =
    answer.json.skipped ?? (answer.json.errors as Array<{ data?: { skipped?: unknown } }> | undefined)?.[0]?.data?.skipped
  return (skipped ?? []) as Array<{ reason: string; locale: string; message: string }>
}

/** Every task and job as the database holds them: what a refused build must leave as it was. */
async function snapshot() {
  const tasks = await ctx.payload.find({ collection: 'translations', pagination: false, depth: 0, sort: 'id' })
  const jobs = await ctx.payload.find({ collection: 'translation-jobs', pagination: false, depth: 0, sort: 'id' })
  return JSON.stringify({ tasks: tasks.docs, jobs: jobs.docs.map(({ id, title, tasks }) => ({ id, title, tasks })) })
}

async function readJob(id: number, user?: TestUser): Promise<TranslationJob> {
  return ctx.payload.findByID({ collection: 'translation-jobs', id, depth: 0, ...(user ? as(user) : {}) })
}

async function republish(article: Article, body: string) {
  await ctx.payload.update({
    collection: 'articles',
    id: article.id,
    locale: 'it',
    data: { body: richText([{ type: 'p', text: body }]), _status: 'published' },
    ...as(users.editor),
  })
}

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  english = await createTranslator(ctx.payload, 'en', 'english@test.example')
  otherFrench = await createTranslator(ctx.payload, 'fr', 'other.fr@test.example')
  const agencyDoc = await ctx.payload.create({
    collection: 'users',
    data: { email: 'agency@test.example', name: 'Agency', role: 'translator', translatorLocales: ['fr', 'en'], password },
  })
  agency = { ...agencyDoc, collection: 'users' }
  const topic = await createTopic(ctx.payload)
  const publish = (title: string) =>
    publishArticle(ctx.payload, users.editor, { topic: topic.id, text: sampleText(title, title) })
  one = await publish('Che cos’è il DNS?')
  two = await publish('Che cos’è un resolver?')
  three = await publish('Che cos’è un record MX?')
  unpublished = await createArticle(ctx.payload, { title: 'Bozza senza attività', topic: topic.id, status: 'draft' })
  stale = await publish('Che cos’è il TTL?')
  await translateAndApprove(ctx.payload, {
    articleId: stale.id,
    locale: 'fr',
    translator: users.translator,
    editor: users.editor,
    text: sampleText('Qu’est-ce que le TTL ?', 'TTL fr'),
  })
  await republish(stale, 'Il TTL dice per quanto tempo una risposta resta valida.')
  for (const user of [users.admin, users.editor, users.translator, english, otherFrench, agency])
    tokens[user.email] = await tokenFor(ctx.payload, user.email, password)
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('building a job from chosen articles', () => {
  it('takes each article’s task per language, assigns and dates it, and reports what has no task', async () => {
    const answer = await build({
      title: 'Lot 1',
      locales: ['fr', 'en'],
      assignee: agency.id,
      dueDate: '2027-01-15',
      instructions: 'Tutoiement, please.',
      articles: [one.id, two.id, unpublished.id],
    })
    expect(answer.status).toBe(201)
    firstJob = jobOf(answer)
    expect(answer.json.message).toMatch(/Lot 1/)
    const expected = [
      await taskFor(ctx.payload, one.id, 'fr'),
      await taskFor(ctx.payload, one.id, 'en'),
      await taskFor(ctx.payload, two.id, 'fr'),
      await taskFor(ctx.payload, two.id, 'en'),
    ]
    expect(answer.json.tasks).toEqual(expected.map((task) => task.id))
    expect(firstJob).toMatchObject({ title: 'Lot 1', languages: ['fr', 'en'], assignee: agency.id, createdBy: users.editor.id })
    expect(firstJob.instructions).toBe('Tutoiement, please.')
    for (const task of expected) {
      expect(task.assignee).toBe(agency.id)
      expect(task.dueDate?.slice(0, 10)).toBe('2027-01-15')
      // Assigning is not a move: the history still holds only the creation.
      expect(task.history?.map((entry) => entry.to)).toEqual(['todo'])
    }
    expect(skippedOf(answer).map((skip) => [skip.reason, skip.locale])).toEqual([
      ['noTask', 'fr'],
      ['noTask', 'en'],
    ])
    expect(skippedOf(answer)[0]?.message).toContain('Bozza senza attività')
  })

  it('leaves out a task someone else holds and a task already in an open job, and says why', async () => {
    await claimAndStart(ctx.payload, await taskFor(ctx.payload, three.id, 'fr'), otherFrench)
    const refused = await build({ title: 'Held', locales: ['fr'], assignee: agency.id, articles: [three.id] })
    expect(refused.status).toBe(400)
    expect(restError(refused.json)).toBe('No task could go into this job, so none was created.')
    expect(skippedOf(refused).map((skip) => skip.reason)).toEqual(['heldByOther'])
    expect((await taskFor(ctx.payload, three.id, 'fr')).assignee).toBe(otherFrench.id)

    const answer = await build({ title: 'English', locales: ['en'], assignee: english.id, articles: [one.id, three.id] })
    expect(answer.status).toBe(201)
    englishJob = jobOf(answer)
    expect(answer.json.tasks).toEqual([(await taskFor(ctx.payload, three.id, 'en')).id])
    const skipped = skippedOf(answer)
    expect(skipped.map((skip) => skip.reason)).toEqual(['inOpenJob'])
    expect(skipped[0]?.message).toContain('Lot 1')
    expect((await taskFor(ctx.payload, one.id, 'en')).assignee).toBe(agency.id)
  })

  it('without an assignee keeps each task’s holder', async () => {
    const before = await taskFor(ctx.payload, three.id, 'fr')
    const answer = await build({ title: 'Unassigned', locales: ['fr'], articles: [three.id] })
    expect(answer.status).toBe(201)
    expect((await taskFor(ctx.payload, three.id, 'fr')).assignee).toBe(before.assignee)
    await ctx.payload.delete({ collection: 'translation-jobs', id: jobOf(answer).id, ...as(users.editor) })
  })
})

describe('everything outdated in a language', () => {
  it('takes every outdated task of the language', async () => {
    const answer = await build({ title: 'Outdated FR', locales: ['fr'], assignee: users.translator.id, outdated: true })
    expect(answer.status).toBe(201)
    outdatedJob = jobOf(answer)
    expect(answer.json.tasks).toEqual([(await taskFor(ctx.payload, stale.id, 'fr')).id])
    expect(outdatedJob.status).toBe('todo')
  })

  it('refuses when nothing is outdated, in the caller’s language', async () => {
    const answer = await build({ title: 'Rien', locales: ['en'], outdated: true }, users.editor, { 'Accept-Language': 'fr' })
    expect(answer.status).toBe(400)
    expect(restError(answer.json)).toBe('Rien n’est obsolète en anglais.')
  })
})

describe('bad requests', () => {
  const cases: Array<[label: string, body: unknown, expected: RegExp]> = [
    ['not an object', [1, 2], /JSON object/],
    ['no title', { locales: ['fr'], outdated: true }, /title/],
    ['the source language', { title: 'x', locales: ['it'], outdated: true }, /“it” is not a language/],
    ['an unknown language', { title: 'x', locales: ['de'], outdated: true }, /“de”/],
    ['no language', { title: 'x', locales: [], outdated: true }, /at least one language/],
    ['both articles and outdated', { title: 'x', locales: ['fr'], outdated: true, articles: [1] }, /either articles/],
    ['neither', { title: 'x', locales: ['fr'] }, /either articles/],
    ['a malformed article id', { title: 'x', locales: ['fr'], articles: ['abc'] }, /article ids/],
    ['a malformed date', { title: 'x', locales: ['fr'], outdated: true, dueDate: 'tomorrow' }, /not a date/],
    ['an unknown field', { title: 'x', locales: ['fr'], outdated: true, status: 'done' }, /Unknown field “status”/],
    ['instructions that are not text', { title: 'x', locales: ['fr'], outdated: true, instructions: 5 }, /must be text/],
  ]

  it.each(cases)('%s → 400 with the reason, nothing written', async (_label, body, expected) => {
    const before = await snapshot()
    const answer = await build(body)
    expect(answer.status).toBe(400)
    const errors = answer.json.errors as Array<{ data?: { problems?: Array<{ message: string }> } }>
    expect(errors[0]?.data?.problems?.map((problem) => problem.message).join(' ')).toMatch(expected)
    expect(await snapshot()).toBe(before)
  })

  it('refuses an assignee who is not a translator of every language, an unknown one and unknown articles', async () => {
    const before = await snapshot()
    const wrongLanguage = await build({ title: 'x', locales: ['fr', 'en'], assignee: english.id, articles: [two.id] })
    expect(wrongLanguage.status).toBe(400)
    expect(restError(wrongLanguage.json)).toBe('The assignee does not translate into French.')
    const editor = await build({ title: 'x', locales: ['fr'], assignee: users.editor.id, articles: [two.id] })
    expect(restError(editor.json)).toBe('The assignee must have the translator role.')
    const unknown = await build({ title: 'x', locales: ['fr'], assignee: 99999, articles: [two.id] })
    expect(restError(unknown.json)).toBe('The assignee does not exist.')
    const noArticle = await build({ title: 'x', locales: ['fr'], articles: [99999] })
    expect(noArticle.status).toBe(400)
    expect(restError(noArticle.json)).toBe('These articles do not exist: 99999.')
    expect(await snapshot()).toBe(before)
  })

  it('speaks the caller’s language', async () => {
    const answer = await build({ locales: ['fr'], outdated: true }, users.editor, { 'Accept-Language': 'it' })
    expect(restError(answer.json)).toBe('Il lotto non è stato creato: 1 problema.')
  })
})

describe('who may build, read and write jobs', () => {
  it('builds: 401 signed out, 403 for translators', async () => {
    const body = { title: 'x', locales: ['fr'], outdated: true }
    expect((await build(body, null)).status).toBe(401)
    const translator = await build(body, users.translator)
    expect(translator.status).toBe(403)
    expect(restError(translator.json)).toBe('Only editors build translation jobs.')
  })

  it('REST: editors and admins read every job, a translator only theirs, anonymous nothing', async () => {
    const titles = async (user?: TestUser) => {
      const answer = await rest(ctx.payload, 'GET', '/translation-jobs?depth=0&sort=id', { token: token(user) })
      return answer.status === 200 ? (answer.json.docs as TranslationJob[]).map((job) => job.title) : answer.status
    }
    expect(await titles(users.editor)).toEqual(['Lot 1', 'English', 'Outdated FR'])
    expect(await titles(users.admin)).toEqual(['Lot 1', 'English', 'Outdated FR'])
    expect(await titles(agency)).toEqual(['Lot 1'])
    expect(await titles(english)).toEqual(['English'])
    expect(await titles(users.translator)).toEqual(['Outdated FR'])
    expect(await titles(otherFrench)).toEqual([])
    expect(await titles()).toBe(403)
    const byId = await rest(ctx.payload, 'GET', `/translation-jobs/${firstJob.id}`, { token: token(english) })
    expect(byId.status).toBe(404)
  })

  it('REST: only editors create, update and delete', async () => {
    for (const user of [users.translator, agency, undefined]) {
      const created = await rest(ctx.payload, 'POST', '/translation-jobs', {
        token: token(user),
        body: { title: 'x', languages: ['fr'] },
      })
      expect(created.status).toBe(403)
      const updated = await rest(ctx.payload, 'PATCH', `/translation-jobs/${firstJob.id}`, {
        token: token(user),
        body: { title: 'Hijacked' },
      })
      expect([403, 404]).toContain(updated.status)
      const deleted = await rest(ctx.payload, 'DELETE', `/translation-jobs/${firstJob.id}`, { token: token(user) })
      expect([403, 404]).toContain(deleted.status)
    }
    expect((await readJob(firstJob.id)).title).toBe('Lot 1')
    const renamed = await rest(ctx.payload, 'PATCH', `/translation-jobs/${firstJob.id}`, {
      token: token(users.editor),
      body: { title: 'Lot 1 (DNS)' },
    })
    expect(renamed.status).toBe(200)
    await rest(ctx.payload, 'PATCH', `/translation-jobs/${firstJob.id}`, { token: token(users.admin), body: { title: 'Lot 1' } })
  })

  it('GraphQL: the same rules', async () => {
    const query = '{ TranslationJobs(sort: "id") { docs { title status totalWords } } }'
    const titles = async (user?: TestUser) => {
      const result = await graphql(ctx.payload, query, { token: token(user) })
      const docs = (result.data?.TranslationJobs as { docs: TranslationJob[] } | null)?.docs
      return docs ? docs.map((job) => job.title) : null
    }
    expect(await titles(users.editor)).toEqual(['Lot 1', 'English', 'Outdated FR'])
    expect(await titles(users.admin)).toEqual(['Lot 1', 'English', 'Outdated FR'])
    expect(await titles(agency)).toEqual(['Lot 1'])
    expect(await titles(english)).toEqual(['English'])
    expect(await titles(users.translator)).toEqual(['Outdated FR'])
    expect(await titles()).toBeNull()
    const other = await graphql(ctx.payload, `{ TranslationJob(id: ${firstJob.id}) { title } }`, { token: token(english) })
    expect(other.data?.TranslationJob ?? null).toBeNull()
    const create = await graphql(ctx.payload, 'mutation { createTranslationJob(data: { title: "x", languages: [fr] }) { id } }', {
      token: token(users.translator),
    })
    expect(create.errors?.[0]?.message).toBeTruthy()
    const derived = await graphql(ctx.payload, query, { token: token(english) })
    expect((derived.data?.TranslationJobs as { docs: TranslationJob[] }).docs[0]).toMatchObject({ status: 'todo' })
  })

  it('Local API: the same rules as the signed-in user', async () => {
    const { docs } = await ctx.payload.find({ collection: 'translation-jobs', depth: 0, ...as(agency) })
    expect(docs.map((job) => job.title)).toEqual(['Lot 1'])
    await expect(
      ctx.payload.create({ collection: 'translation-jobs', data: { title: 'x', languages: ['fr'] }, ...as(users.translator) }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(ctx.payload.find({ collection: 'translation-jobs', overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
  })

  it('a translator reads the tasks of their job, and its totals count what they may read', async () => {
    const answer = await rest(ctx.payload, 'GET', `/translation-jobs/${englishJob.id}?depth=1`, { token: token(english) })
    expect(answer.status).toBe(200)
    const tasks = answer.json.tasks as Translation[]
    expect(tasks.map((task) => [task.locale, task.id])).toEqual([['en', (await taskFor(ctx.payload, three.id, 'en')).id]])
    const asEditor = await readJob(englishJob.id, users.editor)
    expect(answer.json.totalWords).toBe(asEditor.totalWords)
  })
})

describe('the rules every save of a job keeps', () => {
  it('refuses a task of another language, an assignee without the languages and a task open in another job', async () => {
    const create = (body: Record<string, unknown>) =>
      rest(ctx.payload, 'POST', '/translation-jobs', { token: token(users.editor), body, headers: inEnglish })
    const englishTask = await taskFor(ctx.payload, two.id, 'en')
    const french = await create({ title: 'x', languages: ['fr'], tasks: [englishTask.id] })
    expect(french.status).toBe(400)
    expect(restError(french.json)).toContain('is not in one of the job')
    const assignee = await create({ title: 'x', languages: ['fr'], assignee: english.id })
    expect(restError(assignee.json)).toBe('The assignee does not translate into French.')
    const taken = await create({ title: 'x', languages: ['en'], tasks: [englishTask.id] })
    expect(taken.status).toBe(400)
    expect(restError(taken.json)).toMatch(/already belongs to the job “Lot 1”/)
    const { totalDocs } = await ctx.payload.count({ collection: 'translation-jobs' })
    expect(totalDocs).toBe(3)
  })

  it('refuses an unknown task; a task deleted later leaves the job usable', async () => {
    const unknown = await rest(ctx.payload, 'POST', '/translation-jobs', {
      token: token(users.editor),
      body: { title: 'x', languages: ['fr'], tasks: [99999] },
      headers: inEnglish,
    })
    expect(unknown.status).toBe(400)
    expect(restError(unknown.json)).toBe('These translation tasks do not exist: 99999.')
    const topic = await createTopic(ctx.payload, 'temp')
    const doomed = await publishArticle(ctx.payload, users.editor, { topic: topic.id, text: sampleText('Da cancellare', 'tmp') })
    const built = await build({ title: 'Temporary', locales: ['fr'], articles: [doomed.id] })
    expect(built.status).toBe(201)
    await ctx.payload.delete({ collection: 'articles', id: doomed.id, ...as(users.editor) })
    const renamed = await rest(ctx.payload, 'PATCH', `/translation-jobs/${jobOf(built).id}`, {
      token: token(users.editor),
      body: { title: 'Temporary (empty)' },
    })
    expect(renamed.status).toBe(200)
    expect((renamed.json.doc as TranslationJob).status).toBe('todo')
    await ctx.payload.delete({ collection: 'translation-jobs', id: jobOf(built).id, ...as(users.editor) })
  })

  it('nobody writes the derived fields or who created the job', async () => {
    const updated = await ctx.payload.update({
      collection: 'translation-jobs',
      id: firstJob.id,
      data: { status: 'done', totalWords: 1, createdBy: users.admin.id },
      depth: 0,
      ...as(users.admin),
    })
    expect(updated.status).toBe('todo')
    expect(updated.createdBy).toBe(users.editor.id)
    expect(updated.totalWords).not.toBe(1)
  })
})

describe('status and totals derived from the tasks', () => {
  it('sums the words and the leverage band by band', async () => {
    const job = await readJob(firstJob.id, users.editor)
    const tasks = await Promise.all(
      [one, two].flatMap((article) => (['fr', 'en'] as const).map((locale) => taskFor(ctx.payload, article.id, locale))),
    )
    const leverage = tasks.map((task) => readTaskLeverage(task.leverage)).filter((value) => value !== null)
    expect(leverage).toHaveLength(4)
    const sum = sumLeverage(leverage)
    expect(job.leverage).toMatchObject({ ...sum, counted: 4, tasks: 4 })
    expect(job.totalWords).toBe(sum.total.words)
    expect(job.totalWords).toBeGreaterThan(0)
  })

  it('follows the tasks: in progress, in review, done, then needs update when the source changes', async () => {
    const status = async () => (await readJob(firstJob.id, agency)).status
    const tasks = await Promise.all(
      [one, two].flatMap((article) => (['fr', 'en'] as const).map((locale) => taskFor(ctx.payload, article.id, locale))),
    )
    expect(await status()).toBe('todo')
    for (const task of tasks) {
      await claimAndStart(ctx.payload, task, agency)
      expect(await status()).toBe('in_progress')
      const articleId = task.article as number
      await saveDraft(ctx.payload, articleId, task.locale, sampleText(`${task.locale} ${articleId}`, `tr ${task.id}`), agency)
    }
    for (const [i, task] of tasks.entries()) {
      await moveTask(ctx.payload, task, 'in_review', agency)
      expect(await status()).toBe(i === tasks.length - 1 ? 'in_review' : 'in_progress')
    }
    for (const [i, task] of tasks.entries()) {
      await moveTask(ctx.payload, task, 'approved', users.editor)
      expect(await status()).toBe(i === tasks.length - 1 ? 'done' : 'in_review')
    }
    await republish(one, 'Il DNS risolve i nomi di dominio in indirizzi IP, passo dopo passo.')
    expect((await taskFor(ctx.payload, one.id, 'fr')).status).toBe('outdated')
    expect(await status()).toBe('needs_update')
  })

  it('a job that needs an update lets a new job take its outdated tasks', async () => {
    const answer = await build({ title: 'Outdated again', locales: ['fr'], assignee: agency.id, outdated: true })
    expect(answer.status).toBe(201)
    expect(answer.json.tasks).toEqual([(await taskFor(ctx.payload, one.id, 'fr')).id])
    // The TTL task is still open in "Outdated FR".
    expect(skippedOf(answer).map((skip) => skip.reason)).toEqual(['inOpenJob'])
    expect(jobOf(answer).status).toBe('todo')
    expect((await readJob(firstJob.id)).status).toBe('needs_update')
  })
})

describe('what the admin shows', () => {
  it('a job’s view: its tasks with language, status, assignee and words, and the totals', async () => {
    const view = await loadJobView(ctx.payload, users.editor, firstJob.id)
    expect(view?.tasks.map((task) => [task.locale, task.assignee])).toEqual([
      ['fr', 'Agency'],
      ['en', 'Agency'],
      ['fr', 'Agency'],
      ['en', 'Agency'],
    ])
    expect(view?.status).toBe('needs_update')
    expect(view?.tasks.reduce((sum, task) => sum + task.words, 0)).toBe(view?.totalWords)
    expect(view?.leverage).toMatchObject({ counted: 4, tasks: 4 })
    expect(await loadJobView(ctx.payload, english, firstJob.id)).toBeNull()
  })

  it('the workspace lists the translator’s own jobs, the nearest due date first', async () => {
    const mine = await loadMyJobs(ctx.payload, agency)
    expect(mine.map((job) => [job.title, job.status, job.tasks])).toEqual([
      ['Lot 1', 'needs_update', 4],
      ['Outdated again', 'todo', 1],
    ])
    expect((await loadMyJobs(ctx.payload, english)).map((job) => job.title)).toEqual(['English'])
    expect(await loadMyJobs(ctx.payload, otherFrench)).toEqual([])
  })

  it('the form offers editors every translator with the languages they work in', async () => {
    const people = await jobAssignees(ctx.payload, users.editor)
    expect(people.find((person) => person.name === 'Agency')?.locales).toEqual(['fr', 'en'])
    expect(people.map((person) => person.name)).not.toContain('editor')
  })
})

describe('the admin components', () => {
  it('the job view renders its status, tasks with links and the leverage table', async () => {
    const req = await createLocalReq({ user: users.editor }, ctx.payload)
    req.i18n.language = 'en'
    const html = renderToStaticMarkup(await JobSummary({ id: firstJob.id, req }))
    expect(html).toContain('data-job-status="needs_update"')
    expect(html).toContain('Needs update')
    expect(html.match(/href="\/admin\/collections\/translations\/\d+"/g)).toHaveLength(4)
    expect(html).toContain('data-testid="job-leverage"')
    const translatorReq = await createLocalReq({ user: english }, ctx.payload)
    expect(await JobSummary({ id: firstJob.id, req: translatorReq })).toBeNull()
  })

  it('the workspace table lists the jobs with their due date and status', async () => {
    const rows = await loadMyJobs(ctx.payload, agency)
    const html = renderToStaticMarkup(MyJobsTable({ rows, language: 'fr', adminRoute: '/admin' }))
    expect(html).toContain('Lot 1')
    expect(html).toContain('À mettre à jour')
    expect(html).toContain('15 janv. 2027')
  })
})
