import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Topic } from '@/payload-types'
import { createArticle, createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * The Payload and database-adapter behaviour that per-language publication
 * (src/workflow/services/publication.ts) relies on. If an upgrade changes one
 * of these, this file fails before any visitor sees the consequence.
 */

let ctx: TestPayload
let topic: Topic
let editor: TestUser

type Row = Record<string, unknown> & { id: number | string }

beforeAll(async () => {
  ctx = await createTestPayload()
  topic = await createTopic(ctx.payload)
  editor = (await createUsers(ctx.payload)).editor
})

afterAll(async () => {
  await ctx?.cleanup()
})

const publishedRow = (id: number | string) =>
  ctx.payload.db.findOne<Row>({ collection: 'articles', where: { id: { equals: id } } })

const latestVersions = async (id: number | string) =>
  (
    await ctx.payload.db.findVersions<Row>({
      collection: 'articles',
      where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
      pagination: false,
      limit: 0,
    })
  ).docs

describe('what publication relies on', () => {
  it('a draft save leaves the published row untouched', async () => {
    const article = await createArticle(ctx.payload, { title: 'Riga pubblicata', topic: topic.id, status: 'published' })
    const before = await publishedRow(article.id)
    await ctx.payload.update({ collection: 'articles', id: article.id, locale: 'it', draft: true, data: { title: 'Solo bozza' } })
    await ctx.payload.update({ collection: 'articles', id: article.id, locale: 'fr', draft: true, data: { title: 'Brouillon' } })
    expect(await publishedRow(article.id)).toEqual(before)
  })

  it('the adapter reads localized fields as one map per field, every locale in it', async () => {
    const article = await createArticle(ctx.payload, { title: 'Mappa', topic: topic.id, status: 'draft' })
    await ctx.payload.db.updateOne({
      collection: 'articles',
      id: article.id,
      data: { title: { it: 'Mappa', fr: 'Carte' }, slug: { it: 'mappa', fr: 'carte' } },
    })
    const row = await publishedRow(article.id)
    expect(row?.title).toMatchObject({ it: 'Mappa', fr: 'Carte' })
    expect(row?.slug).toMatchObject({ it: 'mappa', fr: 'carte' })
  })

  it('writing a map without a locale removes that locale’s text', async () => {
    const article = await createArticle(ctx.payload, { title: 'Togliere', topic: topic.id, status: 'draft' })
    await ctx.payload.db.updateOne({ collection: 'articles', id: article.id, data: { title: { it: 'Togliere', fr: 'Enlever' } } })
    await ctx.payload.db.updateOne({ collection: 'articles', id: article.id, data: { title: { it: 'Togliere' } } })
    const title = (await publishedRow(article.id))?.title
    expect(title).toMatchObject({ it: 'Togliere' })
    expect(JSON.stringify(title)).not.toContain('Enlever')
  })

  it('a version saved strictly later is the only one flagged latest', async () => {
    const article = await createArticle(ctx.payload, { title: 'Ultima', topic: topic.id, status: 'published' })
    const row = await publishedRow(article.id)
    const at = new Date(Date.now() + 1_000).toISOString()
    const tail = new Date(Date.parse(at) + 1).toISOString()
    for (const [updatedAt, title] of [
      [at, 'Pubblicata'],
      [tail, 'In bozza'],
    ] as const) {
      await ctx.payload.db.createVersion({
        collectionSlug: 'articles',
        parent: article.id,
        versionData: { ...row, title: { it: title } },
        createdAt: updatedAt,
        updatedAt,
        autosave: false,
        returning: false,
      })
    }
    const latest = await latestVersions(article.id)
    expect(latest).toHaveLength(1)
    expect(latest[0]?.version).toMatchObject({ title: { it: 'In bozza' } })
  })

  it('a refused publication rolls back the draft save it went through (one transaction)', async () => {
    const article = await createArticle(ctx.payload, { title: 'Transazione', topic: topic.id, status: 'published' })
    const count = async () =>
      (await ctx.payload.countVersions({ collection: 'articles', where: { parent: { equals: article.id } } })).totalDocs
    const versionsBefore = await count()
    const rowBefore = await publishedRow(article.id)
    await expect(
      ctx.payload.update({
        collection: 'articles',
        id: article.id,
        locale: 'it',
        data: { title: '', _status: 'published' },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toThrow()
    expect(await count()).toBe(versionsBefore)
    expect(await publishedRow(article.id)).toEqual(rowBefore)
    const draft = await ctx.payload.findByID({ collection: 'articles', id: article.id, locale: 'it', draft: true })
    expect(draft.title).toBe('Transazione')
  })

  it('Payload honours a beforeOperation hook that turns a publish into a draft save', async () => {
    const article = await createArticle(ctx.payload, { title: 'Intercettato', topic: topic.id, status: 'published' })
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'fr',
      draft: true,
      data: { title: 'Brouillon caché' },
    })
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'it',
      data: { title: 'Intercettato (nuovo)', _status: 'published' },
      overrideAccess: false,
      user: editor,
    })
    const row = await publishedRow(article.id)
    expect(row?.title).toMatchObject({ it: 'Intercettato (nuovo)' })
    expect(JSON.stringify(row)).not.toContain('Brouillon caché')
    const draft = await ctx.payload.findByID({ collection: 'articles', id: article.id, locale: 'fr', draft: true })
    expect(draft.title).toBe('Brouillon caché')
  })
})
