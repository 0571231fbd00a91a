import { request } from 'node:http'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { richText } from '@/richtext/build'
import { seedTopics } from '@/seed/data/topics'
import { apiClient, type Json } from '../helpers/adminSession'
import { startRedis, redisMissing, type Redis } from '../helpers/redis'
import { startS3, type S3Server } from '../helpers/s3'
import { freePort, startNext, TEST_SERVER_SECRET, type NextProcess } from '../helpers/server'
import { startVarnish, varnishMissing, type Varnish } from '../helpers/varnish'

/**
 * Scale-out on one machine (#16): two production replicas of the e2e build on
 * the e2e database, sharing one real Redis (Debian's `redis-server`) for Next's
 * cache, and a real Varnish running `varnish.vcl` balancing both. A page one
 * replica rendered is a cache hit on the other; a publication through replica A
 * is served by replica B and through Varnish within moments although pages are
 * cached for an hour; a purge by key evicts exactly its pages; with Redis
 * stopped both replicas keep serving, each says so once, and they share the
 * cache again when it is back; admin and previews never come from Varnish; an
 * upload through replica A is stored in the shared bucket (s3rver) and served
 * by replica B.
 */

const databaseUrl = inject('e2eDatabaseUrl')
const missing = redisMissing() ?? varnishMissing()
if (missing) console.warn(`[e2e] scale-out tests SKIPPED: ${missing}`)

const stamp = Date.now().toString(36)
const slug = `e2e-repliche-${stamp}`
const path = `/it/articoli/${slug}`

let redis: Redis
let s3: S3Server
let varnish: Varnish
let replicaA: NextProcess
let replicaB: NextProcess
let editorToken = ''
let articleId: unknown

async function replicaEnv(port: number, extra: Record<string, string>): Promise<NodeJS.ProcessEnv> {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: TEST_SERVER_SECRET,
    NEXT_PUBLIC_SERVER_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
    // The e2e server runs the jobs; two more runners on one database would only race it.
    JOBS_AUTORUN: 'false',
    ...extra,
  }
}

function viaVarnish(target: string, headers: Record<string, string> = {}, method = 'GET') {
  const url = new URL(target, varnish.url)
  return new Promise<{ status: number; cache: string; body: string }>((resolve, reject) => {
    request({ host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method, headers }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, cache: String(response.headers['x-cache'] ?? ''), body }),
      )
    })
      .on('error', reject)
      .end()
  })
}

async function pageOf(replica: NextProcess, target = path) {
  const response = await fetch(`${replica.baseURL}${target}`)
  return { status: response.status, cache: response.headers.get('x-nextjs-cache'), body: await response.text() }
}

/** Polls until `seen` holds, for at most `limitMs`; the time it took, or null. */
async function within(limitMs: number, seen: () => Promise<boolean>): Promise<number | null> {
  const started = Date.now()
  while (Date.now() - started < limitMs) {
    if (await seen()) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return null
}

describe.skipIf(missing !== null)('two replicas, one Redis, Varnish in front', () => {
  beforeAll(async () => {
    redis = await startRedis()
    s3 = await startS3()
    const [portA, portB, varnishPort] = [await freePort(), await freePort(), await freePort()]
    const purge = {
      CACHE_PURGE: 'varnish',
      VARNISH_PURGE_URLS: `http://127.0.0.1:${varnishPort}/`,
      REDIS_URL: redis.url,
      S3_BUCKET: s3.settings.bucket,
      S3_ENDPOINT: s3.settings.endpoint ?? '',
      S3_ACCESS_KEY_ID: s3.settings.credentials?.accessKeyId ?? '',
      S3_SECRET_ACCESS_KEY: s3.settings.credentials?.secretAccessKey ?? '',
    }
    // One after the other: each checks at start-up that it can write the shared SQLite file.
    replicaA = await startNext({ port: portA, env: await replicaEnv(portA, purge), label: 'replica A' })
    replicaB = await startNext({ port: portB, env: await replicaEnv(portB, purge), label: 'replica B' })
    varnish = await startVarnish({
      backends: [
        { host: '127.0.0.1', port: portA },
        { host: '127.0.0.1', port: portB },
      ],
      port: varnishPort,
    })

    const api = apiClient(replicaA.baseURL)
    const login = await api('POST', '/users/login', { body: { email: 'editor@example.com', password: 'dinogeek-dev' } })
    editorToken = String(login.json.token)
    const topics = await api('GET', `/topics?where[slug][equals]=${seedTopics[0]?.slug.it}&locale=it&depth=0`)
    const topic = Array.isArray(topics.json.docs) ? (topics.json.docs[0] as Json | undefined) : undefined
    const created = await api('POST', '/articles?locale=it&depth=0', {
      token: editorToken,
      body: {
        title: `Due repliche e una cache (${stamp})`,
        slug,
        topic: topic?.id,
        summary: `Prima versione ${stamp}.`,
        body: richText([{ type: 'p', text: 'Servita da due repliche.' }]),
        _status: 'published',
      },
    })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    articleId = (created.json.doc as Json | undefined)?.id
  })

  afterAll(async () => {
    await varnish?.stop()
    await Promise.all([replicaA?.stop(), replicaB?.stop()])
    await redis?.stop()
    await s3?.stop()
  })

  it('a page rendered by one replica is a cache hit on the other', async () => {
    const first = await pageOf(replicaA)
    expect(first.status).toBe(200)
    const other = await pageOf(replicaB)
    expect(other.status).toBe(200)
    expect(other.cache).toBe('HIT')
    expect(other.body).toContain(`Prima versione ${stamp}.`)
  })

  it('a publication through replica A is served by replica B and through Varnish', async () => {
    await pageOf(replicaB)
    await viaVarnish(path)
    expect((await viaVarnish(path)).cache).toBe('HIT')
    const summary = `Seconda versione ${stamp}.`
    const saved = await apiClient(replicaA.baseURL)('PATCH', `/articles/${String(articleId)}?locale=it&depth=0`, {
      token: editorToken,
      body: { summary, _status: 'published' },
    })
    expect(saved.status).toBe(200)
    // Pages are cached for an hour: only the shared revalidation and the purge can show this at once.
    const onB = await within(15_000, async () => (await pageOf(replicaB)).body.includes(summary))
    const throughVarnish = await within(15_000, async () => (await viaVarnish(path)).body.includes(summary))
    console.info(`[e2e] published on A: on B after ${onB} ms, through Varnish after ${throughVarnish} ms`)
    expect(onB).not.toBeNull()
    expect(throughVarnish).not.toBeNull()
  })

  it('a purge by key evicts exactly the pages filed under it', async () => {
    const legal = '/it/avviso-legale'
    for (const target of [path, legal]) {
      await viaVarnish(target)
      expect((await viaVarnish(target)).cache, target).toBe('HIT')
    }
    const purged = await viaVarnish('/', { 'xkey-purge': `page:/it/articles/${slug}` }, 'PURGE')
    expect(purged.status).toBe(200)
    expect((await viaVarnish(path)).cache).toBe('MISS')
    expect((await viaVarnish(legal)).cache).toBe('HIT')
  })

  it('never serves the admin or a preview from Varnish', async () => {
    for (const [target, headers] of [
      ['/admin/login', {}],
      [path, { cookie: '__prerender_bypass=e2e' }],
    ] as const) {
      await viaVarnish(target, headers)
      expect((await viaVarnish(target, headers)).cache, target).toBe('PASS')
    }
  })

  it('an upload through replica A lands in the shared bucket and replica B serves it', async () => {
    const picture = await sharp({ create: { width: 640, height: 360, channels: 3, background: '#2f6f4f' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.set('file', new Blob([new Uint8Array(picture)], { type: 'image/png' }), `rack-${stamp}.png`)
    form.set('_payload', JSON.stringify({ alt: 'Un armadio di server' }))
    const uploaded = await fetch(`${replicaA.baseURL}/api/media?locale=it`, {
      method: 'POST',
      headers: { Authorization: `JWT ${editorToken}` },
      body: form,
    })
    const json = (await uploaded.json()) as { doc?: { filename?: string } }
    expect(uploaded.status, JSON.stringify(json)).toBe(201)
    const filename = json.doc?.filename ?? ''
    expect(await s3.keys()).toContain(filename)
    const served = await fetch(`${replicaB.baseURL}/api/media/file/${filename}`)
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(picture)).toBe(true)
  })

  it('keeps serving with Redis stopped, says so once, and shares the cache again when it is back', async () => {
    await redis.stop()
    for (let round = 0; round < 3; round += 1) {
      for (const replica of [replicaA, replicaB]) {
        for (const target of [path, '/it', '/fr/sujets']) {
          const page = await pageOf(replica, target)
          expect(page.status, `${replica.baseURL}${target} with Redis stopped`).toBe(200)
        }
      }
    }
    expect((await viaVarnish('/en')).status).toBe(200)
    for (const replica of [replicaA, replicaB]) {
      expect(replica.log().match(/\[cache\] Redis at .* is unreachable/g)).toHaveLength(1)
    }

    await redis.start()
    for (const replica of [replicaA, replicaB]) {
      const back = await within(15_000, () => Promise.resolve(/\[cache\] Redis at .* is back/.test(replica.log())))
      expect(back, `${replica.baseURL} reconnects`).not.toBeNull()
    }
    // Shared again: what A renders now, B reads from Redis.
    const target = '/fr/sujets'
    await pageOf(replicaA, target)
    expect((await pageOf(replicaB, target)).cache).toBe('HIT')
  })
})
