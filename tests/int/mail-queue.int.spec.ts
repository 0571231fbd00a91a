import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { mailQueue, sendMailSlug } from '@/email/delivery'
import { outbox } from '@/email/consoleTransport'
import { releaseStalledJobs, STALLED_AFTER_MS } from '@/operations/jobRunner'
import type { Topic, Translation } from '@/payload-types'
import { issueFormToken } from '@/site/citation/formToken'
import { createRateLimiter } from '@/site/citation/rateLimit'
import { submitCitationRequest } from '@/site/citation/submit'
import { createTopic, createUsers, fixturePassword, type TestUser } from '../helpers/fixtures'
import { rest, tokenFor } from '../helpers/http'
import { createLocalizedTopic, createPublicArticle } from '../helpers/siteFixtures'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { claimAndStart, moveTask, publishArticle, sampleText, saveDraft, taskFor } from '../helpers/workflow'

/**
 * MAIL_DELIVERY=queue (src/email/delivery.ts): a workflow change writes its
 * e-mails as `sendMail` jobs in its own transaction; the jobs runner sends
 * them. A change that never commits leaves no mail behind, and a failing SMTP
 * server costs a retry, not the mail.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let topic: Topic
let counter = 0

beforeAll(async () => {
  // No runner in this process: the REST calls below would start Payload's crons, which would send the mails on their own.
  ctx = await createTestPayload({ mailDelivery: 'queue', jobsAutoRun: false })
  users = await createUsers(ctx.payload)
  topic = await createTopic(ctx.payload)
})

afterAll(async () => {
  await ctx?.cleanup()
})

beforeEach(() => {
  outbox.length = 0
})

async function queuedMails() {
  const { docs } = await ctx.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: sendMailSlug } }, { completedAt: { exists: false } }] },
    pagination: false,
    overrideAccess: true,
  })
  return docs
}

/** A French task in progress with a draft, ready to be submitted. */
async function taskReadyToSubmit(): Promise<Translation> {
  counter += 1
  const article = await publishArticle(ctx.payload, users.editor, {
    topic: topic.id,
    text: sampleText(`Articolo ${counter}`, `q${counter}`),
  })
  const task = await claimAndStart(ctx.payload, await taskFor(ctx.payload, article.id, 'fr'), users.translator)
  await saveDraft(ctx.payload, article.id, 'fr', sampleText(`Article ${counter}`, 'fr'), users.translator)
  for (const job of await queuedMails())
    await ctx.payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
  outbox.length = 0
  return task
}

describe('a runner that died', () => {
  it('leaves its jobs processing; the next runner to start releases those older than any run, not the others', async () => {
    const job = async () =>
      ctx.payload.jobs.queue({ task: sendMailSlug, input: { to: 'x@example.com', subject: 's', text: 't' }, queue: mailQueue })
    const [stalled, running] = [await job(), await job()]
    for (const claimed of [stalled, running]) {
      await ctx.payload.db.updateOne({ collection: 'payload-jobs', id: claimed.id, data: { processing: true } })
    }
    // Taken eleven minutes ago by a runner that is gone, and a moment ago by one that is working.
    const later = new Date(Date.now() + STALLED_AFTER_MS + 60_000)
    await ctx.payload.db.updateOne({
      collection: 'payload-jobs',
      id: running.id,
      data: { processing: true, updatedAt: later.toISOString() },
    })
    expect(await releaseStalledJobs(ctx.payload, later)).toBe(1)
    const state = async (id: number | string) =>
      (await ctx.payload.findByID({ collection: 'payload-jobs', id, overrideAccess: true, depth: 0 })).processing
    expect(await state(stalled.id)).toBe(false)
    expect(await state(running.id)).toBe(true)
    for (const claimed of [stalled, running])
      await ctx.payload.delete({ collection: 'payload-jobs', id: claimed.id, overrideAccess: true })
  })
})

describe('workflow e-mails through the jobs queue', () => {
  it('a submission queues the editors’ mail instead of sending it; the jobs runner sends it', async () => {
    const task = await taskReadyToSubmit()
    await moveTask(ctx.payload, task, 'in_review', users.translator)
    expect(outbox).toEqual([])
    const queued = await queuedMails()
    expect(queued).toHaveLength(1)
    expect(queued[0]).toMatchObject({ queue: mailQueue, input: { to: users.editor.email } })

    await ctx.payload.jobs.run({ queue: mailQueue })
    expect(outbox.map((mail) => mail.to)).toEqual([users.editor.email])
    expect(outbox[0]?.subject).toMatch(/^Traduzione da rivedere: «Articolo \d+» \(francese\)$/)
    expect(await queuedMails()).toEqual([])
  })

  it('a change whose transaction is rolled back leaves neither the change nor a mail', async () => {
    const task = await taskReadyToSubmit()
    const req = await createLocalReq({ user: users.translator }, ctx.payload)
    await initTransaction(req)
    await ctx.payload.update({
      collection: 'translations',
      id: task.id,
      data: { status: 'in_review' },
      overrideAccess: false,
      user: users.translator,
      req,
    })
    // Inside the transaction the mail is there, beside the change…
    const inside = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: sendMailSlug } },
      overrideAccess: true,
      req,
    })
    expect(inside.docs).toHaveLength(1)
    // …then the replica dies before the commit.
    await killTransaction(req)
    const after = await ctx.payload.findByID({ collection: 'translations', id: task.id, depth: 0 })
    expect(after.status).toBe('in_progress')
    expect(await queuedMails()).toEqual([])
    await ctx.payload.jobs.run({ queue: mailQueue })
    expect(outbox).toEqual([])
  })

  it('an SMTP failure keeps the mail queued for a later try, which sends it', async () => {
    const task = await taskReadyToSubmit()
    await moveTask(ctx.payload, task, 'in_review', users.translator)
    const send = ctx.payload.sendEmail
    ctx.payload.sendEmail = () => Promise.reject(new Error('SMTP 421: service not available'))
    try {
      await ctx.payload.jobs.run({ queue: mailQueue })
    } finally {
      ctx.payload.sendEmail = send
    }
    expect(outbox).toEqual([])
    const [retry] = await queuedMails()
    expect(retry).toMatchObject({ totalTried: 1, input: { to: users.editor.email } })
    expect(retry?.hasError).not.toBe(true)
    // Not before its back-off: a run now leaves it alone.
    expect(new Date(retry?.waitUntil ?? 0).getTime()).toBeGreaterThan(Date.now())
    await ctx.payload.jobs.run({ queue: mailQueue })
    expect(outbox).toEqual([])

    if (!retry) throw new Error('no job')
    await ctx.payload.update({
      collection: 'payload-jobs',
      id: retry.id,
      data: { waitUntil: new Date().toISOString() },
      overrideAccess: true,
    })
    await ctx.payload.jobs.run({ queue: mailQueue })
    expect(outbox.map((mail) => mail.to)).toEqual([users.editor.email])
    expect(await queuedMails()).toEqual([])
  })

  it('a visitor’s citation request queues the editors’ mail, with the visitor as Reply-To', async () => {
    await ctx.payload.updateGlobal({
      slug: 'site-settings',
      locale: 'it',
      data: { tagline: 'Motto', contactEmail: 'redazione@example.com' },
    })
    const siteTopic = await createLocalizedTopic(ctx.payload, { it: 'reti', fr: 'reseaux', en: 'networks' }, 2)
    const article = await createPublicArticle(ctx.payload, {
      topic: siteTopic.id,
      content: {
        it: { title: 'Cos’è il DNS?', slug: 'cos-e-il-dns' },
        fr: { title: 'Qu’est-ce que le DNS ?', slug: 'qu-est-ce-que-le-dns' },
      },
      publicIn: ['fr'],
    })
    const secret = 'citation-test-secret-0123456789abcdef'
    const now = Date.now()
    const form = new FormData()
    for (const [key, value] of Object.entries({
      article: String(article.id),
      locale: 'fr',
      startedAt: issueFormToken(secret, now - 10_000),
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      proposedUrl: 'https://example.com/notes',
      message: '',
      website: '',
    }))
      form.set(key, value)
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, maxKeys: 100 })
    const state = await submitCitationRequest(form, {
      payload: ctx.payload,
      ip: '203.0.113.9',
      secret,
      limiter,
      now,
      log: () => undefined,
    })
    expect(state.status).toBe('success')
    expect(outbox).toEqual([])
    const [job] = await queuedMails()
    expect(job).toMatchObject({ input: { to: 'redazione@example.com', replyTo: 'ada@example.com' } })

    await ctx.payload.jobs.run({ queue: mailQueue })
    expect(outbox.map((mail) => mail.to)).toEqual(['redazione@example.com'])
    expect(outbox[0]?.subject).toBe('Richiesta di citazione: «Qu’est-ce que le DNS ?» (Français)')
  })

  it('queued mails are readable by nobody over the API; an administrator may queue jobs, an editor may neither queue nor run them', async () => {
    await taskReadyToSubmit().then((task) => moveTask(ctx.payload, task, 'in_review', users.translator))
    expect(await queuedMails()).toHaveLength(1)
    for (const user of [users.admin, users.editor, users.translator]) {
      const token = await tokenFor(ctx.payload, user.email, fixturePassword)
      const listed = await rest(ctx.payload, 'GET', `/payload-jobs?where[taskSlug][equals]=${sendMailSlug}`, { token })
      expect(listed.status, user.role).toBe(403)
      expect(JSON.stringify(listed.json)).not.toContain(users.editor.email)
    }
    const adminReq = await createLocalReq({ user: users.admin }, ctx.payload)
    const allowed = await ctx.payload.jobs.queue({
      task: sendMailSlug,
      input: { to: 'x@example.com', subject: 's', text: 't' },
      queue: mailQueue,
      req: adminReq,
      overrideAccess: false,
    })
    await ctx.payload.delete({ collection: 'payload-jobs', id: allowed.id, overrideAccess: true })
    const req = await createLocalReq({ user: users.editor }, ctx.payload)
    await expect(
      ctx.payload.jobs.queue({
        task: sendMailSlug,
        input: { to: 'x@example.com', subject: 's', text: 't' },
        queue: mailQueue,
        req,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const editorToken = await tokenFor(ctx.payload, users.editor.email, fixturePassword)
    // Payload's run endpoint answers a refused caller 401, signed in or not.
    expect((await rest(ctx.payload, 'GET', `/payload-jobs/run?queue=${mailQueue}`, { token: editorToken })).status).toBe(401)
    expect(outbox).toEqual([])
  })
})
