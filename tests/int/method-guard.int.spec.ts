import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { installMethodGuard } from '@/security/methodGuard'

/**
 * The method guard on a plain Node server (the production build runs it under
 * `next start`: tests/e2e/security-headers.e2e.spec.ts): methods Next cannot
 * wrap in a Request answer 405, unparsable ones 400, both saying why, and the
 * server's own listener sees only the accepted methods.
 */

let server: Server
let uninstall: () => void
const seen: string[] = []

function exchange(request: string): Promise<string> {
  const { port } = server.address() as AddressInfo
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request))
    let answer = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => (answer += chunk))
    socket.on('end', () => resolve(answer))
    socket.on('error', reject)
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer')))
  })
}

const request = (method: string, target: string) => `${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`

beforeAll(async () => {
  uninstall = installMethodGuard()
  server = createServer((req, res) => {
    seen.push(req.method ?? '')
    res.end('app')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  // The guard takes over on the server's first request.
  await exchange(request('GET', '/'))
})

afterAll(async () => {
  uninstall()
  await new Promise((resolve) => server.close(resolve))
})

describe('HTTP method guard', () => {
  it('TRACE and other methods outside Next’s list: 405, Allow, a sentence (JSON under /api)', async () => {
    for (const method of ['TRACE', 'PROPFIND', 'PURGE', 'MKCOL', 'LOCK']) {
      const api = await exchange(request(method, '/api/articles'))
      expect(api, method).toMatch(/^HTTP\/1\.1 405 /)
      expect(api).toContain('\r\nAllow: GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH\r\n')
      expect(api).toContain(
        `{"errors":[{"message":"The ${method} method is not supported. Use one of: GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH."}]}`,
      )
      expect(await exchange(request(method, '/it/articoli/x'))).toMatch(/^HTTP\/1\.1 405 [^]*text\/plain[^]*is not supported/)
    }
  })

  it('CONNECT: 405 instead of a dropped connection; TRACK and garbage: 400 saying why', async () => {
    expect(await exchange(request('CONNECT', 'example.com:443'))).toMatch(/^HTTP\/1\.1 405 [^]*CONNECT method is not supported/)
    for (const method of ['TRACK', 'FOOBAR', 'G3T']) {
      expect(await exchange(request(method, '/')), method).toMatch(/^HTTP\/1\.1 400 [^]*Unknown HTTP method/)
    }
    expect(await exchange('GARBAGE\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /)
  })

  it('accepted methods reach the app, and only they do', async () => {
    seen.length = 0
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      expect(await exchange(request(method, '/'))).toMatch(/^HTTP\/1\.1 200 [^]*app$/)
    }
    await exchange(request('TRACE', '/'))
    expect(seen).toEqual(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
  })
})
