import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Source, Topic } from '@/payload-types'
import { createSource, createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { graphql, rest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import {
  anonymous,
  anonymousViews,
  as,
  claimAndStart,
  createTranslator,
  editorSlice,
  everythingAnonymous,
  everywhere,
  hasText,
  localeSlice,
  moveTask,
  password,
  publicView,
  publishArticle,
  publishedRow,
  restError,
  sampleText,
  saveDraft,
  taskFor,
  translateAndApprove,
  workingDraft,
} from '../helpers/workflow'

/**
 * Writes that copy content from elsewhere: restoring a version and duplicating
 * an article. Per role, through the Local API, REST and GraphQL: translators and
 * anonymous callers are refused and change nothing; an editor's restore becomes
 * the working draft only, and a duplicate publishes nothing a visitor could see.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let enTranslator: TestUser
let topic: Topic
let source: Source
let tokens: Record<'editor' | 'translator', string>

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  enTranslator = await createTranslator(ctx.payload, 'en', 'translator.en@test.example')
  topic = await createTopic(ctx.payload, 'web')
  source = await createSource(ctx.payload)
  tokens = {
    editor: await tokenFor(ctx.payload, users.editor.email, password),
    translator: await tokenFor(ctx.payload, users.translator.email, password),
  }
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('restoring a version', () => {
  const italian = sampleText('Che cos’è HTTP/2?', 'HTTP/2 prima versione')
  const italianNow = sampleText('Che cos’è HTTP/2, oggi?', 'HTTP/2 versione attuale')
  const frenchAttempt = sampleText('HTTP/2 : premier essai', 'Premier essai non approuvé')
  const french = sampleText('Qu’est-ce que HTTP/2 ?', 'HTTP/2 français approuvé')
  let article: Article
  /** A draft version holding the first Italian and a French attempt that was never approved. */
  let attemptVersion: number | string
  /** The first published version: the first Italian only. */
  let firstPublished: number | string

  beforeAll(async () => {
    article = await publishArticle(ctx.payload, users.editor, { topic: topic.id, text: italian, sources: [source.id] })
    await claimAndStart(ctx.payload, await taskFor(ctx.payload, article.id, 'fr'), users.translator)
    await saveDraft(ctx.payload, article.id, 'fr', frenchAttempt, users.translator)
    const { docs } = await ctx.payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: article.id } },
      sort: 'createdAt',
      locale: 'all',
      limit: 100,
    })
    const frenchOf = (version: Article) =>
      typeof version.title === 'object' && version.title !== null ? Object.entries(version.title) : []
    attemptVersion =
      docs.find((doc) => frenchOf(doc.version).some(([locale, title]) => locale === 'fr' && title === frenchAttempt.title))?.id ??
      -1
    firstPublished = docs.find((doc) => doc.version._status === 'published')?.id ?? -1
    expect(attemptVersion).not.toBe(-1)
    expect(firstPublished).not.toBe(-1)

    await saveDraft(ctx.payload, article.id, 'fr', french, users.translator)
    await moveTask(ctx.payload, await taskFor(ctx.payload, article.id, 'fr'), 'in_review', users.translator)
    await moveTask(ctx.payload, await taskFor(ctx.payload, article.id, 'fr'), 'approved', users.editor)
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'it',
      data: { title: italianNow.title, summary: italianNow.summary, _status: 'published' },
      ...as(users.editor),
    })
    // The translator reworks the outdated French: they may save French drafts, so only the
    // restore rule itself stands between them and a restore in French.
    const outdated = await taskFor(ctx.payload, article.id, 'fr')
    expect(outdated.status).toBe('outdated')
    await claimAndStart(ctx.payload, outdated, users.translator)
  })

  async function state() {
    return { row: await publishedRow(ctx.payload, article.id), draft: await workingDraft(ctx.payload, article.id, users.editor) }
  }

  it('a translator is refused on REST, the Local API and GraphQL, and nothing changes', async () => {
    const before = await state()
    const viaRest = await rest(ctx.payload, 'POST', `/articles/versions/${attemptVersion}?locale=fr`, {
      token: tokens.translator,
    })
    expect(viaRest.status).toBe(403)
    expect(restError(viaRest.json)).toMatch(/I traduttori non possono ripristinare versioni/)
    await expect(
      ctx.payload.restoreVersion({ collection: 'articles', id: String(attemptVersion), locale: 'fr', ...as(users.translator) }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/I traduttori non possono ripristinare versioni/) })
    const viaGraphql = await graphql(ctx.payload, `mutation { restoreVersionArticle(id: ${attemptVersion}) { id } }`, {
      token: tokens.translator,
    })
    expect(viaGraphql.errors?.[0]?.message).toMatch(/I traduttori non possono ripristinare versioni/)
    expect(await state()).toEqual(before)
  })

  it('an anonymous caller is refused, and nothing changes', async () => {
    const before = await state()
    expect((await rest(ctx.payload, 'POST', `/articles/versions/${attemptVersion}?locale=it`)).status).toBe(403)
    await expect(
      ctx.payload.restoreVersion({ collection: 'articles', id: String(attemptVersion), ...anonymous }),
    ).rejects.toMatchObject({
      status: 403,
    })
    const viaGraphql = await graphql(ctx.payload, `mutation { restoreVersionArticle(id: ${firstPublished}) { id } }`)
    expect(viaGraphql.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(await state()).toEqual(before)
  })

  it('an editor’s restore (REST, Local API, GraphQL) becomes the working draft only, with the editor’s fields kept', async () => {
    const before = await state()
    expect(localeSlice(before.row, 'it')).toMatchObject({ title: italianNow.title })

    const restores = [
      async () => {
        const viaRest = await rest(ctx.payload, 'POST', `/articles/versions/${attemptVersion}?locale=fr`, {
          token: tokens.editor,
        })
        expect(viaRest.status).toBe(200)
      },
      // What the admin's "Restore" button sends for a published version (no draft flag).
      () => ctx.payload.restoreVersion({ collection: 'articles', id: String(firstPublished), ...as(users.editor) }),
      async () => {
        const viaGraphql = await graphql(ctx.payload, `mutation { restoreVersionArticle(id: ${attemptVersion}) { id } }`, {
          token: tokens.editor,
        })
        expect(viaGraphql.errors).toBeUndefined()
      },
    ]
    for (const restore of restores) {
      await restore()
      const after = await state()
      expect(after.row).toEqual(before.row)
      expect(after.draft.title).toMatchObject({ it: italian.title })
      // The restored draft keeps the article's topic, author, first publication date and sources.
      expect({
        topic: after.draft.topic,
        sources: after.draft.sources,
        publishedAt: after.draft.publishedAt,
        author: after.draft.author,
      }).toEqual(editorSlice(before.row))
      // Visitors see none of it, draft reads included.
      const seen = await everythingAnonymous(ctx.payload, article.id)
      expect(seen).toContain(italianNow.title)
      for (const secret of [frenchAttempt.title, frenchAttempt.summary ?? '', italian.title]) expect(seen).not.toContain(secret)
      expect(await anonymousViews(ctx.payload, article.id, 'fr')).toEqual(everywhere(publicView(french)))
    }

    // Publishing the restored draft publishes its Italian; French stays the approved text.
    const published = await rest(ctx.payload, 'PATCH', `/articles/${article.id}?locale=it`, {
      token: tokens.editor,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    const row = await publishedRow(ctx.payload, article.id)
    expect(localeSlice(row, 'it')).toMatchObject({ title: italian.title })
    expect(localeSlice(row, 'fr')).toEqual(localeSlice(before.row, 'fr'))
    expect(editorSlice(row)).toEqual(editorSlice(before.row))
  })
})

describe('duplicating an article', () => {
  const italian = sampleText('Che cos’è un cookie?', 'Cookie italiano')
  const french = sampleText('Qu’est-ce qu’un cookie ?', 'Cookie français')
  const english = sampleText('What is a cookie (draft)', 'Cookie English draft')
  let original: Article

  beforeAll(async () => {
    original = await publishArticle(ctx.payload, users.editor, { topic: topic.id, text: italian, sources: [source.id] })
    await translateAndApprove(ctx.payload, {
      articleId: original.id,
      locale: 'fr',
      translator: users.translator,
      editor: users.editor,
      text: french,
    })
    await claimAndStart(ctx.payload, await taskFor(ctx.payload, original.id, 'en'), enTranslator)
    await saveDraft(ctx.payload, original.id, 'en', english, enTranslator)
  })

  async function articleCount(): Promise<number> {
    return (await ctx.payload.count({ collection: 'articles' })).totalDocs
  }

  it('a translator and an anonymous caller are refused', async () => {
    const count = await articleCount()
    const asTranslator = await rest(ctx.payload, 'POST', `/articles/${original.id}/duplicate?locale=it`, {
      token: tokens.translator,
      body: {},
    })
    expect(asTranslator.status).toBe(403)
    expect((await rest(ctx.payload, 'POST', `/articles/${original.id}/duplicate?locale=it`, { body: {} })).status).toBe(403)
    await expect(
      ctx.payload.duplicate({ collection: 'articles', id: original.id, locale: 'it', ...as(users.translator) }),
    ).rejects.toMatchObject({
      status: 403,
    })
    await expect(
      ctx.payload.duplicate({ collection: 'articles', id: original.id, locale: 'it', ...anonymous }),
    ).rejects.toMatchObject({
      status: 403,
    })
    expect(await articleCount()).toBe(count)
  })

  it('an editor’s duplicate is a draft, public nowhere, whose published row holds no French or English', async () => {
    const copies = [
      async () => {
        const viaRest = await rest(ctx.payload, 'POST', `/articles/${original.id}/duplicate?locale=it`, {
          token: tokens.editor,
          body: {},
        })
        expect(viaRest.status).toBe(200)
        const doc = viaRest.json.doc
        return typeof doc === 'object' && doc !== null && 'id' in doc ? Number(doc.id) : NaN
      },
      async () => {
        const doc = await ctx.payload.duplicate({
          collection: 'articles',
          id: original.id,
          locale: 'it',
          // The first copy took the "-copia" slug.
          data: { slug: 'cookie-seconda-copia' },
          ...as(users.editor),
        })
        return doc.id
      },
    ]
    const ids: number[] = []
    for (const copy of copies) {
      const id = await copy()
      ids.push(id)
      const row = await publishedRow(ctx.payload, id)
      expect(row._status).toBe('draft')
      expect(row.publicLocales).toEqual([])
      expect(hasText(row, 'fr')).toBe(false)
      expect(hasText(row, 'en')).toBe(false)
      for (const locale of ['it', 'fr', 'en'] as const) {
        expect(await anonymousViews(ctx.payload, id, locale)).toEqual(everywhere(null))
      }
      const seen = await everythingAnonymous(ctx.payload, id)
      for (const secret of [italian.title, french.title, english.title]) expect(seen).not.toContain(secret)
      // The copy is the editor's to work on: its draft has the source's text.
      expect((await workingDraft(ctx.payload, id, users.editor)).title).toMatchObject({
        it: expect.stringContaining(italian.title),
      })
    }

    // Publishing a copy publishes its Italian only; its translations start from "todo".
    const copyId = ids[1] ?? NaN
    const published = await rest(ctx.payload, 'PATCH', `/articles/${copyId}?locale=it`, {
      token: tokens.editor,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    const row = await publishedRow(ctx.payload, copyId)
    expect(row.publicLocales).toEqual(['it'])
    expect(hasText(row, 'fr')).toBe(false)
    expect(hasText(row, 'en')).toBe(false)
    expect(editorSlice(row)).toMatchObject({ topic: topic.id, sources: [source.id] })
    const copyItalian = localeSlice(row, 'it')
    expect(copyItalian.title).toEqual(expect.stringContaining(italian.title))
    expect(await anonymousViews(ctx.payload, copyId, 'it')).toEqual(
      everywhere({ title: copyItalian.title, summary: copyItalian.summary, seoDescription: copyItalian.seoDescription }),
    )
    for (const locale of ['fr', 'en'] as const) {
      expect(await anonymousViews(ctx.payload, copyId, locale)).toEqual(everywhere(null))
      expect((await taskFor(ctx.payload, copyId, locale)).status).toBe('todo')
    }
    const seen = await everythingAnonymous(ctx.payload, copyId)
    for (const secret of [french.title, french.summary ?? '', english.title]) expect(seen).not.toContain(secret)
  })
})
