import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Topic } from '@/payload-types'
import { createArticle, createTopic, createUsers } from '../helpers/fixtures'
import { graphql, rest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let topic: Topic
let published: Article
let draft: Article
let editorToken: string
let translatorToken: string

beforeAll(async () => {
  ctx = await createTestPayload()
  await createUsers(ctx.payload)
  editorToken = await tokenFor(ctx.payload, 'editor@test.example', 'correct-horse-battery-staple')
  translatorToken = await tokenFor(ctx.payload, 'translator@test.example', 'correct-horse-battery-staple')
  topic = await createTopic(ctx.payload)
  published = await createArticle(ctx.payload, { title: 'Pubblico', topic: topic.id, status: 'published' })
  draft = await createArticle(ctx.payload, { title: 'Bozza', topic: topic.id, status: 'draft' })
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('REST', () => {
  it('anonymous lists published articles only', async () => {
    const { status, json } = await rest(ctx.payload, 'GET', '/articles?locale=it&depth=0')
    expect(status).toBe(200)
    expect((json.docs as { id: number }[]).map((doc) => doc.id)).toEqual([published.id])
  })

  it('anonymous cannot read versions or pending drafts', async () => {
    expect((await rest(ctx.payload, 'GET', '/articles/versions')).status).toBe(403)
    await ctx.payload.update({
      collection: 'articles',
      id: published.id,
      locale: 'it',
      draft: true,
      data: { title: 'Bozza non ancora pubblicata' },
    })
    const { status, json } = await rest(ctx.payload, 'GET', `/articles/${published.id}?locale=it&draft=true&depth=0`)
    expect(status).toBe(200)
    expect(json.title).toBe('Pubblico')
  })

  it('anonymous cannot create an article or read users', async () => {
    expect((await rest(ctx.payload, 'POST', '/articles', { body: { title: 'X', topic: topic.id } })).status).toBe(403)
    expect((await rest(ctx.payload, 'GET', '/users')).status).toBe(403)
  })

  it('a translator cannot edit an article without an open task, an editor can', async () => {
    const denied = await rest(ctx.payload, 'PATCH', `/articles/${published.id}?locale=fr&draft=true`, {
      token: translatorToken,
      body: { title: 'Traduction pirate' },
    })
    expect(denied.status).toBe(403)
    const allowed = await rest(ctx.payload, 'PATCH', `/articles/${draft.id}?locale=it&draft=true`, {
      token: editorToken,
      body: { summary: 'Nuova sintesi' },
    })
    expect(allowed.status).toBe(200)
  })

  it('anonymous may neither create citation requests (the site’s form does) nor read them', async () => {
    const body = {
      name: 'Ada',
      email: 'ada@example.org',
      article: published.id,
      locale: 'it',
      proposedUrl: 'https://example.org/',
    }
    expect((await rest(ctx.payload, 'POST', '/citation-requests', { body })).status).toBe(403)
    expect((await rest(ctx.payload, 'POST', '/citation-requests', { token: editorToken, body })).status).toBe(201)
    expect((await rest(ctx.payload, 'GET', '/citation-requests')).status).toBe(403)
    expect((await rest(ctx.payload, 'GET', '/citation-requests', { token: editorToken })).status).toBe(200)
  })

  it('site settings are the admin’s: an editor is refused, an admin saves', async () => {
    const body = { tagline: 'Motto della redazione', contactEmail: 'redazione@example.com' }
    const denied = await rest(ctx.payload, 'POST', '/globals/site-settings?locale=it', { token: editorToken, body })
    expect(denied.status).toBe(403)
    const adminToken = await tokenFor(ctx.payload, 'admin@test.example', 'correct-horse-battery-staple')
    const saved = await rest(ctx.payload, 'POST', '/globals/site-settings?locale=it', { token: adminToken, body })
    expect(saved.status).toBe(200)
    expect((await ctx.payload.findGlobal({ slug: 'site-settings', locale: 'it' })).tagline).toBe('Motto della redazione')
  })
})

describe('REST workflow refusals', () => {
  it('answer 400 with the reason and the allowed moves', async () => {
    const { docs } = await ctx.payload.find({ collection: 'translations', where: { article: { equals: published.id } } })
    const task = docs.find((doc) => doc.locale === 'fr')
    const { status, json } = await rest(ctx.payload, 'PATCH', `/translations/${task?.id}`, {
      token: editorToken,
      body: { status: 'approved' },
    })
    expect(status).toBe(400)
    // No admin language named: Payload's fallback, Italian (tests/int/workflow-language.int.spec.ts covers the others).
    expect(JSON.stringify(json.errors)).toContain('Da «Da fare», un redattore può spostarlo in «In corso».')
  })
})

describe('GraphQL', () => {
  it('anonymous sees published articles only', async () => {
    const result = await graphql(ctx.payload, '{ Articles(locale: it) { docs { id title } } }')
    const docs = (result.data?.Articles as { docs: { id: number }[] }).docs
    expect(docs.map((doc) => doc.id)).toEqual([published.id])
    // Asking for drafts does not reveal them.
    const drafts = await graphql(ctx.payload, '{ Articles(locale: it, draft: true) { docs { id title } } }')
    const titles = (drafts.data?.Articles as { docs: { title: string }[] }).docs.map((doc) => doc.title)
    expect(titles).not.toContain('Bozza')
    expect(titles).not.toContain('Bozza non ancora pubblicata')
  })

  it('a translator cannot create topics; an editor can', async () => {
    const mutation = 'mutation { createTopic(data: { name: "GraphQL", order: 9 }, locale: it) { id name } }'
    const denied = await graphql(ctx.payload, mutation, { token: translatorToken })
    expect(denied.errors?.[0]?.extensions?.statusCode).toBe(403)
    const allowed = await graphql(ctx.payload, mutation, { token: editorToken })
    expect(allowed.errors).toBeUndefined()
    expect((allowed.data?.createTopic as { name: string }).name).toBe('GraphQL')
  })

  it('an editor cannot change the site settings', async () => {
    const mutation =
      'mutation { updateSiteSetting(data: { tagline: "Motto pirata", contactEmail: "pirata@example.com" }, locale: it) { tagline } }'
    const denied = await graphql(ctx.payload, mutation, { token: editorToken })
    expect(denied.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect((await ctx.payload.findGlobal({ slug: 'site-settings', locale: 'it' })).tagline).not.toBe('Motto pirata')
  })
})
