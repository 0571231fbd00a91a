import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { buildAppConfig } from '@/buildConfig'
import { richText } from '@/richtext/build'
import { seedTopics } from '@/seed/data/topics'
import { apiClient, type Json } from '../helpers/adminSession'

/**
 * Scheduled publishing on a production build: a due `schedulePublish` job
 * (queued as Payload's drawer queues it) is run by the server's own jobs
 * runner, with no request to trigger it, and the page it publishes — a cached
 * 404 until then — is revalidated through the server's signed endpoint.
 */

const baseURL = inject('baseURL')
const client = apiClient(baseURL)
const stamp = Date.now().toString(36)
const slug = `e2e-programmato-${stamp}`
let editorToken = ''
let queuer: Payload | undefined

async function api(method: string, path: string, body?: unknown): Promise<Json> {
  const { status, json } = await client(method, path, { token: editorToken || undefined, body })
  if (status >= 300) throw new Error(`${method} ${path}: ${status} ${JSON.stringify(json)}`)
  return json
}

function field(json: unknown, name: string): unknown {
  return typeof json === 'object' && json !== null ? Reflect.get(json, name) : undefined
}

beforeAll(async () => {
  const login = await api('POST', '/users/login', { email: 'editor@example.com', password: 'dinogeek-dev' })
  editorToken = String(login.token)
  // Only to queue the job, on the server's database; this process runs no jobs itself.
  const config = await buildAppConfig({
    databaseUrl: inject('e2eDatabaseUrl'),
    payloadSecret: 'e2e-queuer-secret-0123456789abcdef0123',
    serverUrl: baseURL,
    mail: { fromAddress: 'cms@example.com', fromName: 'DinoGeek CMS' },
    jobsAutoRun: false,
  })
  queuer = await getPayload({ config, key: 'e2e-queuer' })
})

afterAll(async () => {
  await queuer?.destroy()
})

describe('a scheduled publication', () => {
  it('is run by the server’s jobs runner at its time, and the page goes live', { timeout: 240_000 }, async () => {
    const topics = await api('GET', `/topics?where[slug][equals]=${seedTopics[0]?.slug.it}&locale=it&depth=0`)
    const topicId = field(Array.isArray(topics.docs) ? topics.docs[0] : undefined, 'id')
    const created = await api('POST', '/articles?locale=it&draft=true', {
      title: `Un articolo programmato (${stamp})`,
      slug,
      topic: topicId,
      summary: 'Esce all’ora stabilita.',
      body: richText([{ type: 'p', text: 'Pubblicato dal calendario.' }]),
    })
    const id = field(created.doc, 'id')
    const me = await api('GET', '/users/me')
    const editorId = field(me.user, 'id')
    expect(typeof id).toBe('number')
    expect(typeof editorId).toBe('number')

    // A draft: the page is a 404, and that answer is what Next holds for the path.
    expect((await fetch(`${baseURL}/it/articoli/${slug}`)).status).toBe(404)

    if (!queuer || typeof id !== 'number' || typeof editorId !== 'number') throw new Error('set-up failed')
    await queuer.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: editorId } },
      waitUntil: new Date(),
    })

    // The runner looks every minute: within about two, the page is live.
    let status = 0
    const deadline = Date.now() + 200_000
    while (Date.now() < deadline) {
      status = (await fetch(`${baseURL}/it/articoli/${slug}`)).status
      if (status === 200) break
      await new Promise((resolve) => setTimeout(resolve, 3_000))
    }
    expect(status).toBe(200)

    const log = await api('GET', `/schedule-log?where[article][equals]=${id}&depth=0`)
    expect(Array.isArray(log.docs) ? log.docs[0] : undefined).toMatchObject({ outcome: 'done', scheduledBy: editorId })
  })
})
