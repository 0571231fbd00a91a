import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Topic } from '@/payload-types'
import { createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { rest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import {
  anonymousViews,
  claimAndStart,
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
  translateAndApprove,
  workingDraft,
} from '../helpers/workflow'

/**
 * Bulk writes (`PATCH /api/articles?where=…`, `DELETE /api/articles?where=…`)
 * go through the same rules as single ones: a translator can neither publish
 * nor touch the editor's fields, and an editor's bulk publish publishes the
 * Italian of each article, never a pending translation.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let topic: Topic
let otherTopic: Topic
let tokens: Record<'editor' | 'translator', string>

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  topic = await createTopic(ctx.payload, 'reti')
  otherTopic = await createTopic(ctx.payload, 'altro')
  tokens = {
    editor: await tokenFor(ctx.payload, users.editor.email, password),
    translator: await tokenFor(ctx.payload, users.translator.email, password),
  }
})

afterAll(async () => {
  await ctx?.cleanup()
})

function whereIds(ids: readonly number[]): string {
  return ids.map((id, index) => `where[id][in][${index}]=${id}`).join('&')
}

describe('bulk update and delete', () => {
  const italianA = sampleText('Che cos’è TCP?', 'TCP italiano')
  const italianDraftA = sampleText('Che cos’è TCP, davvero?', 'TCP bozza italiana')
  const frenchDraftA = sampleText('TCP (brouillon en cours)', 'TCP brouillon')
  const italianB = sampleText('Che cos’è UDP?', 'UDP italiano')
  const frenchB = sampleText('Qu’est-ce que UDP ?', 'UDP approuvé')
  const frenchEditB = sampleText('UDP (retouche non approuvée)', 'UDP retouche')
  let a: Article
  let b: Article

  beforeAll(async () => {
    // A: French in progress (never approved), and an Italian draft pending.
    a = await publishArticle(ctx.payload, users.editor, { topic: topic.id, text: italianA })
    await claimAndStart(ctx.payload, await taskFor(ctx.payload, a.id, 'fr'), users.translator)
    await saveDraft(ctx.payload, a.id, 'fr', frenchDraftA, users.translator)
    await saveDraft(ctx.payload, a.id, 'it', italianDraftA, users.editor)
    // B: French approved, then an editor's unapproved French edit as a draft.
    b = await publishArticle(ctx.payload, users.editor, { topic: topic.id, text: italianB })
    await translateAndApprove(ctx.payload, {
      articleId: b.id,
      locale: 'fr',
      translator: users.translator,
      editor: users.editor,
      text: frenchB,
    })
    await saveDraft(ctx.payload, b.id, 'fr', frenchEditB, users.editor)
  })

  async function stateOf(article: Article) {
    return { row: await publishedRow(ctx.payload, article.id), draft: await workingDraft(ctx.payload, article.id, users.editor) }
  }

  async function state() {
    return { a: await stateOf(a), b: await stateOf(b) }
  }

  it('a translator cannot publish, change the editor’s fields or delete in bulk; nor can an anonymous caller', async () => {
    const before = await state()
    const where = whereIds([a.id, b.id])
    const attempts = [
      {
        token: tokens.translator,
        method: 'PATCH' as const,
        path: `/articles?locale=fr&${where}`,
        body: { _status: 'published' },
      },
      {
        token: tokens.translator,
        method: 'PATCH' as const,
        path: `/articles?locale=fr&${where}`,
        body: { title: 'Titre en masse', _status: 'published' },
      },
      {
        token: tokens.translator,
        method: 'PATCH' as const,
        path: `/articles?locale=fr&draft=true&${where}`,
        body: { topic: otherTopic.id },
      },
      {
        token: tokens.translator,
        method: 'PATCH' as const,
        path: `/articles?locale=it&${where}`,
        body: { _status: 'published' },
      },
      { token: tokens.translator, method: 'DELETE' as const, path: `/articles?${where}`, body: undefined },
      { token: undefined, method: 'PATCH' as const, path: `/articles?locale=it&${where}`, body: { _status: 'published' } },
      {
        token: undefined,
        method: 'PATCH' as const,
        path: `/articles?locale=it&draft=true&${where}`,
        body: { topic: otherTopic.id },
      },
      { token: undefined, method: 'DELETE' as const, path: `/articles?${where}`, body: undefined },
    ]
    for (const attempt of attempts) {
      const response = await rest(ctx.payload, attempt.method, attempt.path, { token: attempt.token, body: attempt.body })
      expect(response.status, `${attempt.method} ${attempt.path}`).toBe(403)
    }
    const publishing = await rest(ctx.payload, 'PATCH', `/articles?locale=fr&${where}`, {
      token: tokens.translator,
      body: { _status: 'published' },
    })
    expect(restError(publishing.json)).toMatch(/va online quando un redattore approva il compito/)
    expect(await state()).toEqual(before)
  })

  it('an editor cannot publish French in bulk: 400 with the reason, nothing changed', async () => {
    const before = await state()
    const response = await rest(ctx.payload, 'PATCH', `/articles?locale=fr&${whereIds([a.id, b.id])}`, {
      token: tokens.editor,
      body: { _status: 'published' },
    })
    expect(response.status).toBe(400)
    expect(restError(response.json)).toMatch(/La traduzione in francese si pubblica approvando il suo compito di traduzione/)
    expect(await state()).toEqual(before)
  })

  it('an editor’s bulk publish publishes the Italian of each article and no pending French', async () => {
    const before = await state()
    const response = await rest(ctx.payload, 'PATCH', `/articles?locale=it&${whereIds([a.id, b.id])}`, {
      token: tokens.editor,
      body: { _status: 'published' },
    })
    expect(response.status).toBe(200)
    const after = await state()

    // A: its Italian draft is now public; the French draft is nowhere in the row.
    expect(localeSlice(after.a.row, 'it')).toMatchObject({ title: italianDraftA.title, summary: italianDraftA.summary })
    expect(hasText(after.a.row, 'fr')).toBe(false)
    expect(after.a.row.publicLocales).toEqual(['it'])
    // B: French is exactly the approved text, not the editor's later draft.
    expect(localeSlice(after.b.row, 'fr')).toEqual(localeSlice(before.b.row, 'fr'))
    expect(localeSlice(after.b.row, 'fr')).toMatchObject({ title: frenchB.title })
    expect(after.b.row.publicLocales).toEqual(['fr', 'it'])

    expect(await anonymousViews(ctx.payload, a.id, 'it')).toEqual(everywhere(publicView(italianDraftA)))
    expect(await anonymousViews(ctx.payload, a.id, 'fr')).toEqual(everywhere(null))
    expect(await anonymousViews(ctx.payload, b.id, 'fr')).toEqual(everywhere(publicView(frenchB)))
    const seen = (await everythingAnonymous(ctx.payload, a.id)) + (await everythingAnonymous(ctx.payload, b.id))
    for (const secret of [frenchDraftA.title, frenchDraftA.summary ?? '', frenchEditB.title, frenchEditB.summary ?? '']) {
      expect(seen).not.toContain(secret)
    }
    // The pending French drafts are still there for staff.
    expect(after.a.draft.title).toMatchObject({ fr: frenchDraftA.title })
    expect(after.b.draft.title).toMatchObject({ fr: frenchEditB.title })
  })

  it('an editor deletes in bulk: the rows, their versions and their tasks', async () => {
    const response = await rest(ctx.payload, 'DELETE', `/articles?${whereIds([a.id, b.id])}`, { token: tokens.editor })
    expect(response.status).toBe(200)
    const ids = [a.id, b.id]
    expect((await ctx.payload.count({ collection: 'articles', where: { id: { in: ids } } })).totalDocs).toBe(0)
    expect((await ctx.payload.countVersions({ collection: 'articles', where: { parent: { in: ids } } })).totalDocs).toBe(0)
    expect((await ctx.payload.count({ collection: 'translations', where: { article: { in: ids } } })).totalDocs).toBe(0)
  })
})
