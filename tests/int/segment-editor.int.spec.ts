import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Translation } from '@/payload-types'
import { richText } from '@/richtext/build'
import type { EditorRow } from '@/segments/editorRows'
import { readSegmentStates } from '@/segments/states'
import { readSegments, saveSegments, type SegmentsView } from '@/workflow/services/segmentEditor'
import { createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { rest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import {
  claimAndStart,
  createTranslator,
  password,
  publishedRow,
  restError,
  taskFor,
  translateAndApprove,
} from '../helpers/workflow'

/**
 * The segment editor's endpoints: GET /api/translations/:id/segments reads a task's segments
 * (source sentences, the target draft aligned to them, states, memory matches) and PUT saves
 * them as the article's draft in the task's language, refusing wrong tags and changing
 * nothing then. Per role on REST, and through the service with the caller's access.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let english: TestUser
let otherFrench: TestUser
let reused: Article
let task: Translation
const tokens: Record<string, string> = {}

const shared = 'Il DNS traduce i nomi in indirizzi.'
const sharedFr = 'Le DNS traduit les noms en adresses.'

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  english = await createTranslator(ctx.payload, 'en', 'english@test.example')
  otherFrench = await createTranslator(ctx.payload, 'fr', 'other.fr@test.example')
  const topic = await createTopic(ctx.payload)
  const approved = await ctx.payload.create({
    collection: 'articles',
    locale: 'it',
    data: {
      title: 'Che cos’è il DNS?',
      summary: 'Il DNS in breve.',
      body: richText([{ type: 'p', text: `${shared} Un resolver interroga prima i server radice.` }]),
      topic: topic.id,
      _status: 'published',
    },
    overrideAccess: false,
    user: users.editor,
  })
  await translateAndApprove(ctx.payload, {
    articleId: approved.id,
    locale: 'fr',
    translator: users.translator,
    editor: users.editor,
    text: {
      title: 'Qu’est-ce que le DNS ?',
      summary: 'Le DNS en bref.',
      body: `${sharedFr} Un résolveur interroge d’abord les serveurs racine.`,
    },
  })
  reused = await ctx.payload.create({
    collection: 'articles',
    locale: 'it',
    data: {
      title: 'Come funziona un resolver?',
      summary: 'Un resolver in breve.',
      body: richText([
        { type: 'p', text: `${shared} Un resolver interroga prima i server radice del DNS.` },
        { type: 'p', text: 'Leggi [la guida](https://example.com/dns) per i dettagli.' },
      ]),
      topic: topic.id,
      _status: 'published',
    },
    overrideAccess: false,
    user: users.editor,
  })
  task = await taskFor(ctx.payload, reused.id, 'fr')
  for (const user of [users.editor, users.translator, english, otherFrench])
    tokens[user.email] = await tokenFor(ctx.payload, user.email, password)
})

afterAll(async () => {
  await ctx?.cleanup()
})

const url = (id: number | string = task.id) => `/translations/${id}/segments`

async function getView(user?: TestUser) {
  return rest(ctx.payload, 'GET', url(), { token: user ? tokens[user.email] : undefined })
}

function rowsOf(json: Record<string, unknown>): EditorRow[] {
  return (json as unknown as SegmentsView).rows
}

function row(rows: EditorRow[], source: string): EditorRow {
  const found = rows.find((candidate) => candidate.source === source)
  if (!found) throw new Error(`no row for ${source}`)
  return found
}

async function frenchDraft() {
  return ctx.payload.findByID({
    collection: 'articles',
    id: reused.id,
    locale: 'fr',
    fallbackLocale: false,
    draft: true,
    depth: 0,
  })
}

async function storedStates() {
  const current = await ctx.payload.findByID({ collection: 'translations', id: task.id, depth: 0 })
  return readSegmentStates(current.segmentStates)
}

describe('reading a task’s segments', () => {
  it('answers 401 signed out, 403 for another language, 404 for an unknown task', async () => {
    expect((await getView()).status).toBe(401)
    const other = await rest(ctx.payload, 'GET', url(), { token: tokens[english.email], headers: { 'Accept-Language': 'en' } })
    expect(other.status).toBe(403)
    expect(restError(other.json)).toBe('This task is in a language that is not assigned to you.')
    expect((await rest(ctx.payload, 'GET', url(999_999), { token: tokens[users.editor.email] })).status).toBe(404)
    expect((await rest(ctx.payload, 'GET', url('nope'), { token: tokens[users.editor.email] })).status).toBe(404)
  })

  it('lists every source sentence with its words, tags, status and the memory’s matches', async () => {
    const { status, json } = await getView(users.translator)
    expect(status).toBe(200)
    const view = json as unknown as SegmentsView
    // Readable by a translator of the language, writable only by whoever holds it in progress.
    expect(view.editable).toBe(false)
    expect(view.rows.map((r) => [r.field, r.source])).toEqual([
      ['title', 'Come funziona un resolver?'],
      ['body', shared],
      ['body', 'Un resolver interroga prima i server radice del DNS.'],
      ['body', 'Leggi <1>la guida</1> per i dettagli.'],
      ['summary', 'Un resolver in breve.'],
    ])
    const exact = row(view.rows, shared)
    expect(exact.matches[0]).toMatchObject({ score: 100, band: '100', target: sharedFr })
    const fuzzy = row(view.rows, 'Un resolver interroga prima i server radice del DNS.')
    expect(fuzzy.matches[0]?.score).toBeGreaterThanOrEqual(75)
    expect(fuzzy.matches[0]?.score).toBeLessThan(100)
    // The diff says what differs from the memory's sentence: "del DNS" is only in this one.
    const inserted = (fuzzy.matches[0]?.diff ?? []).filter((part) => part.kind === 'insert').map((part) => part.text)
    expect(inserted.join('')).toContain('del DNS')
    expect(
      (fuzzy.matches[0]?.diff ?? [])
        .filter((part) => part.kind === 'equal')
        .map((part) => part.text)
        .join(''),
    ).toContain('Un resolver interroga prima i server')
    const linked = row(view.rows, 'Leggi <1>la guida</1> per i dettagli.')
    expect(linked.tags).toEqual([expect.objectContaining({ n: 1, pair: true, label: 'https://example.com/dns' })])
    expect(linked.matches).toEqual([])
    // Pre-translation filled the exact match when the task was created; the rest waits for the translator.
    expect(exact).toMatchObject({ status: 'memory', target: sharedFr })
    expect(view.rows.filter((r) => r !== exact).every((r) => r.status === 'new' && r.target === '')).toBe(true)
    expect(view.progress).toEqual({ confirmedWords: 0, totalWords: view.rows.reduce((sum, r) => sum + r.words, 0), percent: 0 })
  })

  it('editors read every task, as writable', async () => {
    const { status, json } = await getView(users.editor)
    expect(status).toBe(200)
    expect((json as unknown as SegmentsView).editable).toBe(true)
  })
})

describe('saving segments', () => {
  it('refuses a translator who does not hold the task in progress (403), and changes nothing', async () => {
    const before = await frenchDraft()
    const statesBefore = await storedStates()
    const [first] = rowsOf((await getView(users.translator)).json)
    const body = { segments: [{ id: first?.id, text: 'Comment fonctionne un résolveur ?' }] }
    expect((await rest(ctx.payload, 'PUT', url(), { body })).status).toBe(401)
    expect((await rest(ctx.payload, 'PUT', url(), { body, token: tokens[users.translator.email] })).status).toBe(403)
    expect((await rest(ctx.payload, 'PUT', url(), { body, token: tokens[english.email] })).status).toBe(403)
    await claimAndStart(ctx.payload, task, users.translator)
    expect((await rest(ctx.payload, 'PUT', url(), { body, token: tokens[otherFrench.email] })).status).toBe(403)
    expect((await frenchDraft()).title).toEqual(before.title)
    expect(await storedStates()).toEqual(statesBefore)
  })

  it('refuses missing or extra tags with the segments concerned, in the caller’s language, and writes nothing', async () => {
    const draftBefore = await frenchDraft()
    const statesBefore = await storedStates()
    const rows = rowsOf((await getView(users.translator)).json)
    const linked = row(rows, 'Leggi <1>la guida</1> per i dettagli.')
    const title = row(rows, 'Come funziona un resolver?')
    const body = {
      segments: [
        { id: title.id, text: 'Comment fonctionne un résolveur ?', confirmed: true },
        { id: linked.id, text: 'Lisez le guide pour les détails.' },
        { id: row(rows, shared).id, text: `${sharedFr} <2/>` },
      ],
    }
    const refused = await rest(ctx.payload, 'PUT', url(), {
      body,
      token: tokens[users.translator.email],
      headers: { 'Accept-Language': 'fr' },
    })
    expect(refused.status).toBe(400)
    const error = (refused.json.errors as Array<{ message: string; data: { segments: Array<Record<string, unknown>> } }>)[0]
    expect(error?.message).toBe(
      '2 segments ne peuvent pas être enregistrés : placez toutes les balises du segment italien, et aucune autre.',
    )
    expect(error?.data.segments).toEqual([
      expect.objectContaining({ id: row(rows, shared).id, messages: ['La balise 2 n’est pas dans le segment italien.'] }),
      expect.objectContaining({ id: linked.id, problems: [{ kind: 'missing', tag: 1 }], messages: ['La balise 1 manque.'] }),
    ])
    expect(await frenchDraft()).toEqual(draftBefore)
    expect(await storedStates()).toEqual(statesBefore)
  })

  it('refuses a malformed body and segments of another source text (400)', async () => {
    const token = tokens[users.translator.email]
    for (const body of [
      {},
      { segments: 'x' },
      { segments: [{ id: 1, text: 'a' }] },
      { segments: [{ id: 'a', text: 'x'.repeat(5001) }] },
    ]) {
      expect((await rest(ctx.payload, 'PUT', url(), { body, token })).status).toBe(400)
    }
    const stale = await rest(ctx.payload, 'PUT', url(), { body: { segments: [{ id: 'body:000000000000:0', text: 'x' }] }, token })
    expect(stale.status).toBe(400)
    expect(restError(stale.json)).toMatch(/reload|ricarica|rechargez/i)
  })

  it('saves the draft the field view reads (not published), and records each segment’s state', async () => {
    const rows = rowsOf((await getView(users.translator)).json)
    const exact = row(rows, shared)
    const fuzzy = row(rows, 'Un resolver interroga prima i server radice del DNS.')
    const linked = row(rows, 'Leggi <1>la guida</1> per i dettagli.')
    const title = row(rows, 'Come funziona un resolver?')
    const fuzzyMatch = fuzzy.matches[0]?.target ?? ''
    const saved = await rest(ctx.payload, 'PUT', url(), {
      token: tokens[users.translator.email],
      body: {
        segments: [
          { id: title.id, text: 'Comment fonctionne un résolveur ?', confirmed: true },
          { id: exact.id, text: sharedFr, confirmed: true },
          { id: fuzzy.id, text: fuzzyMatch },
          { id: linked.id, text: 'Lisez <1>le guide</1> pour les détails.', confirmed: true },
        ],
      },
    })
    expect(saved.status).toBe(200)
    const view = saved.json as unknown as SegmentsView
    expect(row(view.rows, shared)).toMatchObject({ target: sharedFr, status: 'confirmed' })
    expect(row(view.rows, fuzzy.source)).toMatchObject({ target: fuzzyMatch, status: 'fuzzy', score: fuzzy.matches[0]?.score })
    expect(row(view.rows, 'Un resolver in breve.')).toMatchObject({ target: '', status: 'new' })
    const confirmedWords = [title, exact, linked].reduce((sum, r) => sum + r.words, 0)
    expect(view.progress.confirmedWords).toBe(confirmedWords)

    // The field view reads the same text: the article's French draft, with the source's link rebuilt.
    const draft = await frenchDraft()
    expect(draft.title).toBe('Comment fonctionne un résolveur ?')
    const paragraphs = draft.body?.root.children ?? []
    expect(JSON.stringify(paragraphs[0])).toContain(`${sharedFr} ${fuzzyMatch}`)
    expect(JSON.stringify(paragraphs[1])).toContain('"url":"https://example.com/dns"')
    expect(JSON.stringify(paragraphs[1])).toContain('le guide')
    // Untranslated summary stays empty; nothing is published.
    expect(draft.summary ?? '').toBe('')
    const published = await publishedRow(ctx.payload, reused.id)
    expect(JSON.stringify(published)).not.toContain('résolveur')

    const states = await storedStates()
    expect(states[exact.id]).toEqual({ status: 'confirmed', sourceHash: exact.hash })
    expect(states[fuzzy.id]).toEqual({ status: 'fuzzy', sourceHash: fuzzy.hash, score: fuzzy.matches[0]?.score })
    expect(states[title.id]?.status).toBe('confirmed')

    // Reloaded, the segments are what was saved.
    const again = rowsOf((await getView(users.translator)).json)
    expect(row(again, linked.source)).toMatchObject({ target: 'Lisez <1>le guide</1> pour les détails.', status: 'confirmed' })
  })

  it('a save in the field view shows in the segment view, as edited', async () => {
    const draft = await frenchDraft()
    await ctx.payload.update({
      collection: 'articles',
      id: reused.id,
      locale: 'fr',
      draft: true,
      data: { summary: 'Un résolveur en bref.' },
      overrideAccess: false,
      user: users.translator,
    })
    const rows = rowsOf((await getView(users.translator)).json)
    expect(row(rows, 'Un resolver in breve.')).toMatchObject({ target: 'Un résolveur en bref.', status: 'edited' })
    expect(row(rows, shared).target).toBe(sharedFr)
    expect((await frenchDraft()).title).toBe(draft.title)
  })

  it('refuses to confirm an empty segment', async () => {
    const rows = rowsOf((await getView(users.translator)).json)
    const summary = row(rows, 'Un resolver in breve.')
    const refused = await rest(ctx.payload, 'PUT', url(), {
      token: tokens[users.translator.email],
      body: { segments: [{ id: summary.id, text: ' ', confirmed: true }] },
    })
    expect(refused.status).toBe(400)
    expect((await frenchDraft()).summary).toBe('Un résolveur en bref.')
  })
})

describe('the service with the caller’s access (Local API)', () => {
  it('refuses other languages and translators who do not hold the task; editors may save', async () => {
    const reqAs = (user: TestUser) => createLocalReq({ user }, ctx.payload)
    expect(await readSegments(await reqAs(english), String(task.id))).toMatchObject({
      ok: false,
      failure: { kind: 'notYourLanguage' },
    })
    const seen = await readSegments(await reqAs(otherFrench), String(task.id))
    expect(seen.ok && seen.value.editable).toBe(false)
    const rows = seen.ok ? seen.value.rows : []
    const summary = row(rows, 'Un resolver in breve.')
    const body = { segments: [{ id: summary.id, text: 'Un résolveur, en bref.', confirmed: true }] }
    expect(await saveSegments(await reqAs(otherFrench), String(task.id), body)).toMatchObject({
      ok: false,
      failure: { kind: 'notYourTask' },
    })
    const saved = await saveSegments(await reqAs(users.editor), String(task.id), body)
    expect(saved.ok).toBe(true)
    expect((await frenchDraft()).summary).toBe('Un résolveur, en bref.')
    expect((await storedStates())[summary.id]?.status).toBe('confirmed')
  })
})
