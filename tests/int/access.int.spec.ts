import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Topic } from '@/payload-types'
import { createArticle, createSource, createTopic, createUsers, fixturePassword, type TestUser } from '../helpers/fixtures'
import { rawRequest, rest } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * Create/read/update/delete per role through the Local API with
 * `overrideAccess: false`, exactly as REST and GraphQL evaluate access.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let topic: Topic
let published: Article
let draft: Article

const forbidden = { status: 403 }

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  topic = await createTopic(ctx.payload)
  published = await createArticle(ctx.payload, { title: 'Che cos’è il DNS?', topic: topic.id, status: 'published' })
  draft = await createArticle(ctx.payload, { title: 'Bozza segreta', topic: topic.id, status: 'draft' })
})

afterAll(async () => {
  await ctx?.cleanup()
})

const as = (role: 'anonymous' | 'admin' | 'editor' | 'translator') =>
  role === 'anonymous' ? { overrideAccess: false as const } : { overrideAccess: false as const, user: users[role] }

describe('articles', () => {
  it('anonymous reads published articles only', async () => {
    const result = await ctx.payload.find({ collection: 'articles', ...as('anonymous') })
    expect(result.docs.map((doc) => doc.id)).toEqual([published.id])
    await expect(ctx.payload.findByID({ collection: 'articles', id: draft.id, ...as('anonymous') })).rejects.toThrow()
  })

  it.each(['translator', 'editor', 'admin'] as const)('%s reads drafts too', async (role) => {
    const result = await ctx.payload.find({ collection: 'articles', draft: true, ...as(role) })
    expect(result.docs.map((doc) => doc.id).sort()).toEqual([published.id, draft.id].sort())
  })

  it.each(['anonymous', 'translator'] as const)('%s cannot create, update or delete', async (role) => {
    await expect(
      ctx.payload.create({ collection: 'articles', locale: 'it', data: { title: 'X', topic: topic.id }, ...as(role) }),
    ).rejects.toMatchObject(forbidden)
    await expect(
      ctx.payload.update({ collection: 'articles', id: published.id, locale: 'it', data: { title: 'Y' }, ...as(role) }),
    ).rejects.toMatchObject(forbidden)
    await expect(ctx.payload.delete({ collection: 'articles', id: published.id, ...as(role) })).rejects.toMatchObject(forbidden)
    const unchanged = await ctx.payload.findByID({ collection: 'articles', id: published.id, locale: 'it' })
    expect(unchanged.title).toBe('Che cos’è il DNS?')
  })

  it.each(['editor', 'admin'] as const)('%s creates, updates and deletes', async (role) => {
    const created = await ctx.payload.create({
      collection: 'articles',
      locale: 'it',
      data: { title: `Articolo di ${role}`, topic: topic.id, _status: 'published' },
      ...as(role),
    })
    expect(created.slug).toBe(`articolo-di-${role}`)
    const updated = await ctx.payload.update({
      collection: 'articles',
      id: created.id,
      locale: 'it',
      data: { summary: 'Aggiornato' },
      ...as(role),
    })
    expect(updated.summary).toBe('Aggiornato')
    await ctx.payload.delete({ collection: 'articles', id: created.id, ...as(role) })
    const left = await ctx.payload.find({ collection: 'articles', where: { id: { equals: created.id } } })
    expect(left.totalDocs).toBe(0)
  })
})

describe.each(['topics', 'sources'] as const)('%s', (collection) => {
  const data = () =>
    collection === 'topics'
      ? { name: 'Test topic', order: 99 }
      : { title: 'A test source', type: 'webpage' as const, url: 'https://example.com/' }

  it('anyone reads', async () => {
    for (const role of ['anonymous', 'translator'] as const) {
      const result = await ctx.payload.find({ collection, ...as(role) })
      expect(result.totalDocs).toBeGreaterThanOrEqual(collection === 'topics' ? 1 : 0)
    }
  })

  it.each(['anonymous', 'translator'] as const)('%s cannot write', async (role) => {
    await expect(ctx.payload.create({ collection, locale: 'it', data: data(), ...as(role) })).rejects.toMatchObject(forbidden)
    if (collection === 'topics') {
      await expect(ctx.payload.update({ collection, id: topic.id, data: { order: 5 }, ...as(role) })).rejects.toMatchObject(
        forbidden,
      )
      await expect(ctx.payload.delete({ collection, id: topic.id, ...as(role) })).rejects.toMatchObject(forbidden)
    }
  })

  it.each(['editor', 'admin'] as const)('%s creates, updates and deletes', async (role) => {
    const doc = await ctx.payload.create({ collection, locale: 'it', data: data(), ...as(role) })
    const updated = await ctx.payload.update({
      collection,
      id: doc.id,
      locale: 'it',
      data: collection === 'topics' ? { order: 42 } : { year: 2024 },
      ...as(role),
    })
    expect(collection === 'topics' ? 'order' in updated && updated.order : 'year' in updated && updated.year).toBe(
      collection === 'topics' ? 42 : 2024,
    )
    await ctx.payload.delete({ collection, id: doc.id, ...as(role) })
  })
})

describe('translations', () => {
  let frTaskId: number | string
  let enTaskId: number | string

  beforeAll(async () => {
    // Publishing created them (one per target locale).
    const { docs } = await ctx.payload.find({ collection: 'translations', where: { article: { equals: published.id } } })
    frTaskId = docs.find((doc) => doc.locale === 'fr')?.id ?? -1
    enTaskId = docs.find((doc) => doc.locale === 'en')?.id ?? -1
  })

  it('anonymous reads nothing', async () => {
    await expect(ctx.payload.find({ collection: 'translations', ...as('anonymous') })).rejects.toMatchObject(forbidden)
  })

  it('a translator reads only the tasks of their languages and cannot write', async () => {
    const result = await ctx.payload.find({ collection: 'translations', ...as('translator') })
    expect(result.docs.map((doc) => doc.id)).toEqual([frTaskId])
    await expect(
      ctx.payload.update({ collection: 'translations', id: frTaskId, data: { status: 'approved' }, ...as('translator') }),
    ).rejects.toMatchObject(forbidden)
    await expect(
      ctx.payload.create({ collection: 'translations', data: { article: draft.id, locale: 'fr' }, ...as('translator') }),
    ).rejects.toMatchObject(forbidden)
  })

  it.each(['editor', 'admin'] as const)('%s reads all tasks and manages them', async (role) => {
    const result = await ctx.payload.find({ collection: 'translations', ...as(role) })
    expect(result.docs.map((doc) => doc.id).sort()).toEqual([frTaskId, enTaskId].sort())
    const task = await ctx.payload.create({
      collection: 'translations',
      data: { article: draft.id, locale: 'fr' },
      ...as(role),
    })
    await ctx.payload.update({ collection: 'translations', id: task.id, data: { assignee: users.translator.id }, ...as(role) })
    await ctx.payload.delete({ collection: 'translations', id: task.id, ...as(role) })
  })

  it("assigns only translators of the task's language", async () => {
    await expect(
      ctx.payload.update({ collection: 'translations', id: enTaskId, data: { assignee: users.translator.id }, ...as('editor') }),
    ).rejects.toThrow()
  })

  it('allows one task per article and target locale', async () => {
    await expect(
      ctx.payload.create({ collection: 'translations', data: { article: published.id, locale: 'fr' } }),
    ).rejects.toThrow()
    const count = await ctx.payload.count({ collection: 'translations', where: { article: { equals: published.id } } })
    expect(count.totalDocs).toBe(2)
  })
})

describe('citation requests', () => {
  const request = () => ({
    name: 'Mario Rossi',
    email: 'mario@example.org',
    article: published.id,
    locale: 'it' as const,
    proposedUrl: 'https://example.org/paper',
    message: 'Please cite my paper.',
  })

  it.each(['anonymous', 'translator'] as const)('%s cannot create one (visitors go through the site’s form)', async (role) => {
    await expect(
      ctx.payload.create({ collection: 'citation-requests', data: { ...request(), status: 'accepted' }, ...as(role) }),
    ).rejects.toMatchObject(forbidden)
  })

  it.each(['editor', 'admin'] as const)('%s records one by hand', async (role) => {
    const doc = await ctx.payload.create({
      collection: 'citation-requests',
      data: { ...request(), status: 'accepted' },
      ...as(role),
    })
    expect(doc.status).toBe('accepted')
    await ctx.payload.delete({ collection: 'citation-requests', id: doc.id })
  })

  it.each(['anonymous', 'translator'] as const)('%s cannot read, update or delete', async (role) => {
    await expect(ctx.payload.find({ collection: 'citation-requests', ...as(role) })).rejects.toMatchObject(forbidden)
    const doc = await ctx.payload.create({ collection: 'citation-requests', data: request() })
    await expect(
      ctx.payload.update({ collection: 'citation-requests', id: doc.id, data: { status: 'declined' }, ...as(role) }),
    ).rejects.toMatchObject(forbidden)
    await expect(ctx.payload.delete({ collection: 'citation-requests', id: doc.id, ...as(role) })).rejects.toMatchObject(
      forbidden,
    )
  })

  it.each(['editor', 'admin'] as const)('%s triages', async (role) => {
    const doc = await ctx.payload.create({ collection: 'citation-requests', data: request() })
    const found = await ctx.payload.find({ collection: 'citation-requests', ...as(role) })
    expect(found.totalDocs).toBeGreaterThan(0)
    const updated = await ctx.payload.update({
      collection: 'citation-requests',
      id: doc.id,
      data: { status: 'accepted' },
      ...as(role),
    })
    expect(updated.status).toBe('accepted')
    await ctx.payload.delete({ collection: 'citation-requests', id: doc.id, ...as(role) })
  })
})

describe('media', () => {
  const file = async () => {
    const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0b57a4' } })
      .png()
      .toBuffer()
    return { data, mimetype: 'image/png', name: `dot-${Math.random().toString(36).slice(2)}.png`, size: data.length }
  }

  it.each(['anonymous', 'translator'] as const)('%s cannot upload', async (role) => {
    await expect(
      ctx.payload.create({ collection: 'media', locale: 'it', data: { alt: 'Punto' }, file: await file(), ...as(role) }),
    ).rejects.toMatchObject(forbidden)
  })

  it('an editor uploads, anyone reads, the editor deletes', async () => {
    const doc = await ctx.payload.create({
      collection: 'media',
      locale: 'it',
      data: { alt: 'Punto blu' },
      file: await file(),
      ...as('editor'),
    })
    const read = await ctx.payload.findByID({ collection: 'media', id: doc.id, locale: 'it', ...as('anonymous') })
    expect(read.alt).toBe('Punto blu')
    await ctx.payload.delete({ collection: 'media', id: doc.id, ...as('editor') })
  })
})

describe('users', () => {
  it('anonymous cannot list or create users', async () => {
    await expect(ctx.payload.find({ collection: 'users', ...as('anonymous') })).rejects.toMatchObject(forbidden)
    await expect(
      ctx.payload.create({
        collection: 'users',
        data: { email: 'x@test.example', name: 'X', role: 'admin', password: 'whatever-123' },
        ...as('anonymous'),
      }),
    ).rejects.toMatchObject(forbidden)
  })

  it('an editor sees the team with e-mails and roles (to assign tasks)', async () => {
    const team = await ctx.payload.find({ collection: 'users', sort: 'id', ...as('editor') })
    expect(team.totalDocs).toBe(3)
    for (const doc of team.docs) {
      expect(doc.email).toMatch(/@/)
      expect(doc.role).toBeTruthy()
    }
  })

  it('a translator sees colleagues’ names only: no e-mail, role or languages but their own', async () => {
    const team = await ctx.payload.find({ collection: 'users', sort: 'id', ...as('translator') })
    expect(team.totalDocs).toBe(3)
    for (const doc of team.docs) {
      expect(doc.name).toBeTruthy()
      if (doc.id === users.translator.id) {
        expect(doc.email).toBe(users.translator.email)
        expect(doc.role).toBe('translator')
      } else {
        expect(doc).not.toHaveProperty('email')
        expect(doc).not.toHaveProperty('role')
        expect(doc).not.toHaveProperty('translatorLocales')
      }
    }
    // Nor can they find colleagues by e-mail or role.
    await expect(
      ctx.payload.find({ collection: 'users', where: { email: { equals: users.editor.email } }, ...as('translator') }),
    ).rejects.toThrow()
    await expect(
      ctx.payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, ...as('translator') }),
    ).rejects.toThrow()
  })

  it('over REST and GraphQL too, a translator reads a colleague’s name and nothing else of theirs', async () => {
    const login = await rest(ctx.payload, 'POST', '/users/login', {
      body: { email: users.translator.email, password: fixturePassword },
    })
    const token = String(login.json.token)
    const editor = await rest(ctx.payload, 'GET', `/users/${users.editor.id}?depth=0`, { token })
    expect(editor.status).toBe(200)
    expect(editor.json.name).toBe(users.editor.name)
    expect(editor.json).not.toHaveProperty('email')
    expect(editor.json).not.toHaveProperty('role')
    const graphql = await rawRequest(ctx.payload, 'POST', '', {
      token,
      graphql: true,
      contentType: 'application/json',
      body: JSON.stringify({ query: `{ User(id: ${users.editor.id}) { name email role } }` }),
    })
    const answer = JSON.parse(graphql.text) as { data?: { User?: { name: string; email: string | null; role: string | null } } }
    expect(answer.data?.User?.name).toBe(users.editor.name)
    expect(answer.data?.User?.email ?? null).toBeNull()
    expect(answer.data?.User?.role ?? null).toBeNull()
  })

  it.each(['editor', 'translator'] as const)('%s edits only themselves and cannot change their role', async (role) => {
    const updated = await ctx.payload.update({
      collection: 'users',
      id: users[role].id,
      data: { name: `${role} renamed`, role: 'admin' },
      ...as(role),
    })
    expect(updated.name).toBe(`${role} renamed`)
    expect(updated.role).toBe(role)
    await expect(
      ctx.payload.update({ collection: 'users', id: users.admin.id, data: { name: 'Hacked' }, ...as(role) }),
    ).rejects.toMatchObject(forbidden)
    await expect(ctx.payload.delete({ collection: 'users', id: users.admin.id, ...as(role) })).rejects.toMatchObject(forbidden)
  })

  it('an admin manages users and roles', async () => {
    const created = await ctx.payload.create({
      collection: 'users',
      data: {
        email: 'new.translator@test.example',
        name: 'New',
        role: 'translator',
        translatorLocales: ['en'],
        password: 'long-password-123',
      },
      ...as('admin'),
    })
    const promoted = await ctx.payload.update({ collection: 'users', id: created.id, data: { role: 'editor' }, ...as('admin') })
    expect(promoted.role).toBe('editor')
    await ctx.payload.delete({ collection: 'users', id: created.id, ...as('admin') })
  })
})

describe('globals', () => {
  it('legal: anyone reads, only editors and admins update', async () => {
    await ctx.payload.findGlobal({ slug: 'legal', locale: 'it', ...as('anonymous') })
    for (const role of ['anonymous', 'translator'] as const) {
      await expect(
        ctx.payload.updateGlobal({ slug: 'legal', locale: 'it', data: { title: 'Hacked' }, ...as(role) }),
      ).rejects.toMatchObject(forbidden)
    }
    for (const role of ['editor', 'admin'] as const) {
      const legal = await ctx.payload.updateGlobal({ slug: 'legal', locale: 'it', data: { title: role }, ...as(role) })
      expect(legal.title).toBe(role)
    }
  })

  it('site settings: anyone reads, only admins update', async () => {
    const data = { tagline: 'Motto', contactEmail: 'dino@example.com' }
    const before = await ctx.payload.findGlobal({ slug: 'site-settings', locale: 'it', ...as('anonymous') })
    for (const role of ['anonymous', 'translator', 'editor'] as const) {
      await expect(
        ctx.payload.updateGlobal({ slug: 'site-settings', locale: 'it', data: { ...data, tagline: role }, ...as(role) }),
      ).rejects.toMatchObject(forbidden)
    }
    const after = await ctx.payload.findGlobal({ slug: 'site-settings', locale: 'it', ...as('anonymous') })
    expect(after.tagline).toBe(before.tagline)
    const settings = await ctx.payload.updateGlobal({ slug: 'site-settings', locale: 'it', data, ...as('admin') })
    expect(settings.tagline).toBe('Motto')
  })
})

describe('sources are cited but never translated', () => {
  it('has no localized fields', async () => {
    const source = await createSource(ctx.payload)
    const fr = await ctx.payload.findByID({ collection: 'sources', id: source.id, locale: 'fr' })
    expect(fr.title).toBe(source.title)
  })
})
