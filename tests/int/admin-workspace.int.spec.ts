import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadCoverage } from '@/admin/data/coverage'
import { loadQueue } from '@/admin/data/queue'
import { loadStatusCounts } from '@/admin/data/statusCounts'
import { loadTaskPanel } from '@/admin/data/taskPanel'
import { translationContext } from '@/admin/data/translationContext'
import { allTasksWhere, claimableWhere, mineWhere } from '@/admin/lib/queueFilters'
import type { Article, Topic, Translation } from '@/payload-types'
import { richText } from '@/richtext/build'
import { createArticle, createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * The admin's data functions (Translations view, task panel, source beside
 * each field) on a real database, as the signed-in user: they must show each
 * role exactly what its access allows, and the diffs of outdated tasks.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let translatorEn: TestUser
let topic: Topic
let fresh: Article
let changed: Article

const as = (user: TestUser) => ({ overrideAccess: false as const, user })

async function task(article: Article, locale: 'fr' | 'en'): Promise<Translation> {
  const { docs } = await ctx.payload.find({
    collection: 'translations',
    where: { and: [{ article: { equals: article.id } }, { locale: { equals: locale } }] },
    depth: 0,
  })
  if (!docs[0]) throw new Error(`no ${locale} task`)
  return docs[0]
}

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  const en = await ctx.payload.create({
    collection: 'users',
    data: {
      email: 'translator.en@test.example',
      name: 'Emma',
      role: 'translator',
      translatorLocales: ['en'],
      password: 'x-password-123',
    },
  })
  translatorEn = { ...en, collection: 'users' }
  topic = await createTopic(ctx.payload)
  fresh = await createArticle(ctx.payload, { title: 'Un articolo nuovo', topic: topic.id, status: 'published' })

  // A French translation approved, then the Italian body changes: the task is outdated on `body`.
  changed = await createArticle(ctx.payload, {
    title: 'Un articolo che cambia',
    body: 'Il DNS traduce i nomi in indirizzi.',
    topic: topic.id,
    status: 'published',
  })
  const fr = await task(changed, 'fr')
  await ctx.payload.update({
    collection: 'translations',
    id: fr.id,
    data: { assignee: users.translator.id, status: 'in_progress' },
    ...as(users.translator),
  })
  await ctx.payload.update({
    collection: 'articles',
    id: changed.id,
    locale: 'fr',
    draft: true,
    data: {
      title: 'Un article qui change',
      summary: 'Résumé d’un article qui change.',
      body: richText([{ type: 'p', text: 'Le DNS traduit les noms.' }]),
    },
    ...as(users.translator),
  })
  await ctx.payload.update({
    collection: 'translations',
    id: fr.id,
    data: { status: 'in_review' },
    ...as(users.translator),
  })
  await ctx.payload.update({ collection: 'translations', id: fr.id, data: { status: 'approved' }, ...as(users.editor) })
  await ctx.payload.update({
    collection: 'articles',
    id: changed.id,
    locale: 'it',
    data: {
      body: richText([{ type: 'p', text: 'Il DNS traduce i nomi di dominio in indirizzi IP.' }]),
      _status: 'published',
    },
    ...as(users.editor),
  })
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('translator queue', () => {
  it('lists claimable tasks in the translator’s languages only, with title, words and status', async () => {
    const claimable = await loadQueue(ctx.payload, users.translator, { where: claimableWhere(['fr']), page: 1 })
    const row = claimable.rows.find((candidate) => candidate.articleId === fresh.id)
    expect(row).toMatchObject({
      articleTitle: 'Un articolo nuovo',
      locale: 'fr',
      status: 'todo',
      assignee: null,
      changedFields: [],
    })
    expect(row?.wordsToTranslate).toBeGreaterThan(0)
    expect(claimable.rows.every((candidate) => candidate.locale === 'fr')).toBe(true)
    // Asking for another language does not get around read access.
    const sneaky = await loadQueue(ctx.payload, users.translator, { where: claimableWhere(['en']), page: 1 })
    expect(sneaky.rows).toEqual([])
  })

  it('moves a claimed task from "claimable" to "assigned to me"', async () => {
    const fr = await task(fresh, 'fr')
    await ctx.payload.update({
      collection: 'translations',
      id: fr.id,
      data: { assignee: users.translator.id },
      ...as(users.translator),
    })
    const mine = await loadQueue(ctx.payload, users.translator, { where: mineWhere(users.translator), page: 1 })
    expect(mine.rows.map((row) => row.id)).toContain(fr.id)
    expect(mine.rows.find((row) => row.id === fr.id)?.assignee).toEqual({ id: users.translator.id, name: 'translator' })
    const claimable = await loadQueue(ctx.payload, users.translator, { where: claimableWhere(['fr']), page: 1 })
    expect(claimable.rows.map((row) => row.id)).not.toContain(fr.id)
  })

  it('shows an outdated task with its changed fields and the word diff of the body', async () => {
    const mine = await loadQueue(ctx.payload, users.translator, { where: mineWhere(users.translator), page: 1 })
    const row = mine.rows.find((candidate) => candidate.articleId === changed.id)
    expect(row?.status).toBe('outdated')
    expect(row?.changedFields).toEqual(['body'])
    expect(row?.diffs).toHaveLength(1)
    const diff = row?.diffs[0]
    expect(diff?.mode).toBe('blocks')
    if (diff?.mode !== 'blocks') return
    expect(diff.blocks).toHaveLength(1)
    expect(diff.blocks[0]?.kind).toBe('change')
    const words = diff.blocks[0]?.words ?? []
    // "indirizzi." → "indirizzi IP.": the punctuation is part of the word, so the whole word is replaced.
    expect(words.filter((part) => part.kind === 'insert').map((part) => part.text.trim())).toEqual([
      'di dominio',
      'indirizzi IP.',
    ])
    expect(words.filter((part) => part.kind === 'delete').map((part) => part.text.trim())).toEqual(['indirizzi.'])
  })

  it('never shows another language’s tasks to a translator', async () => {
    const mine = await loadQueue(ctx.payload, translatorEn, { where: allTasksWhere({}), page: 1 })
    expect(mine.rows.length).toBeGreaterThan(0)
    expect(mine.rows.every((row) => row.locale === 'en')).toBe(true)
  })
})

describe('editor overview', () => {
  it('lists open tasks across translators, filtered by language, status and assignee', async () => {
    const all = await loadQueue(ctx.payload, users.editor, { where: allTasksWhere({}), page: 1 })
    expect(new Set(all.rows.map((row) => row.locale))).toEqual(new Set(['fr', 'en']))
    expect(all.rows.some((row) => row.status === 'approved')).toBe(false)

    const french = await loadQueue(ctx.payload, users.editor, { where: allTasksWhere({ locale: 'fr' }), page: 1 })
    expect(french.rows.every((row) => row.locale === 'fr')).toBe(true)

    const unassigned = await loadQueue(ctx.payload, users.editor, {
      where: allTasksWhere({ assignee: 'none' }),
      page: 1,
    })
    expect(unassigned.rows.every((row) => row.assignee === null)).toBe(true)

    const held = await loadQueue(ctx.payload, users.editor, {
      where: allTasksWhere({ assignee: String(users.translator.id) }),
      page: 1,
    })
    expect(held.rows.map((row) => row.assignee?.name)).toEqual(held.rows.map(() => 'translator'))

    const outdated = await loadQueue(ctx.payload, users.editor, {
      where: allTasksWhere({ status: 'outdated' }),
      page: 1,
    })
    expect(outdated.rows.map((row) => row.articleId)).toEqual([changed.id])
  })

  it('puts tasks with a due date first, the earliest first, then the others', async () => {
    const later = await task(fresh, 'en')
    const sooner = await task(changed, 'en')
    await ctx.payload.update({
      collection: 'translations',
      id: later.id,
      data: { dueDate: '2031-05-02T12:00:00.000Z' },
      ...as(users.editor),
    })
    await ctx.payload.update({
      collection: 'translations',
      id: sooner.id,
      data: { dueDate: '2031-05-01T12:00:00.000Z' },
      ...as(users.editor),
    })
    const all = await loadQueue(ctx.payload, users.editor, { where: allTasksWhere({}), page: 1 })
    expect(all.rows.slice(0, 2).map((row) => row.id)).toEqual([sooner.id, later.id])
    expect(all.rows.slice(2).every((row) => row.dueDate === null)).toBe(true)
    // Page by page, the same order, nothing lost or repeated across the dated/undated boundary.
    const paged = []
    for (let page = 1; page <= all.totalDocs; page++) {
      paged.push(...(await loadQueue(ctx.payload, users.editor, { where: allTasksWhere({}), page, limit: 1 })).rows)
    }
    expect(paged.map((row) => row.id)).toEqual(all.rows.map((row) => row.id))
  })

  it('pages the list', async () => {
    const first = await loadQueue(ctx.payload, users.editor, { where: allTasksWhere({}), page: 1, limit: 1 })
    expect(first.rows).toHaveLength(1)
    expect(first.totalPages).toBe(first.totalDocs)
    const second = await loadQueue(ctx.payload, users.editor, { where: allTasksWhere({}), page: 2, limit: 1 })
    expect(second.rows[0]?.id).not.toBe(first.rows[0]?.id)
  })

  it('counts tasks per language and status', async () => {
    const counts = await loadStatusCounts(ctx.payload, users.editor)
    expect(counts.fr).toEqual({ todo: 1, in_progress: 0, in_review: 0, approved: 0, outdated: 1 })
    expect(counts.en).toEqual({ todo: 2, in_progress: 0, in_review: 0, approved: 0, outdated: 0 })
  })

  it('builds the coverage matrix for a page of articles, with a title search', async () => {
    const draft = await createArticle(ctx.payload, { title: 'Una bozza', topic: topic.id, status: 'draft' })
    const coverage = await loadCoverage(ctx.payload, users.editor, { page: 1 })
    const byId = new Map(coverage.rows.map((row) => [row.articleId, row]))
    expect(byId.get(changed.id)?.cells.fr?.status).toBe('outdated')
    expect(byId.get(changed.id)?.cells.en?.status).toBe('todo')
    expect(byId.get(draft.id)?.cells).toEqual({ fr: null, en: null })
    expect(coverage.totalDocs).toBe(3)

    const search = await loadCoverage(ctx.payload, users.editor, { page: 1, search: 'cambia' })
    expect(search.rows.map((row) => row.title)).toEqual(['Un articolo che cambia'])
  })
})

describe('article edit view context', () => {
  it('reads the source and the task once per request, with the diff material', async () => {
    const req = await createLocalReq({ user: users.translator }, ctx.payload)
    const first = translationContext(req, changed.id, 'fr')
    expect(translationContext(req, changed.id, 'fr')).toBe(first)
    const context = await first
    expect(context?.source?.title).toBe('Un articolo che cambia')
    expect(context?.task).toMatchObject({ status: 'outdated', changedFields: ['body'] })
    expect(context?.task?.sourceSnapshot).toMatchObject({ title: 'Un articolo che cambia' })
  })

  it('gives nothing to a caller without a user', async () => {
    const req = await createLocalReq({}, ctx.payload)
    expect(await translationContext(req, changed.id, 'fr')).toBeNull()
  })

  it('hides the task of a language the translator does not work in', async () => {
    const req = await createLocalReq({ user: translatorEn }, ctx.payload)
    expect((await translationContext(req, changed.id, 'fr'))?.task).toBeNull()
  })
})

describe('task panel', () => {
  it('offers a translator the claim of an unassigned task, and its moves once it is theirs', async () => {
    const en = await task(fresh, 'en')
    const req = await createLocalReq({ user: translatorEn }, ctx.payload)
    const panel = await loadTaskPanel(req, en.id)
    expect(panel?.moves).toEqual({ moves: [], claim: true, claimAndStart: true, reassign: false })
    expect(panel?.articleTitle).toBe('Un articolo nuovo')

    const fr = await task(changed, 'fr')
    const mine = await loadTaskPanel(await createLocalReq({ user: users.translator }, ctx.payload), fr.id)
    expect(mine?.moves.moves.map((move) => move.action)).toEqual(['start'])
    expect(mine?.diffs.map((diff) => diff.field)).toEqual(['body'])
  })

  it('gives editors every editor move, reassignment and the translators of that language', async () => {
    const fr = await task(changed, 'fr')
    const panel = await loadTaskPanel(await createLocalReq({ user: users.editor }, ctx.payload), fr.id)
    expect(panel?.moves).toMatchObject({ claim: false, reassign: true })
    // An outdated translation is still online: the editor may start it again or unpublish it.
    expect(panel?.moves.moves.map((move) => move.to)).toEqual(['in_progress', 'todo'])
    expect(panel?.translators).toEqual([{ id: users.translator.id, name: 'translator' }])
    expect(panel?.assignee).toEqual({ id: users.translator.id, name: 'translator' })
  })

  it('returns nothing for a task the user may not read', async () => {
    const fr = await task(changed, 'fr')
    expect(await loadTaskPanel(await createLocalReq({ user: translatorEn }, ctx.payload), fr.id)).toBeNull()
  })
})
