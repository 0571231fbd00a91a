import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { installReaderQueue } from '@/security/installReaderQueue'

/**
 * The reader queue on a plain Node server (the production build installs it
 * under `next start` from instrumentation.ts): with every slot taken by a
 * visitor's read that has not answered yet, further anonymous reads wait, and a
 * request with credentials or a save goes straight through.
 */

const SLOTS = 2
let server: Server
let uninstall: () => void
const held: ServerResponse[] = []
const seen: string[] = []

function url(path: string): string {
  const { port } = server.address() as AddressInfo
  return `http://127.0.0.1:${port}${path}`
}

beforeAll(async () => {
  uninstall = installReaderQueue(SLOTS)
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    seen.push(`${request.method} ${request.url}`)
    // `/hold` answers only when the test says so: a slow page render.
    if (request.url?.startsWith('/hold')) held.push(response)
    else response.end('done')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  await fetch(url('/warm')).then((response) => response.text())
})

afterAll(async () => {
  uninstall()
  for (const response of held) response.end()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const settled = () => new Promise((resolve) => setTimeout(resolve, 100))

describe('reader queue', () => {
  it('holds anonymous reads past the slots, lets saves and signed-in reads through, then serves the waiting reads in order', async () => {
    seen.length = 0
    const slow = [fetch(url('/hold/1')), fetch(url('/hold/2'))]
    await settled()
    const waiting = fetch(url('/page'))
    await settled()
    expect(seen).toEqual(['GET /hold/1', 'GET /hold/2'])

    const save = await fetch(url('/api/articles/1'), { method: 'PATCH', body: '{}' })
    expect(await save.text()).toBe('done')
    const signedIn = await fetch(url('/admin'), { headers: { cookie: 'payload-token=abc' } })
    expect(await signedIn.text()).toBe('done')
    const withToken = await fetch(url('/api/articles'), { headers: { authorization: 'JWT abc' } })
    expect(await withToken.text()).toBe('done')
    expect(seen).not.toContain('GET /page')

    held.shift()?.end('slow done')
    expect(await (await waiting).text()).toBe('done')
    expect(seen.indexOf('GET /page')).toBeGreaterThan(seen.indexOf('GET /api/articles'))
    held.shift()?.end('slow done')
    expect(await Promise.all(slow.map(async (response) => (await response).text()))).toEqual(['slow done', 'slow done'])
  })
})
