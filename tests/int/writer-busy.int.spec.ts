import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { setTransactionQueueTimeout } from '@/db/transactions'
import type { Topic } from '@/payload-types'
import { createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { graphql, rest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { as, password } from '../helpers/workflow'

/**
 * A write that waits too long for SQLite's one writer fails at once with a 503
 * that says nothing was saved, in the caller's admin language on REST and
 * GraphQL, and nothing of it lands. (MongoDB has no single writer to wait for.)
 */

let ctx: TestPayload
let editor: TestUser
let token: string
let topic: Topic

beforeAll(async () => {
  ctx = await createTestPayload()
  editor = (await createUsers(ctx.payload)).editor
  token = await tokenFor(ctx.payload, editor.email, password)
  topic = await createTopic(ctx.payload)
})

afterEach(() => setTransactionQueueTimeout(null))

afterAll(async () => {
  await ctx?.cleanup()
})

/** Runs `attempt` while another transaction holds the writer. */
async function whileWriterBusy<T>(attempt: () => Promise<T>): Promise<T> {
  setTransactionQueueTimeout(150)
  const holder = await ctx.payload.db.beginTransaction()
  try {
    return await attempt()
  } finally {
    if (holder !== null) await ctx.payload.db.rollbackTransaction(holder)
  }
}

describe.skipIf(process.env.TEST_DATABASE === 'mongodb')('a busy writer', () => {
  it('REST: 503 in the admin language of the request, nothing saved', async () => {
    const french = await whileWriterBusy(() =>
      rest(ctx.payload, 'PATCH', `/topics/${topic.id}?locale=it`, {
        token,
        headers: { 'Accept-Language': 'fr' },
        body: { name: 'Occupato' },
      }),
    )
    expect(french.status).toBe(503)
    expect(french.json).toEqual({
      errors: [
        {
          message:
            "La base de données est occupée par d'autres modifications ; rien n'a été enregistré. Réessayez dans un instant.",
        },
      ],
    })
    const italian = await whileWriterBusy(() =>
      rest(ctx.payload, 'POST', '/topics?locale=it', {
        token,
        headers: { Cookie: 'payload-lng=it', 'Accept-Language': 'en' },
        body: { name: 'Nuovo', slug: 'nuovo', order: 2 },
      }),
    )
    expect(italian.status).toBe(503)
    expect(JSON.stringify(italian.json)).toContain('Il database è occupato da altre modifiche; non è stato salvato nulla.')
    const after = await ctx.payload.findByID({ collection: 'topics', id: topic.id, locale: 'it' })
    expect(after.name).toBe(topic.name)
    expect((await ctx.payload.count({ collection: 'topics' })).totalDocs).toBe(1)
  })

  it('GraphQL: the same refusal in English for an English admin', async () => {
    const result = await whileWriterBusy(() =>
      graphql(ctx.payload, `mutation { updateTopic(id: ${topic.id}, data: { name: "Busy" }, locale: it) { id } }`, {
        token,
        headers: { 'Accept-Language': 'en' },
      }),
    )
    expect(result.errors?.[0]?.message).toBe('The database is busy with other changes; nothing was saved. Try again in a moment.')
    expect((await ctx.payload.findByID({ collection: 'topics', id: topic.id, locale: 'it' })).name).toBe(topic.name)
  })

  it('Local API: a 503 marked as such; once the writer is free the same write lands', async () => {
    const update = () =>
      ctx.payload.update({ collection: 'topics', id: topic.id, locale: 'it', data: { name: 'Libero' }, ...as(editor) })
    await expect(whileWriterBusy(update)).rejects.toMatchObject({ status: 503, data: { writerBusy: true } })
    expect((await update()).name).toBe('Libero')
  })
})
