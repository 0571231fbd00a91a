import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Article, Translation } from '@/payload-types'
import { richText } from '@/richtext/build'
import { readSegmentStates } from '@/segments/states'
import { readTaskLeverage } from '@/memory/taskLeverage'
import type { SegmentsView } from '@/workflow/services/segmentEditor'
import { prefillWithMachine } from '@/workflow/services/machinePrefill'
import { FAKE_GLOSSARY_ID } from '../helpers/fakeProviders'
import { createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { rest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { as, claimAndStart, createTranslator, password, restError, taskFor, translateAndApprove } from '../helpers/workflow'

/**
 * "Pre-fill with machine translation" (POST /api/translations/:id/machine-prefill) against a
 * local server that answers like DeepL's API (tests/helpers/fakeProviders.ts): the provider is
 * chosen by the environment, as in production, so the variables are set before the config loads.
 */
const fake = await vi.hoisted(async () => {
  const { startFakeProviders } = await import('../helpers/fakeProviders')
  const server = await startFakeProviders()
  process.env.MT_PROVIDER = 'deepl'
  process.env.DEEPL_API_KEY = server.key
  process.env.DEEPL_API_URL = server.url
  return server
})

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let english: TestUser
let otherFrench: TestUser
let article: Article
let task: Translation
let topicId: number
const tokens: Record<string, string> = {}

const shared = 'Il DNS traduce i nomi in indirizzi.'
const sharedFr = 'Le DNS traduit les noms en adresses.'
const rootSentence = 'Un resolver interroga prima i server radice.'
const linkSentence = 'Leggi <1>la guida</1> per i dettagli.'

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  english = await createTranslator(ctx.payload, 'en', 'english@test.example')
  otherFrench = await createTranslator(ctx.payload, 'fr', 'other.fr@test.example')
  const topic = await createTopic(ctx.payload)
  topicId = topic.id
  await ctx.payload.create({
    collection: 'glossary',
    data: {
      review: 'accepted',
      terms: [
        { locale: 'it', text: 'server radice', status: 'preferred' },
        { locale: 'fr', text: 'serveur racine', status: 'preferred' },
        { locale: 'fr', text: 'serveur root', status: 'forbidden' },
      ],
    },
    ...as(users.editor),
  })
  // The memory learns one sentence from an approved translation.
  const approved = await ctx.payload.create({
    collection: 'articles',
    locale: 'it',
    data: {
      title: 'Che cos’è il DNS?',
      summary: 'Il DNS in breve.',
      body: richText([{ type: 'p', text: shared }]),
      topic: topic.id,
      _status: 'published',
    },
    ...as(users.editor),
  })
  await translateAndApprove(ctx.payload, {
    articleId: approved.id,
    locale: 'fr',
    translator: users.translator,
    editor: users.editor,
    text: { title: 'Qu’est-ce que le DNS ?', summary: 'Le DNS en bref.', body: sharedFr },
  })
  article = await ctx.payload.create({
    collection: 'articles',
    locale: 'it',
    data: {
      title: 'Come funziona un resolver?',
      summary: 'Un resolver in breve.',
      body: richText([
        { type: 'p', text: `${shared} ${rootSentence}` },
        { type: 'p', text: 'Leggi [la guida](https://example.com/dns) per i dettagli.' },
      ]),
      topic: topic.id,
      _status: 'published',
    },
    ...as(users.editor),
  })
  task = await taskFor(ctx.payload, article.id, 'fr')
  for (const user of [users.editor, users.translator, english, otherFrench])
    tokens[user.email] = await tokenFor(ctx.payload, user.email, password)
})

afterAll(async () => {
  await ctx?.cleanup()
  await fake.close()
})

const url = (id: number | string = task.id) => `/translations/${id}/machine-prefill`

async function prefill(user?: TestUser, id?: number | string) {
  return rest(ctx.payload, 'POST', url(id), {
    token: user ? tokens[user.email] : undefined,
    headers: { 'Accept-Language': 'en' },
  })
}

async function frenchDraft() {
  return ctx.payload.findByID({
    collection: 'articles',
    id: article.id,
    locale: 'fr',
    fallbackLocale: false,
    draft: true,
    depth: 0,
  })
}

async function storedTask() {
  return ctx.payload.findByID({ collection: 'translations', id: task.id, depth: 0 })
}

function rowOf(view: SegmentsView, source: string) {
  const row = view.rows.find((candidate) => candidate.source === source)
  if (!row) throw new Error(`no row for ${source}`)
  return row
}

const translateRequests = () => fake.seen.filter((request) => request.path === '/v2/translate')

describe('who may pre-fill', () => {
  it('shows the configured provider in the segments view', async () => {
    const { status, json } = await rest(ctx.payload, 'GET', `/translations/${task.id}/segments`, {
      token: tokens[users.translator.email],
    })
    expect(status).toBe(200)
    expect((json as unknown as SegmentsView).machineProvider).toBe('deepl')
  })

  it('refuses the anonymous, another language, a translator not holding the task and unknown tasks, asking nothing', async () => {
    fake.reset()
    const before = await frenchDraft()
    expect((await prefill()).status).toBe(401)
    const other = await prefill(english)
    expect(other.status).toBe(403)
    expect(restError(other.json)).toBe('This task is in a language that is not assigned to you.')
    expect((await prefill(users.translator)).status).toBe(403)
    await claimAndStart(ctx.payload, task, users.translator)
    expect((await prefill(otherFrench)).status).toBe(403)
    expect((await prefill(users.editor, 999_999)).status).toBe(404)
    expect((await prefill(users.editor, 'abc')).status).toBe(404)
    expect(fake.seen).toEqual([])
    expect((await frenchDraft()).body).toEqual(before.body)
  })
})

describe('provider failures', () => {
  it.each([
    { code: 456, body: { message: 'Quota exceeded' }, status: 503, message: 'The machine-translation quota is used up for now.' },
    { code: 403, body: { message: 'Wrong endpoint or key' }, status: 502, message: "refused the server's key" },
    { code: 429, body: { message: 'Too many requests' }, status: 503, message: 'is receiving too many requests' },
    { code: 413, body: { message: 'Request Entity Too Large' }, status: 413, message: 'This text is too long' },
    { code: 500, body: 'Internal error', status: 503, message: 'cannot be reached right now' },
  ])(
    'DeepL answering $code → $status with our words, and the draft and states unchanged',
    async ({ code, body, status, message }) => {
      const draftBefore = await frenchDraft()
      const statesBefore = readSegmentStates((await storedTask()).segmentStates)
      fake.reset()
      fake.queue({ status: code, body })
      const answer = await prefill(users.translator)
      expect(answer.status).toBe(status)
      expect(restError(answer.json)).toContain(message)
      expect(restError(answer.json)).toContain('Nothing was changed.')
      expect((await frenchDraft()).body).toEqual(draftBefore.body)
      expect(readSegmentStates((await storedTask()).segmentStates)).toEqual(statesBefore)
    },
  )

  it('answers 409 when no provider is configured', async () => {
    const req = await createLocalReq({ user: users.translator }, ctx.payload)
    const result = await prefillWithMachine(req, String(task.id), null)
    expect(result).toEqual({ ok: false, failure: { kind: 'noProvider' } })
  })
})

describe('filling', () => {
  it('fills only the segments the memory left empty and nobody wrote, marked machine, with the glossary', async () => {
    // The translator writes the title in the segment view first.
    const view = (await rest(ctx.payload, 'GET', `/translations/${task.id}/segments`, { token: tokens[users.translator.email] }))
      .json as unknown as SegmentsView
    const title = rowOf(view, 'Come funziona un resolver?')
    const written = await rest(ctx.payload, 'PUT', `/translations/${task.id}/segments`, {
      token: tokens[users.translator.email],
      body: { segments: [{ id: title.id, text: 'Comment fonctionne un résolveur ?' }] },
    })
    expect(written.status).toBe(200)

    fake.reset()
    const { status, json } = await prefill(users.translator)
    expect(status).toBe(200)
    const answer = json as unknown as SegmentsView & {
      prefill: { provider: string; filled: number; rejected: number; message: string }
    }
    expect(answer.prefill).toMatchObject({ provider: 'deepl', filled: 3, rejected: 0 })
    expect(answer.prefill.message).toBe('3 segments filled by deepl: check them before confirming.')

    // What the provider was sent: the three open segments, tags as XLIFF inline elements, with a glossary.
    const [upload] = fake.seen.filter((request) => request.path === '/v2/glossaries')
    expect(upload?.body).toMatchObject({ source_lang: 'it', target_lang: 'fr', entries_format: 'tsv' })
    expect(String(upload?.body.entries)).toContain('server radice\tserveur racine')
    const [sent] = translateRequests()
    expect(sent?.body).toMatchObject({ glossary_id: FAKE_GLOSSARY_ID, tag_handling: 'xml', target_lang: 'FR' })
    expect(sent?.body.text).toEqual([rootSentence, 'Leggi <g id="1">la guida</g> per i dettagli.', 'Un resolver in breve.'])

    // Human and memory text untouched; the rest is the machine's, marked so.
    expect(rowOf(answer, 'Come funziona un resolver?')).toMatchObject({
      target: 'Comment fonctionne un résolveur ?',
      status: 'edited',
    })
    expect(rowOf(answer, shared)).toMatchObject({ target: sharedFr, status: 'memory' })
    expect(rowOf(answer, rootSentence)).toMatchObject({ target: `[FR] ${rootSentence}`, status: 'machine' })
    expect(rowOf(answer, linkSentence)).toMatchObject({
      target: '[FR] Leggi<1>[FR] la guida</1>[FR] per i dettagli.',
      status: 'machine',
    })
    const draft = await frenchDraft()
    expect(draft.summary).toBe('[FR] Un resolver in breve.')
    expect(JSON.stringify(draft.body)).toContain('https://example.com/dns')

    // The leverage bills the machine's words in their own band.
    const leverage = readTaskLeverage((await storedTask()).leverage)
    expect(leverage?.bands.machine.segments).toBe(3)
    expect(leverage?.bands.machine.words).toBeGreaterThan(0)
    expect(leverage?.bands['100'].segments).toBe(1)
  })

  it('does nothing the second time: no segment is open, the provider is not asked', async () => {
    const before = await frenchDraft()
    fake.reset()
    const { status, json } = await prefill(users.translator)
    expect(status).toBe(200)
    expect((json as { prefill: { filled: number; message: string } }).prefill).toMatchObject({
      filled: 0,
      message: 'No segment needed a machine draft.',
    })
    expect(translateRequests()).toEqual([])
    expect((await frenchDraft()).body).toEqual(before.body)
  })

  it('a machine segment the translator edits becomes theirs', async () => {
    const view = (await rest(ctx.payload, 'GET', `/translations/${task.id}/segments`, { token: tokens[users.translator.email] }))
      .json as unknown as SegmentsView
    const root = rowOf(view, rootSentence)
    const saved = await rest(ctx.payload, 'PUT', `/translations/${task.id}/segments`, {
      token: tokens[users.translator.email],
      body: { segments: [{ id: root.id, text: 'Un résolveur interroge d’abord les serveurs racine.' }] },
    })
    expect(rowOf(saved.json as unknown as SegmentsView, rootSentence).status).toBe('edited')
  })
})

describe('quality checks on a machine draft', () => {
  it('refuses the submission when the machine used a forbidden term', async () => {
    const other = await ctx.payload.create({
      collection: 'articles',
      locale: 'it',
      data: {
        title: 'I server radice',
        summary: 'In breve.',
        body: richText([{ type: 'p', text: rootSentence }]),
        topic: topicId,
        _status: 'published',
      },
      ...as(users.editor),
    })
    const otherTask = await claimAndStart(ctx.payload, await taskFor(ctx.payload, other.id, 'fr'), users.translator)
    fake.reset()
    fake.queue({
      status: 200,
      body: {
        translations: [
          { detected_source_language: 'IT', text: 'Les serveurs racine' },
          { detected_source_language: 'IT', text: 'Un résolveur interroge d’abord le serveur root.' },
          { detected_source_language: 'IT', text: 'En bref.' },
        ],
      },
    })
    const filled = await prefill(users.translator, otherTask.id)
    expect(filled.status).toBe(200)
    const submitted = await rest(ctx.payload, 'PATCH', `/translations/${otherTask.id}`, {
      token: tokens[users.translator.email],
      body: { status: 'in_review' },
      headers: { 'Accept-Language': 'en' },
    })
    expect(submitted.status).toBe(400)
    const errors = submitted.json.errors as Array<{ data?: { issues?: Array<{ check: string }> } }>
    expect(errors[0]?.data?.issues?.map((issue) => issue.check)).toContain('glossaryForbidden')
  })
})
