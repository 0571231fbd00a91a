import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { createBodyEncoder, installBodyEncoding, MIN_CACHED_LENGTH, type BodyEncoder } from '@/http/encodedBodies'

/** A page-sized body with two-byte and four-byte characters, as the Italian and French pages have. */
const page = (word: string) => `<!DOCTYPE html><p>${`${word} è già ça 🦕 `.repeat(Math.ceil(MIN_CACHED_LENGTH / 10))}</p>`

function counting(encode: BodyEncoder) {
  const seen: string[] = []
  const wrapped: BodyEncoder = (body) => {
    seen.push(body.slice(0, 40))
    return encode(body)
  }
  return { wrapped, seen }
}

const servers: Server[] = []
const uninstalls: (() => void)[] = []
afterEach(async () => {
  uninstalls.splice(0).forEach((uninstall) => uninstall())
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

async function serve(handler: Parameters<typeof createServer>[1]): Promise<number> {
  const server = createServer(handler)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

function get(port: number, path = '/'): Promise<{ status: number; body: Buffer; length: string | undefined }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks), length: response.headers['content-length'] }),
      )
    })
      .on('error', reject)
      .end()
  })
}

describe('body encoder', () => {
  it('encodes to UTF-8 once per string and answers the same bytes after', () => {
    const encode = createBodyEncoder()
    const body = page('articolo')
    const first = encode(body)
    expect(first.equals(Buffer.from(body, 'utf8'))).toBe(true)
    expect(encode(body)).toBe(first)
    // An equal string that is another object still finds the bytes.
    expect(encode(`${body.slice(0, 10)}${body.slice(10)}`)).toBe(first)
  })

  it('keeps no more than its budget, dropping the least recently sent', () => {
    const one = page('uno')
    const encode = createBodyEncoder(Buffer.byteLength(one) + one.length * 2 + 10)
    const first = encode(one)
    encode(page('due'))
    expect(encode(one)).not.toBe(first)
    expect(encode(one).equals(first)).toBe(true)
  })
})

describe('responses with long string bodies', () => {
  it('go out byte for byte as Node would send them, encoded once for every request', async () => {
    const { wrapped, seen } = counting(createBodyEncoder())
    uninstalls.push(installBodyEncoding(wrapped))
    const body = page('pagina')
    const port = await serve((_request, response) => {
      response.setHeader('Content-Length', Buffer.byteLength(body))
      response.end(body)
    })
    const answers = await Promise.all([get(port), get(port), get(port)])
    for (const answer of answers) {
      expect(answer.status).toBe(200)
      expect(answer.body.equals(Buffer.from(body, 'utf8'))).toBe(true)
      expect(answer.length).toBe(String(Buffer.byteLength(body)))
    }
    expect(seen).toHaveLength(3)
  })

  it('leave short strings, other encodings, buffers and callbacks as they were', async () => {
    const { wrapped, seen } = counting(createBodyEncoder())
    uninstalls.push(installBodyEncoding(wrapped))
    const long = page('lungo')
    let callbacks = 0
    const port = await serve((incoming, response) => {
      if (incoming.url === '/short') return response.end('breve è')
      if (incoming.url === '/latin1') return response.end('é'.repeat(MIN_CACHED_LENGTH), 'latin1')
      if (incoming.url === '/buffer') return response.end(Buffer.from(long))
      response.end(long, () => {
        callbacks += 1
      })
    })
    expect((await get(port, '/short')).body.toString()).toBe('breve è')
    const latin1 = await get(port, '/latin1')
    expect(latin1.body.equals(Buffer.from('é'.repeat(MIN_CACHED_LENGTH), 'latin1'))).toBe(true)
    expect((await get(port, '/buffer')).body.toString()).toBe(long)
    expect(seen).toHaveLength(0)
    expect((await get(port, '/callback')).body.toString()).toBe(long)
    expect(seen).toHaveLength(1)
    await expect.poll(() => callbacks).toBe(1)
  })

  it('stop being rewritten once uninstalled', async () => {
    const { wrapped, seen } = counting(createBodyEncoder())
    installBodyEncoding(wrapped)()
    const body = page('fine')
    const port = await serve((_request, response) => response.end(body))
    expect((await get(port)).body.toString()).toBe(body)
    expect(seen).toHaveLength(0)
  })
})
