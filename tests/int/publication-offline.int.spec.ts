import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Topic } from '@/payload-types'
import { createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { graphql, rest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import {
  anonymousViews,
  everythingAnonymous,
  everywhere,
  hasText,
  localeSlice,
  password,
  publicView,
  publishArticle,
  publishedRow,
  restError,
  sampleText,
  saveDraft,
  taskFor,
  textStrings,
  translateAndApprove,
  workingDraft,
  type Text,
} from '../helpers/workflow'

/**
 * Taking a language offline: deleting its task, an editor moving its task back
 * to "todo" with a reason, or unpublishing the source (the whole article). The
 * language's text leaves every anonymous answer and the published row, and
 * stays in the working draft for staff.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let topic: Topic
let tokens: Record<'editor' | 'translator', string>

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  topic = await createTopic(ctx.payload, 'sicurezza')
  tokens = {
    editor: await tokenFor(ctx.payload, users.editor.email, password),
    translator: await tokenFor(ctx.payload, users.translator.email, password),
  }
})

afterAll(async () => {
  await ctx?.cleanup()
})

/** An article public in Italian and French (approved). */
async function bilingual(italian: Text, french: Text): Promise<Article> {
  const article = await publishArticle(ctx.payload, users.editor, { topic: topic.id, text: italian })
  await translateAndApprove(ctx.payload, {
    articleId: article.id,
    locale: 'fr',
    translator: users.translator,
    editor: users.editor,
    text: french,
  })
  expect(await anonymousViews(ctx.payload, article.id, 'fr')).toEqual(everywhere(publicView(french)))
  return article
}

/** French is gone from every anonymous answer and from the published row; Italian is still public. */
async function expectFrenchOffline(article: Article, italian: Text, french: Text) {
  const row = await publishedRow(ctx.payload, article.id)
  expect(hasText(row, 'fr')).toBe(false)
  expect(row.publicLocales).toEqual(['it'])
  expect(await anonymousViews(ctx.payload, article.id, 'fr')).toEqual(everywhere(null))
  expect(await anonymousViews(ctx.payload, article.id, 'it')).toEqual(everywhere(publicView(italian)))
  // A `locale=all` read answers with the Italian only.
  const { json } = await rest(ctx.payload, 'GET', `/articles?locale=all&depth=0&where[id][equals]=${article.id}`)
  const docs = Array.isArray(json.docs) ? json.docs : []
  expect(docs.map((doc: { title?: unknown }) => doc.title)).toEqual([{ it: italian.title }])
  // Every other anonymous read (by id, lists, `draft=true`, every locale) has no French text.
  const seen = await everythingAnonymous(ctx.payload, article.id)
  for (const secret of textStrings(french)) expect(seen).not.toContain(secret)
}

describe('deleting a translation task', () => {
  const italian = sampleText('Che cos’è TLS?', 'TLS italiano')
  const french = sampleText('Qu’est-ce que TLS ?', 'TLS français')

  it('a translator cannot delete it', async () => {
    const article = await bilingual(
      sampleText('Che cos’è SSH?', 'SSH italiano'),
      sampleText('Qu’est-ce que SSH ?', 'SSH français'),
    )
    const task = await taskFor(ctx.payload, article.id, 'fr')
    expect((await rest(ctx.payload, 'DELETE', `/translations/${task.id}`, { token: tokens.translator })).status).toBe(403)
    expect((await taskFor(ctx.payload, article.id, 'fr')).status).toBe('approved')
    expect(hasText(await publishedRow(ctx.payload, article.id), 'fr')).toBe(true)
  })

  it('an editor deleting the approved French task takes French offline everywhere; staff keep its text in the draft', async () => {
    const article = await bilingual(italian, french)
    const task = await taskFor(ctx.payload, article.id, 'fr')
    const response = await rest(ctx.payload, 'DELETE', `/translations/${task.id}`, { token: tokens.editor })
    expect(response.status).toBe(200)
    await expectFrenchOffline(article, italian, french)
    const draft = await workingDraft(ctx.payload, article.id, users.editor)
    expect(draft.title).toMatchObject({ fr: french.title })
    expect(draft.summary).toMatchObject({ fr: french.summary })
  })
})

describe('unpublishing one language (task back to "todo" with a reason)', () => {
  const reason = 'La terminologia francese va rivista.'

  it('REST: without a reason 400, a translator refused; with a reason French goes offline and the reason is in the history', async () => {
    const italian = sampleText('Che cos’è un certificato?', 'Certificato italiano')
    const french = sampleText('Qu’est-ce qu’un certificat ?', 'Certificat français')
    const article = await bilingual(italian, french)
    const task = await taskFor(ctx.payload, article.id, 'fr')

    const silent = await rest(ctx.payload, 'PATCH', `/translations/${task.id}`, {
      token: tokens.editor,
      body: { status: 'todo' },
    })
    expect(silent.status).toBe(400)
    expect(restError(silent.json)).toMatch(/Per ritirare una traduzione serve un motivo/)
    const byTranslator = await rest(ctx.payload, 'PATCH', `/translations/${task.id}`, {
      token: tokens.translator,
      body: { status: 'todo', transitionComment: 'Non mi piace più.' },
    })
    expect([400, 403]).toContain(byTranslator.status)
    expect(restError(byTranslator.json)).toMatch(/Solo un redattore può ritirare una traduzione/)
    expect((await taskFor(ctx.payload, article.id, 'fr')).status).toBe('approved')
    expect(await anonymousViews(ctx.payload, article.id, 'fr')).toEqual(everywhere(publicView(french)))

    const unpublished = await rest(ctx.payload, 'PATCH', `/translations/${task.id}`, {
      token: tokens.editor,
      body: { status: 'todo', transitionComment: reason },
    })
    expect(unpublished.status).toBe(200)
    const after = await taskFor(ctx.payload, article.id, 'fr')
    expect(after.status).toBe('todo')
    expect(after.history?.at(-1)).toMatchObject({ from: 'approved', to: 'todo', comment: reason, by: users.editor.id })
    await expectFrenchOffline(article, italian, french)
    expect((await workingDraft(ctx.payload, article.id, users.editor)).title).toMatchObject({ fr: french.title })
  })

  it('GraphQL updateTranslation does the same, and says why it refuses', async () => {
    const italian = sampleText('Che cos’è una firma digitale?', 'Firma italiano')
    const french = sampleText('Qu’est-ce qu’une signature numérique ?', 'Signature français')
    const article = await bilingual(italian, french)
    const task = await taskFor(ctx.payload, article.id, 'fr')
    const mutation = (comment: string) =>
      `mutation { updateTranslation(id: ${task.id}, data: { status: todo${comment ? `, transitionComment: ${JSON.stringify(comment)}` : ''} }) { status } }`

    const silent = await graphql(ctx.payload, mutation(''), { token: tokens.editor })
    expect(silent.errors?.[0]?.message).toMatch(/Per ritirare una traduzione serve un motivo/)
    const byTranslator = await graphql(ctx.payload, mutation('Non mi piace più.'), { token: tokens.translator })
    expect(byTranslator.errors?.[0]?.message).toMatch(/Solo un redattore può ritirare una traduzione/)
    expect(await anonymousViews(ctx.payload, article.id, 'fr')).toEqual(everywhere(publicView(french)))

    const unpublished = await graphql(ctx.payload, mutation(reason), { token: tokens.editor })
    expect(unpublished.errors).toBeUndefined()
    expect(unpublished.data?.updateTranslation).toEqual({ status: 'todo' })
    expect((await taskFor(ctx.payload, article.id, 'fr')).history?.at(-1)).toMatchObject({ to: 'todo', comment: reason })
    await expectFrenchOffline(article, italian, french)
  })
})

describe('unpublishing the source', () => {
  it('takes the whole article offline; publishing again brings back the Italian and French exactly as approved', async () => {
    const italian = sampleText('Che cos’è HSTS?', 'HSTS italiano')
    const french = sampleText('Qu’est-ce que HSTS ?', 'HSTS français')
    const article = await bilingual(italian, french)
    const before = await publishedRow(ctx.payload, article.id)

    // What the admin's Unpublish button sends.
    const unpublished = await rest(ctx.payload, 'PATCH', `/articles/${article.id}?locale=it`, {
      token: tokens.editor,
      body: { _status: 'draft' },
    })
    expect(unpublished.status).toBe(200)
    const offline = await publishedRow(ctx.payload, article.id)
    expect(offline._status).toBe('draft')
    expect(offline.publicLocales).toEqual([])
    for (const locale of ['it', 'fr', 'en'] as const) {
      expect(await anonymousViews(ctx.payload, article.id, locale)).toEqual(everywhere(null))
    }
    const seen = await everythingAnonymous(ctx.payload, article.id)
    for (const secret of [...textStrings(italian), ...textStrings(french)]) expect(seen).not.toContain(secret)
    expect((await taskFor(ctx.payload, article.id, 'fr')).status).toBe('approved')

    // Meanwhile an editor drafts a French change that nobody approved.
    const frenchEdit = sampleText('HSTS (retouche)', 'HSTS retouche')
    await saveDraft(ctx.payload, article.id, 'fr', frenchEdit, users.editor)

    const republished = await rest(ctx.payload, 'PATCH', `/articles/${article.id}?locale=it`, {
      token: tokens.editor,
      body: { _status: 'published' },
    })
    expect(republished.status).toBe(200)
    const row = await publishedRow(ctx.payload, article.id)
    expect(row._status).toBe('published')
    expect(row.publicLocales).toEqual(['fr', 'it'])
    expect(localeSlice(row, 'fr')).toEqual(localeSlice(before, 'fr'))
    expect(localeSlice(row, 'it')).toEqual(localeSlice(before, 'it'))
    expect(await anonymousViews(ctx.payload, article.id, 'it')).toEqual(everywhere(publicView(italian)))
    expect(await anonymousViews(ctx.payload, article.id, 'fr')).toEqual(everywhere(publicView(french)))
    const again = await everythingAnonymous(ctx.payload, article.id)
    for (const secret of textStrings(frenchEdit)) expect(again).not.toContain(secret)
    expect((await workingDraft(ctx.payload, article.id, users.editor)).title).toMatchObject({ fr: frenchEdit.title })
  })
})
