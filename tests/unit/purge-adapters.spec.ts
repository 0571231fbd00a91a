import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { readEnv } from '@/env'
import { createCloudflarePurger } from '@/site/purge/cloudflare'
import { createFastlyPurger } from '@/site/purge/fastly'
import { purgerFromEnv } from '@/site/purge/fromEnv'
import { createPurgeScheduler } from '@/site/purge/schedule'
import type { Purger } from '@/site/purge/types'
import { createVarnishPurger, XKEY_PURGE_HEADER } from '@/site/purge/varnish'

/**
 * There is no network to Fastly or Cloudflare here: each adapter talks to a
 * local server that answers as their purge APIs do (Fastly's purge by
 * surrogate key, Cloudflare's purge by cache tag: paths, auth headers, body
 * shapes, the refusals they send). Varnish's side is the repository's VCL,
 * tested against a real Varnish in tests/e2e/varnish.e2e.spec.ts; here the
 * request the adapter sends.
 */

type Seen = { method: string; url: string; headers: IncomingMessage['headers']; body: string }
const seen: Seen[] = []
let server: Server
let url = ''
/** What the next answers are, by request count; beyond the list, success. */
let failures: { status: number; body: string }[] = []

const FASTLY_TOKEN = 'fastly-token-test'
const CLOUDFLARE_TOKEN = 'cloudflare-token-test'

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body })
      const failure = failures.shift()
      if (failure) {
        response.writeHead(failure.status, { 'content-type': 'application/json' }).end(failure.body)
        return
      }
      if (request.url?.startsWith('/service/')) {
        if (request.headers['fastly-key'] !== FASTLY_TOKEN) {
          response
            .writeHead(401, { 'content-type': 'application/json' })
            .end('{"msg":"Provided credentials are missing or invalid"}')
          return
        }
        const keys = (JSON.parse(body) as { surrogate_keys: string[] }).surrogate_keys
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify(Object.fromEntries(keys.map((key, index) => [key, `purge-${index}`]))))
        return
      }
      if (request.url?.startsWith('/zones/')) {
        if (request.headers.authorization !== `Bearer ${CLOUDFLARE_TOKEN}`) {
          response
            .writeHead(403, { 'content-type': 'application/json' })
            .end('{"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"messages":[],"result":null}')
          return
        }
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end('{"success":true,"errors":[],"messages":[],"result":{"id":"zone-purge"}}')
        return
      }
      // Varnish's VCL answers a purge with a sentence.
      response.writeHead(request.method === 'PURGE' ? 200 : 405, { 'content-type': 'text/plain' }).end('Purged 3 objects.\n')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  seen.length = 0
  failures = []
})

const keys = (count: number) => Array.from({ length: count }, (_, index) => `page:/it/articles/a-${index}`)

describe('Varnish purger', () => {
  it('sends one PURGE per Varnish with the keys in the xkey-purge header', async () => {
    await createVarnishPurger([`${url}/`, `${url}/second`]).purge(['site', 'page:/it'])
    expect(seen.map((request) => [request.method, request.url, request.headers[XKEY_PURGE_HEADER]])).toEqual(
      expect.arrayContaining([
        ['PURGE', '/', 'site page:/it'],
        ['PURGE', '/second', 'site page:/it'],
      ]),
    )
    expect(seen).toHaveLength(2)
  })

  it('fails with what Varnish answered', async () => {
    failures = [{ status: 403, body: 'Purging is allowed from the app only.' }]
    await expect(createVarnishPurger([`${url}/`]).purge(['site'])).rejects.toThrow(/403: Purging is allowed from the app only/)
  })
})

describe('Fastly purger', () => {
  it('purges by surrogate key with the API token, softly, 256 keys per call', async () => {
    await createFastlyPurger({ serviceId: 'SU1Z0isxPaozGVKXdv0eY', apiToken: FASTLY_TOKEN, apiUrl: url }).purge(keys(300))
    expect(seen).toHaveLength(2)
    expect(seen[0]?.method).toBe('POST')
    expect(seen[0]?.url).toBe('/service/SU1Z0isxPaozGVKXdv0eY/purge')
    expect(seen[0]?.headers['fastly-soft-purge']).toBe('1')
    expect((JSON.parse(seen[0]?.body ?? '{}') as { surrogate_keys: string[] }).surrogate_keys).toHaveLength(256)
    expect((JSON.parse(seen[1]?.body ?? '{}') as { surrogate_keys: string[] }).surrogate_keys).toHaveLength(44)
  })

  it('fails with Fastly’s words on a wrong token', async () => {
    await expect(createFastlyPurger({ serviceId: 'svc', apiToken: 'wrong', apiUrl: url }).purge(['site'])).rejects.toThrow(
      /fastly answered 401: .*credentials are missing or invalid/,
    )
  })
})

describe('Cloudflare purger', () => {
  it('purges by cache tag with a bearer token, 30 tags per call', async () => {
    await createCloudflarePurger({ zoneId: '023e105f4ecef8ad9ca31a8372d0c353', apiToken: CLOUDFLARE_TOKEN, apiUrl: url }).purge(
      keys(31),
    )
    expect(seen.map((request) => request.url)).toEqual([
      '/zones/023e105f4ecef8ad9ca31a8372d0c353/purge_cache',
      '/zones/023e105f4ecef8ad9ca31a8372d0c353/purge_cache',
    ])
    expect((JSON.parse(seen[0]?.body ?? '{}') as { tags: string[] }).tags).toHaveLength(30)
  })

  it('fails on a refusal, and on a 200 that does not confirm', async () => {
    await expect(createCloudflarePurger({ zoneId: 'z', apiToken: 'wrong', apiUrl: url }).purge(['site'])).rejects.toThrow(
      /cloudflare answered 403: .*Authentication error/,
    )
    failures = [{ status: 200, body: '{"success":false,"errors":[{"code":1134,"message":"Too many tags"}]}' }]
    await expect(
      createCloudflarePurger({ zoneId: 'z', apiToken: CLOUDFLARE_TOKEN, apiUrl: url }).purge(['site']),
    ).rejects.toThrow(/did not confirm.*Too many tags/)
  })
})

describe('purge schedule', () => {
  const log = () => {
    const lines: string[] = []
    return { lines, info: (line: string) => lines.push(`info ${line}`), error: (line: string) => lines.push(`error ${line}`) }
  }
  const noWait = () => Promise.resolve()

  it('tries again after a failure and says so', async () => {
    failures = [{ status: 503, body: 'Backend fetch failed' }]
    const lines = log()
    const schedule = createPurgeScheduler(createVarnishPurger([`${url}/`]), lines, [0, 0, 0], noWait)
    await expect(schedule(['site'])).resolves.toBe(true)
    expect(seen).toHaveLength(2)
    expect(lines.lines.join('\n')).toMatch(
      /try 1 failed \(varnish .* answered 503: Backend fetch failed\)[\s\S]*purged 1 keys on try 2/,
    )
  })

  it('gives up after its tries with an error in the log, never a rejection', async () => {
    const down: Purger = { name: 'varnish', purge: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:1')) }
    const lines = log()
    await expect(createPurgeScheduler(down, lines, [0, 0, 0], noWait)(['site', 'page:/it'])).resolves.toBe(false)
    expect(lines.lines.at(-1)).toMatch(/^error \[purge\] varnish: gave up on site page:\/it after 3 tries: connect ECONNREFUSED/)
  })

  it('waits before the first try, so Next has applied the revalidation', async () => {
    const waits: number[] = []
    const purged: string[][] = []
    const purger: Purger = { name: 'test', purge: (batch) => Promise.resolve(void purged.push(batch)) }
    await createPurgeScheduler(purger, log(), [200, 1_000], (ms) => Promise.resolve(void waits.push(ms)))(['site'])
    expect(waits).toEqual([200])
    expect(purged).toEqual([['site']])
    await createPurgeScheduler(purger, log())([])
    expect(purged).toHaveLength(1)
  })
})

describe('CACHE_PURGE', () => {
  const base = { NODE_ENV: 'test' }
  it('is none by default and names each engine’s settings', () => {
    expect(readEnv(base).cachePurge).toEqual({ provider: 'none' })
    expect(purgerFromEnv(readEnv(base).cachePurge)).toBeNull()
    expect(
      readEnv({ ...base, CACHE_PURGE: 'varnish', VARNISH_PURGE_URLS: 'http://varnish-a/, http://varnish-b:6081/' }).cachePurge,
    ).toEqual({
      provider: 'varnish',
      urls: ['http://varnish-a/', 'http://varnish-b:6081/'],
    })
    expect(
      purgerFromEnv(readEnv({ ...base, CACHE_PURGE: 'fastly', FASTLY_SERVICE_ID: 's', FASTLY_API_TOKEN: 't' }).cachePurge)?.name,
    ).toBe('fastly')
    expect(
      purgerFromEnv(
        readEnv({ ...base, CACHE_PURGE: 'Cloudflare', CLOUDFLARE_ZONE_ID: 'z', CLOUDFLARE_API_TOKEN: 't' }).cachePurge,
      )?.name,
    ).toBe('cloudflare')
  })

  it('refuses a misconfiguration at start-up, naming the variable', () => {
    expect(() => readEnv({ ...base, CACHE_PURGE: 'akamai' })).toThrow(/CACHE_PURGE must be none, varnish, fastly or cloudflare/)
    expect(() => readEnv({ ...base, CACHE_PURGE: 'varnish' })).toThrow(/VARNISH_PURGE_URLS is required when CACHE_PURGE=varnish/)
    expect(() => readEnv({ ...base, CACHE_PURGE: 'varnish', VARNISH_PURGE_URLS: 'http://ok/,ftp://no' })).toThrow(
      /VARNISH_PURGE_URLS must be http\(s\) URLs/,
    )
    expect(() => readEnv({ ...base, CACHE_PURGE: 'fastly', FASTLY_SERVICE_ID: 's' })).toThrow(/FASTLY_API_TOKEN is required/)
    expect(() => readEnv({ ...base, CACHE_PURGE: 'cloudflare', CLOUDFLARE_API_TOKEN: 't' })).toThrow(
      /CLOUDFLARE_ZONE_ID is required/,
    )
    expect(() =>
      readEnv({ ...base, CACHE_PURGE: 'fastly', FASTLY_SERVICE_ID: 's', FASTLY_API_TOKEN: 't', FASTLY_API_URL: 'nope' }),
    ).toThrow(/FASTLY_API_URL must be an http/)
  })
})
