import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Source, Topic } from '@/payload-types'
import { richText } from '@/richtext/build'
import { createSource, createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { rest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { as, claimAndStart, password, publishArticle, publishedRow, taskFor, workingDraft } from '../helpers/workflow'

let ctx: TestPayload
let editor: TestUser
let translator: TestUser
let editorToken: string
let translatorToken: string
let topic: Topic
let sources: Source[]
let article: Article

const body = (text: string) => richText([{ type: 'p', text }])

beforeAll(async () => {
  ctx = await createTestPayload()
  const users = await createUsers(ctx.payload)
  editor = users.editor
  translator = users.translator
  editorToken = await tokenFor(ctx.payload, editor.email, password)
  translatorToken = await tokenFor(ctx.payload, translator.email, password)
  topic = await createTopic(ctx.payload)
  sources = [await createSource(ctx.payload), await createSource(ctx.payload, { title: 'DNS concepts', doi: '10.17487/RFC1034' })]
  article = await publishArticle(ctx.payload, editor, {
    topic: topic.id,
    sources: sources.map((source) => source.id),
    text: { title: 'Che cos’è il DNS?', body: 'Il DNS traduce i nomi [1] e delega le zone [2].' },
  })
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('citation markers on save', () => {
  it('accepts markers that point at the article’s sources', () => {
    expect(JSON.stringify(article.body)).toContain('[2]')
  })

  it('refuses, with a 400 naming the marker, an Italian save that cites a missing source, and writes nothing', async () => {
    const before = await publishedRow(ctx.payload, article.id)
    const draftBefore = await workingDraft(ctx.payload, article.id, editor)
    const { status, json } = await rest(ctx.payload, 'PATCH', `/articles/${article.id}?locale=it`, {
      token: editorToken,
      body: { body: body('Il DNS traduce i nomi [1], [3] e [7].') },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain('[3], [7]')
    expect(JSON.stringify(json)).toContain('body')
    expect(await publishedRow(ctx.payload, article.id)).toEqual(before)
    expect((await workingDraft(ctx.payload, article.id, editor)).body).toEqual(draftBefore.body)
  })

  it('refuses a translator’s draft that cites a missing source, in the admin language of the request', async () => {
    await claimAndStart(ctx.payload, await taskFor(ctx.payload, article.id, 'fr'), translator)
    const { status, json } = await rest(ctx.payload, 'PATCH', `/articles/${article.id}?locale=fr&draft=true`, {
      token: translatorToken,
      headers: { 'Accept-Language': 'fr' },
      body: { body: body('Le DNS traduit les noms [4].') },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain('Le texte cite [4]')
    const draft = await ctx.payload.findByID({ collection: 'articles', id: article.id, locale: 'fr', draft: true, ...as(editor) })
    expect(JSON.stringify(draft.body ?? null)).not.toContain('[4]')

    // The same translation with the markers kept is saved.
    const ok = await rest(ctx.payload, 'PATCH', `/articles/${article.id}?locale=fr&draft=true`, {
      token: translatorToken,
      body: { body: body('Le DNS traduit les noms [1] et délègue les zones [2].') },
    })
    expect(ok.status).toBe(200)
  })

  it('refuses removing a source that the Italian text cites, with or without the text in the save', async () => {
    for (const data of [
      { sources: [sources[0]?.id], body: body('Il DNS traduce i nomi [1] e delega le zone [2].') },
      { sources: [sources[0]?.id] },
    ]) {
      const { status, json } = await rest(ctx.payload, 'PATCH', `/articles/${article.id}?locale=it`, {
        token: editorToken,
        body: data,
      })
      expect(status, JSON.stringify(data)).toBe(400)
      expect(JSON.stringify(json)).toContain('[2]')
    }
    const row = await publishedRow(ctx.payload, article.id)
    expect(row.sources).toHaveLength(2)
  })

  it('refuses a new article whose text has markers but no sources (Local API too)', async () => {
    const count = await ctx.payload.count({ collection: 'articles' })
    await expect(
      ctx.payload.create({
        collection: 'articles',
        locale: 'it',
        data: { title: 'Senza fonti', topic: topic.id, body: body('Vedi [1].'), _status: 'published' },
        ...as(editor),
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'body', message: expect.stringContaining('[1]') }] } })
    expect((await ctx.payload.count({ collection: 'articles' })).totalDocs).toBe(count.totalDocs)
  })

  it('words the refusal in the saved admin language on the Local API, and in the cookie’s on REST', async () => {
    await ctx.payload.update({ collection: 'users', id: editor.id, data: { language: 'en' }, overrideAccess: true })
    try {
      await expect(
        ctx.payload.update({
          collection: 'articles',
          id: article.id,
          locale: 'it',
          data: { body: body('Il DNS traduce i nomi [5].') },
          ...as({ ...editor, language: 'en' }),
        }),
      ).rejects.toMatchObject({
        status: 400,
        name: 'ValidationError',
        data: {
          errors: [{ path: 'body', message: expect.stringContaining('The text cites [5], but the article has 2 sources') }],
        },
      })
      const { status, json } = await rest(ctx.payload, 'PATCH', `/articles/${article.id}?locale=it`, {
        token: editorToken,
        headers: { Cookie: 'payload-lng=fr', 'Accept-Language': 'en' },
        body: { body: body('Il DNS traduce i nomi [6].') },
      })
      expect(status).toBe(400)
      expect(JSON.stringify(json)).toContain('Le texte cite [6]')
    } finally {
      await ctx.payload.update({ collection: 'users', id: editor.id, data: { language: null }, overrideAccess: true })
    }
  })
})
