import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadReview } from '@/admin/data/review'
import { loadTaskPanel } from '@/admin/data/taskPanel'
import type { Topic } from '@/payload-types'
import { createSource, createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { as, claimAndStart, moveTask, publishArticle, saveDraft, taskFor, translateAndSubmit } from '../helpers/workflow'

/**
 * What the admin names things by: tasks by their article's question and
 * language, sources by "Authors (year) Title", people by their names; and the
 * side-by-side pairs an editor reads before approving.
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

describe('task titles', () => {
  it('a task is titled with the Italian question and its language, and follows a new question', async () => {
    const article = await publishArticle(ctx.payload, users.editor, {
      topic: topic.id,
      text: { title: 'Che cos’è un resolver?' },
    })
    expect((await taskFor(ctx.payload, article.id, 'fr')).title).toBe('Che cos’è un resolver? · Français')
    expect((await taskFor(ctx.payload, article.id, 'en')).title).toBe('Che cos’è un resolver? · English')

    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'it',
      data: { title: 'Che cos’è un resolver ricorsivo?', _status: 'published' },
      ...as(users.editor),
    })
    expect((await taskFor(ctx.payload, article.id, 'fr')).title).toBe('Che cos’è un resolver ricorsivo? · Français')

    // A translator's save in French leaves the titles alone.
    await claimAndStart(ctx.payload, await taskFor(ctx.payload, article.id, 'fr'), users.translator)
    await saveDraft(ctx.payload, article.id, 'fr', { title: 'Qu’est-ce qu’un résolveur ?' }, users.translator)
    expect((await taskFor(ctx.payload, article.id, 'fr')).title).toBe('Che cos’è un resolver ricorsivo? · Français')
  })

  it('nobody sets a task title through the API', async () => {
    const article = await publishArticle(ctx.payload, users.editor, { topic: topic.id, text: { title: 'Perché IPv6?' } })
    const en = await taskFor(ctx.payload, article.id, 'en')
    const updated = await ctx.payload.update({
      collection: 'translations',
      id: en.id,
      data: { title: 'Forged', dueDate: '2030-01-01T00:00:00.000Z' },
      ...as(users.editor),
    })
    expect(updated.title).toBe('Perché IPv6? · English')
  })
})

describe('source titles and search', () => {
  it('a source is named "Authors (year) Title" and found by author, year, title or DOI', async () => {
    const source = await createSource(ctx.payload)
    expect(source.displayTitle).toBe('Mockapetris (1987) Domain names - implementation and specification')
    const updated = await ctx.payload.update({ collection: 'sources', id: source.id, data: { year: 1988 }, ...as(users.editor) })
    expect(updated.displayTitle).toBe('Mockapetris (1988) Domain names - implementation and specification')

    // The admin's search box asks these fields (admin.listSearchableFields), in one `or`.
    const search = async (text: string) => {
      const { docs } = await ctx.payload.find({
        collection: 'sources',
        where: { or: ['displayTitle', 'authors.family', 'doi'].map((field) => ({ [field]: { like: text } })) },
        ...as(users.editor),
      })
      return docs.map((doc) => doc.id)
    }
    expect(await search('mockapetris')).toEqual([source.id])
    expect(await search('1988')).toEqual([source.id])
    expect(await search('implementation')).toEqual([source.id])
    expect(await search('10.17487/rfc1035')).toEqual([source.id])
    expect(await search('nobody-wrote-this')).toEqual([])
  })
})

describe('colleagues by name', () => {
  it('the translator’s task panel names the assignee; the history names the editor who moved it', async () => {
    const article = await publishArticle(ctx.payload, users.editor, { topic: topic.id, text: { title: 'Che cos’è TLS?' } })
    const task = await translateAndSubmit(ctx.payload, {
      articleId: article.id,
      locale: 'fr',
      translator: users.translator,
      text: { title: 'Qu’est-ce que TLS ?', body: 'TLS chiffre la connexion.' },
    })
    await moveTask(ctx.payload, task, 'in_progress', users.editor, 'Un peu plus court, svp.')
    const req = { payload: ctx.payload, user: users.translator } as unknown as Parameters<typeof loadTaskPanel>[0]
    const panel = await loadTaskPanel(req, task.id)
    expect(panel?.assignee?.name).toBe(users.translator.name)
    const names = await ctx.payload.find({
      collection: 'users',
      where: { id: { equals: users.editor.id } },
      select: { name: true },
      ...as(users.translator),
    })
    expect(names.docs[0]?.name).toBe(users.editor.name)
  })
})

describe('side-by-side review', () => {
  it('pairs each field of the published Italian with the translator’s draft', async () => {
    const article = await publishArticle(ctx.payload, users.editor, {
      topic: topic.id,
      text: { title: 'Che cos’è HTTP/3?', summary: 'HTTP su QUIC.', body: 'HTTP/3 usa QUIC.' },
    })
    await translateAndSubmit(ctx.payload, {
      articleId: article.id,
      locale: 'fr',
      translator: users.translator,
      text: { title: 'Qu’est-ce que HTTP/3 ?', summary: 'HTTP sur QUIC.', body: 'HTTP/3 utilise QUIC.' },
    })
    const rows = await loadReview(ctx.payload, users.editor, article.id, 'fr')
    const byField = Object.fromEntries(rows.map((row) => [row.field, row]))
    expect(byField.title).toEqual({ field: 'title', source: ['Che cos’è HTTP/3?'], translation: ['Qu’est-ce que HTTP/3 ?'] })
    expect(byField.body?.source).toEqual(['HTTP/3 usa QUIC.'])
    expect(byField.body?.translation).toEqual(['HTTP/3 utilise QUIC.'])
    expect(byField.summary?.translation).toEqual(['HTTP sur QUIC.'])
  })
})
