import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadArticleSchedule } from '@/admin/data/schedule'

import type { Article } from '@/payload-types'
import { setRevalidator } from '@/site/revalidation/revalidate'
import type { Revalidation } from '@/site/revalidation/targets'
import { createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import {
  anonymousViews,
  as,
  claimAndStart,
  createTranslator,
  everywhere,
  publicView,
  publishArticle,
  publishedRow,
  saveDraft,
  taskFor,
  textData,
  translateAndSubmit,
} from '../helpers/workflow'

/**
 * Scheduled publishing: Payload's `schedulePublish` jobs, queued as its admin
 * drawer queues them and run by the jobs queue, publish one language by the
 * same rules as a manual publish or approval, revalidate, and leave an entry
 * in the schedule log.
 */

let ctx: TestPayload
let users: Awaited<ReturnType<typeof createUsers>>
let frTranslator: TestUser
let topicId: number
const revalidated: Revalidation[] = []

type ScheduleInput = { type: 'publish' | 'unpublish'; locale?: string; by: TestUser; due?: Date }

/** What Payload's "Schedule publish" drawer queues (@payloadcms/ui schedulePublishHandler). */
async function schedule(article: Pick<Article, 'id'>, input: ScheduleInput) {
  return ctx.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: input.type,
      locale: input.locale,
      // The drawer sends the id as a string; the generated type says number: the handler takes both (tests/unit).
      doc: { relationTo: 'articles', value: article.id },
      user: { relationTo: 'users', value: input.by.id },
    },
    waitUntil: input.due ?? new Date(Date.now() - 1000),
  })
}

async function runDueJobs() {
  await ctx.payload.jobs.run({ queue: 'default' })
}

async function logFor(article: Pick<Article, 'id'>) {
  const { docs } = await ctx.payload.find({
    collection: 'schedule-log',
    where: { article: { equals: article.id } },
    sort: '-ranAt',
    depth: 0,
  })
  return docs
}

async function draftArticle(title: string) {
  return ctx.payload.create({
    collection: 'articles',
    locale: 'it',
    draft: true,
    data: { ...textData({ title }), topic: topicId },
    ...as(users.editor),
  })
}

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  frTranslator = await createTranslator(ctx.payload, 'fr', 'fr-schedule@test.example')
  topicId = (await createTopic(ctx.payload, 'programmazione')).id
  setRevalidator((revalidation) => {
    revalidated.push(revalidation)
  })
})

afterAll(async () => {
  setRevalidator(null)
  await ctx?.cleanup()
})

describe('scheduled publication of the source', () => {
  it('waits for its time, then publishes through the jobs queue and records who and when', async () => {
    const article = await draftArticle('Che cos’è un cron?')
    await schedule(article, { type: 'publish', by: users.editor, due: new Date(Date.now() + 60 * 60 * 1000) })
    await runDueJobs()
    expect((await publishedRow(ctx.payload, article.id))._status).toBe('draft')
    expect(await logFor(article)).toEqual([])

    revalidated.length = 0
    const job = await schedule(article, { type: 'publish', by: users.editor })
    await runDueJobs()
    const row = await publishedRow(ctx.payload, article.id)
    expect(row._status).toBe('published')
    expect(row.publicLocales).toEqual(['it'])
    // As after a manual publish: the translation tasks exist now.
    expect((await taskFor(ctx.payload, article.id, 'fr')).status).toBe('todo')
    // The pages were revalidated, the article's own among them.
    expect(revalidated.flatMap((entry) => entry.paths).some((path) => path.includes('/articles/'))).toBe(true)

    const [entry] = await logFor(article)
    expect(entry).toMatchObject({ action: 'publish', locale: 'it', outcome: 'done', scheduledBy: users.editor.id })
    expect(entry?.scheduledAt).toBe(job.createdAt)
    expect(Date.parse(entry?.ranAt ?? '')).toBeGreaterThanOrEqual(Date.parse(job.createdAt))
    // The job that was not due is still waiting.
    const pending = await ctx.payload.count({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }] },
    })
    expect(pending.totalDocs).toBe(1)
  })

  it('publishes the Italian draft only: other languages keep their published text and their drafts', async () => {
    const article = await publishArticle(ctx.payload, users.editor, { topic: topicId, text: { title: 'Che cos’è un demone?' } })
    await translateAndSubmit(ctx.payload, {
      articleId: article.id,
      locale: 'fr',
      translator: frTranslator,
      text: { title: 'Qu’est-ce qu’un démon ?', body: 'brouillon français en relecture' },
    })
    await saveDraft(ctx.payload, article.id, 'it', { title: 'Che cos’è, davvero, un demone?' }, users.editor)
    await schedule(article, { type: 'publish', by: users.editor })
    await runDueJobs()

    const italian = await anonymousViews(ctx.payload, article.id, 'it')
    expect(italian.local?.title).toBe('Che cos’è, davvero, un demone?')
    // French was in review, never approved: still not public, its draft untouched.
    expect(await anonymousViews(ctx.payload, article.id, 'fr')).toEqual(everywhere(null))
    const draft = await ctx.payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'fr',
      draft: true,
      ...as(users.editor),
    })
    expect(draft.title).toBe('Qu’est-ce qu’un démon ?')
    expect((await taskFor(ctx.payload, article.id, 'fr')).status).toBe('in_review')
  })

  it('takes the article offline on a scheduled unpublish', async () => {
    const article = await publishArticle(ctx.payload, users.editor, { topic: topicId, text: { title: 'Un articolo a tempo' } })
    await schedule(article, { type: 'unpublish', by: users.editor })
    await runDueJobs()
    expect((await publishedRow(ctx.payload, article.id))._status).toBe('draft')
    expect((await logFor(article))[0]).toMatchObject({ action: 'unpublish', outcome: 'done' })
  })

  it('refuses, and records, a schedule made by someone who may not publish', async () => {
    const article = await draftArticle('Pubblicato da chi non può')
    await schedule(article, { type: 'publish', by: frTranslator })
    await runDueJobs()
    expect((await publishedRow(ctx.payload, article.id))._status).toBe('draft')
    const [entry] = await logFor(article)
    expect(entry).toMatchObject({ outcome: 'refused', scheduledBy: frTranslator.id })
    expect(entry?.message).toBeTruthy()
  })
})

describe('scheduled publication of a translation', () => {
  it('approves the reviewed translation at its time, publishing that language only', async () => {
    const article = await publishArticle(ctx.payload, users.editor, { topic: topicId, text: { title: 'Che cos’è una coda?' } })
    const french = { title: 'Qu’est-ce qu’une file ?', body: 'la file d’attente des tâches' }
    await translateAndSubmit(ctx.payload, { articleId: article.id, locale: 'fr', translator: frTranslator, text: french })
    await saveDraft(ctx.payload, article.id, 'it', { title: 'Una bozza italiana che resta bozza' }, users.editor)

    await schedule(article, { type: 'publish', locale: 'fr', by: users.editor })
    await runDueJobs()

    const task = await taskFor(ctx.payload, article.id, 'fr')
    expect(task.status).toBe('approved')
    expect(task.history?.at(-1)).toMatchObject({ to: 'approved', by: users.editor.id })
    expect(task.history?.at(-1)?.comment).toMatch(/editor/)
    expect(await anonymousViews(ctx.payload, article.id, 'fr')).toEqual(everywhere(publicView(french)))
    // The Italian draft stayed a draft.
    expect((await anonymousViews(ctx.payload, article.id, 'it')).local?.title).toBe('Che cos’è una coda?')
    expect((await logFor(article))[0]).toMatchObject({ action: 'publish', locale: 'fr', outcome: 'done' })
  })

  it('does not approve a translation that left review before its time', async () => {
    const article = await publishArticle(ctx.payload, users.editor, { topic: topicId, text: { title: 'Che cos’è un lavoro?' } })
    await claimAndStart(ctx.payload, await taskFor(ctx.payload, article.id, 'fr'), frTranslator)
    await schedule(article, { type: 'publish', locale: 'fr', by: users.editor })
    await runDueJobs()
    expect((await taskFor(ctx.payload, article.id, 'fr')).status).toBe('in_progress')
    expect((await publishedRow(ctx.payload, article.id)).publicLocales).toEqual(['it'])
    expect((await logFor(article))[0]).toMatchObject({ locale: 'fr', outcome: 'refused' })
  })
})

describe('what the admin shows', () => {
  it('lists an article’s coming and past runs, with who scheduled them, to editors only', async () => {
    const article = await publishArticle(ctx.payload, users.editor, {
      topic: topicId,
      text: { title: 'Che cos’è un calendario?' },
    })
    await schedule(article, { type: 'unpublish', by: users.editor })
    await runDueJobs()
    await schedule(article, { type: 'publish', locale: 'fr', by: users.editor, due: new Date(Date.now() + 86_400_000) })
    const editorReq = await createLocalReq({ user: users.editor }, ctx.payload)
    const shown = await loadArticleSchedule(editorReq, article.id)
    expect(shown?.upcoming).toEqual([expect.objectContaining({ action: 'publish', locale: 'fr', by: 'editor' })])
    expect(shown?.past).toEqual([expect.objectContaining({ action: 'unpublish', locale: 'it', by: 'editor', outcome: 'done' })])
    const translatorReq = await createLocalReq({ user: frTranslator }, ctx.payload)
    expect(await loadArticleSchedule(translatorReq, article.id)).toBeNull()
  })
})

describe('the schedule log', () => {
  it('is read by editors and written by nobody over the API', async () => {
    await expect(ctx.payload.find({ collection: 'schedule-log', ...as(users.editor) })).resolves.toMatchObject({
      totalDocs: expect.any(Number),
    })
    await expect(ctx.payload.find({ collection: 'schedule-log', ...as(frTranslator) })).rejects.toMatchObject({ status: 403 })
    await expect(
      ctx.payload.create({
        collection: 'schedule-log',
        data: { action: 'publish', outcome: 'done', ranAt: new Date().toISOString() },
        ...as(users.admin),
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})
