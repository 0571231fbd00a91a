import { createLocalReq } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { outbox } from '@/email/consoleTransport'
import type { Topic } from '@/payload-types'
import {
  DigestNotDue,
  digestInterval,
  newTaskDigestSlug,
  notificationsQueue,
  sendNewTaskDigest,
} from '@/workflow/services/newTaskDigest'
import { createTopic, createUsers, type TestUser } from '../helpers/fixtures'
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
 * Workflow refusals and notes in the caller's admin language, with the labels
 * people see, on REST, GraphQL and the Local API; workflow e-mails in the
 * recipient's language; and the hourly digest of new tasks for translators.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let topic: Topic

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  topic = await createTopic(ctx.payload)
})

afterAll(async () => {
  await ctx?.cleanup()
})

beforeEach(() => {
  outbox.length = 0
})

let counter = 0
async function taskInProgress() {
  counter += 1
  const article = await publishArticle(ctx.payload, users.editor, {
    topic: topic.id,
    text: sampleText(`Articolo ${counter}`, `t${counter}`),
  })
  const task = await claimAndStart(ctx.payload, await taskFor(ctx.payload, article.id, 'fr'), users.translator)
  return { article, task }
}

async function setLanguage(user: TestUser, language: 'it' | 'fr' | 'en' | null) {
  await ctx.payload.update({ collection: 'users', id: user.id, data: { language }, overrideAccess: true })
  return { ...user, language }
}

const frenchRefusal =
  'Une tâche de traduction ne peut pas passer de « En cours » à « Approuvée ». ' +
  'Depuis « En cours », le traducteur assigné peut la faire passer à « En relecture ».'
const englishRefusal =
  'A translation task cannot go from “In progress” to “Approved”. From “In progress”, the assigned translator can move it to “In review”.'
const italianRefusal =
  'Un compito di traduzione non può passare da «In corso» a «Approvata». Da «In corso», il traduttore assegnato può spostarlo in «In revisione».'

describe('refusals in the caller’s admin language', () => {
  it('REST: Accept-Language, and the admin’s language cookie before it', async () => {
    const { task } = await taskInProgress()
    const token = await tokenFor(ctx.payload, users.translator.email, password)
    const french = await rest(ctx.payload, 'PATCH', `/translations/${task.id}`, {
      token,
      headers: { 'Accept-Language': 'fr-FR,fr;q=0.9' },
      body: { status: 'approved' },
    })
    expect(french.status).toBe(400)
    expect(restError(french.json)).toBe(frenchRefusal)
    const english = await rest(ctx.payload, 'PATCH', `/translations/${task.id}`, {
      token,
      headers: { 'Accept-Language': 'fr', Cookie: 'payload-lng=en' },
      body: { status: 'approved' },
    })
    expect(restError(english.json)).toBe(englishRefusal)
    // Nothing named: Payload's fallback language, Italian.
    const none = await rest(ctx.payload, 'PATCH', `/translations/${task.id}`, { token, body: { status: 'approved' } })
    expect(restError(none.json)).toBe(italianRefusal)
  })

  it('GraphQL: the same sentence in the language the request names', async () => {
    const { task } = await taskInProgress()
    const token = await tokenFor(ctx.payload, users.translator.email, password)
    const mutation = `mutation ($id: Int!) { updateTranslation(id: $id, data: { status: approved }) { id } }`
    const italian = await graphql(ctx.payload, mutation, {
      token,
      variables: { id: task.id },
      headers: { 'Accept-Language': 'it' },
    })
    expect(italian.errors?.[0]?.message).toBe(italianRefusal)
    const english = await graphql(ctx.payload, mutation, {
      token,
      variables: { id: task.id },
      headers: { Cookie: 'payload-lng=en' },
    })
    expect(english.errors?.[0]?.message).toBe(englishRefusal)
  })

  it('Local API: the language saved on the user, else Italian', async () => {
    const { task } = await taskInProgress()
    const french = await setLanguage(users.translator, 'fr')
    await expect(moveTask(ctx.payload, task, 'approved', french)).rejects.toMatchObject({ status: 400, message: frenchRefusal })
    const unknown = await setLanguage(users.translator, null)
    await expect(moveTask(ctx.payload, task, 'approved', unknown)).rejects.toMatchObject({ message: italianRefusal })
  })

  it('refusals outside the state machine too (publishing a translation from the article)', async () => {
    const { article } = await taskInProgress()
    const token = await tokenFor(ctx.payload, users.editor.email, password)
    const answer = await rest(ctx.payload, 'PATCH', `/articles/${article.id}?locale=fr`, {
      token,
      headers: { 'Accept-Language': 'en' },
      body: { title: 'Titre', _status: 'published' },
    })
    expect(answer.status).toBe(400)
    expect(restError(answer.json)).toBe(
      'The French translation is published by approving its translation task, not from the article.',
    )
    const italian = await rest(ctx.payload, 'PATCH', `/articles/${article.id}?locale=en`, {
      token,
      headers: { Cookie: 'payload-lng=it' },
      body: { title: 'Title', _status: 'published' },
    })
    expect(restError(italian.json)).toBe(
      'La traduzione in inglese si pubblica approvando il suo compito di traduzione, non dall’articolo.',
    )
  })

  it('a sign-in records the admin language on the user', async () => {
    const login = await rest(ctx.payload, 'POST', '/users/login', {
      headers: { Cookie: 'payload-lng=fr' },
      body: { email: users.editor.email, password },
    })
    expect(login.status).toBe(200)
    const editor = await ctx.payload.findByID({ collection: 'users', id: users.editor.id, depth: 0 })
    expect(editor.language).toBe('fr')
    await setLanguage(users.editor, null)
  })
})

describe('history notes and e-mails use the labels people see, in their language', () => {
  it('an outdating change names the fields by their labels, in the editor’s language; the translator’s mail is in theirs', async () => {
    counter += 1
    const article = await publishArticle(ctx.payload, users.editor, {
      topic: topic.id,
      text: sampleText(`Articolo ${counter}`, `h${counter}`),
    })
    await translateAndApprove(ctx.payload, {
      articleId: article.id,
      locale: 'fr',
      translator: users.translator,
      editor: users.editor,
      text: sampleText('Article', 'fr'),
    })
    const editor = await setLanguage(users.editor, 'en')
    await setLanguage(users.translator, 'en')
    outbox.length = 0
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'it',
      data: { summary: 'Una sintesi nuova.', _status: 'published' },
      ...as(editor),
    })
    const task = await taskFor(ctx.payload, article.id, 'fr')
    expect(task.status).toBe('outdated')
    expect(task.history?.at(-1)?.comment).toBe('Italian source changed: In short.')
    const mail = outbox.find((message) => message.to === users.translator.email)
    expect(mail?.subject).toMatch(/^Translation to update/)
    await setLanguage(users.editor, null)
    await setLanguage(users.translator, null)
  })

  it('an editor with an English admin gets the "submitted" mail in English, one with an Italian admin in Italian', async () => {
    const second = await ctx.payload.create({
      collection: 'users',
      data: { email: 'editor2@test.example', name: 'Seconda', role: 'editor', password, language: 'it' },
    })
    await setLanguage(users.editor, 'en')
    const { article, task } = await taskInProgress()
    await saveDraft(ctx.payload, article.id, 'fr', sampleText('Article traduit', 'fr'), users.translator)
    outbox.length = 0
    await moveTask(ctx.payload, task, 'in_review', users.translator)
    expect(outbox.find((message) => message.to === users.editor.email)?.subject).toMatch(/^Translation to review/)
    expect(outbox.find((message) => message.to === second.email)?.subject).toMatch(/^Traduzione da rivedere|^Traduzione/)
    await setLanguage(users.editor, null)
    await ctx.payload.delete({ collection: 'users', id: second.id })
  })
})

describe('new unassigned tasks: one digest an hour per translator', () => {
  const runDigests = () => ctx.payload.jobs.run({ queue: notificationsQueue, where: { taskSlug: { equals: newTaskDigestSlug } } })
  /** Pretends the jobs' wait is over (time does not pass in a test). */
  const dueNow = () =>
    ctx.payload.update({
      collection: 'payload-jobs',
      where: { and: [{ completedAt: { exists: false } }, { taskSlug: { equals: newTaskDigestSlug } }] },
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
  const mailsTo = (email: string) => outbox.filter((message) => message.to === email)

  it('lists the new tasks of the translator’s languages, in their language, at most once an hour, and picks up the rest after', async () => {
    const english = await createTranslator(ctx.payload, 'en', 'en.digest@test.example')
    await ctx.payload.update({ collection: 'users', id: english.id, data: { language: 'fr' }, overrideAccess: true })

    // Two articles published together: two English tasks, one mail.
    await publishArticle(ctx.payload, users.editor, {
      topic: topic.id,
      text: sampleText('Primo articolo del lotto', 'd1'),
    })
    const second = await publishArticle(ctx.payload, users.editor, {
      topic: topic.id,
      text: sampleText('Secondo articolo del lotto', 'd2'),
    })
    // Not yet due: the batching delay holds the mail back.
    await runDigests()
    expect(mailsTo(english.email)).toEqual([])
    await dueNow()
    await runDigests()
    const mails = mailsTo(english.email)
    expect(mails).toHaveLength(1)
    expect(mails[0]?.subject).toBe('2 nouvelles tâches de traduction en anglais')
    expect(mails[0]?.text).toContain('« Primo articolo del lotto » (anglais,')
    expect(mails[0]?.text).toContain('« Secondo articolo del lotto » (anglais,')
    expect(mails[0]?.text).toContain(`/admin/collections/translations/${(await taskFor(ctx.payload, second.id, 'en')).id}`)
    expect(mails[0]?.text).not.toContain('(français,')

    // Within the hour: a new task waits, even when its job is due and run.
    outbox.length = 0
    const third = await publishArticle(ctx.payload, users.editor, { topic: topic.id, text: sampleText('Terzo articolo', 'd3') })
    await dueNow()
    await runDigests()
    expect(mailsTo(english.email)).toEqual([])
    const pending = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ completedAt: { exists: false } }, { taskSlug: { equals: newTaskDigestSlug } }] },
      overrideAccess: true,
    })
    // Refused to mail and put back for a later try, not dropped.
    expect(pending.docs.some((job) => new Date(String(job.waitUntil)).getTime() > Date.now() + 10 * 60_000)).toBe(true)

    // An hour later (the marker moved back as time would have), one mail with only the new task.
    const marked = await ctx.payload.findByID({ collection: 'users', id: english.id, depth: 0, overrideAccess: true })
    expect(marked.newTasksMailedAt).toBeTruthy()
    const hourAgo = (extra: number) => new Date(Date.now() - digestInterval - extra).toISOString()
    await ctx.payload.db.updateOne({ collection: 'users', id: english.id, data: { newTasksMailedAt: hourAgo(1000) } })
    const thirdTask = await taskFor(ctx.payload, third.id, 'en')
    const older = await ctx.payload.find({
      collection: 'translations',
      where: { id: { not_equals: thirdTask.id } },
      pagination: false,
      depth: 0,
    })
    for (const task of older.docs) {
      await ctx.payload.db.updateOne({ collection: 'translations', id: task.id, data: { createdAt: hourAgo(60_000) } })
    }
    await dueNow()
    await runDigests()
    const later = mailsTo(english.email)
    expect(later).toHaveLength(1)
    expect(later[0]?.subject).toBe('1 nouvelle tâche de traduction en anglais')
    expect(later[0]?.text).toContain('Terzo articolo')
    expect(later[0]?.text).not.toContain('Primo articolo')
  })

  it('the hourly marker is claimed once, however many runs race for it', async () => {
    const french = await createTranslator(ctx.payload, 'fr', 'fr.race@test.example')
    await publishArticle(ctx.payload, users.editor, { topic: topic.id, text: sampleText('Articolo conteso', 'race') })
    outbox.length = 0
    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, async () => sendNewTaskDigest(await createLocalReq({}, ctx.payload), String(french.id))),
    )
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled' && outcome.value === 'sent')).toHaveLength(1)
    // The others are told to come back later (their job is retried), not silently dropped.
    expect(outcomes.filter((outcome) => outcome.status === 'rejected' && outcome.reason instanceof DigestNotDue)).toHaveLength(4)
    expect(mailsTo(french.email)).toHaveLength(1)
    // No language saved yet: the translator's own target language (French) is the guess.
    expect(mailsTo(french.email)[0]?.subject).toMatch(/^1 nouvelle tâche de traduction en français$/)
  })

  it('only admins may run, queue or cancel jobs over REST', async () => {
    for (const role of ['translator', 'editor'] as const) {
      const token = await tokenFor(ctx.payload, users[role].email, password)
      const answer = await rest(ctx.payload, 'GET', `/payload-jobs/run?queue=${notificationsQueue}`, { token })
      expect([401, 403], role).toContain(answer.status)
    }
    const admin = await tokenFor(ctx.payload, users.admin.email, password)
    expect((await rest(ctx.payload, 'GET', `/payload-jobs/run?queue=${notificationsQueue}`, { token: admin })).status).toBe(200)
    expect((await rest(ctx.payload, 'GET', '/payload-jobs', { token: admin })).status).toBe(403)
  })
})
