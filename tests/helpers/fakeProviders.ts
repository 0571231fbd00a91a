import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local HTTP server that answers like DeepL's REST API v2 and LibreTranslate's /translate:
 * the request shape and auth they check, their success bodies and their error codes (taken
 * from the providers' API references). There is no network to the real services here.
 */
export type SeenRequest = { method: string; path: string; headers: IncomingMessage['headers']; body: Record<string, unknown> }
export type Reply = { status: number; body: unknown }

export type FakeProviders = {
  url: string
  key: string
  /** Every request received, in order. */
  seen: SeenRequest[]
  /** Answers for the next requests, whatever they ask. */
  queue: (...replies: Reply[]) => void
  reset: () => void
  close: () => Promise<void>
}

export const FAKE_DEEPL_KEY = 'test-key:fx'
export const FAKE_GLOSSARY_ID = 'def3a26b-3e84-45b3-84ae-0c0aaf3525f7'

/** A stand-in translation that keeps XML placeholders in place, the way DeepL's tag handling does. */
export function fakeTranslate(text: string, target: string): string {
  return text.replace(/[^<>]+(?=<|$)/g, (words) => (words.trim() ? `[${target}] ${words.trim()}` : words))
}

/**
 * LibreTranslate's stand-in marks each run with its language at the start, as a capital
 * word ("FR Così…"): a sentence after a full stop still starts with a capital, so the
 * target text is cut into the same sentences as the source.
 */
export function fakeLibreTranslate(text: string, target: string): string {
  return text.replace(/[^<>]+(?=<|$)/g, (words) => (words.trim() ? `${target.toUpperCase()} ${words.trim()}` : words))
}

function answer(request: SeenRequest, key: string): Reply {
  if (request.path === '/v2/translate') {
    if (request.headers.authorization !== `DeepL-Auth-Key ${key}`)
      return { status: 403, body: { message: 'Wrong endpoint or key' } }
    const texts = request.body.text
    if (!Array.isArray(texts) || typeof request.body.target_lang !== 'string') {
      return { status: 400, body: { message: "Value for 'target_lang' not supported." } }
    }
    return {
      status: 200,
      body: {
        translations: texts.map((text: string) => ({
          detected_source_language: request.body.source_lang,
          text: fakeTranslate(text, String(request.body.target_lang)),
        })),
      },
    }
  }
  if (request.path === '/v2/glossaries') {
    if (request.headers.authorization !== `DeepL-Auth-Key ${key}`)
      return { status: 403, body: { message: 'Wrong endpoint or key' } }
    return { status: 201, body: { glossary_id: FAKE_GLOSSARY_ID, ready: true, entry_count: 2 } }
  }
  if (request.path === '/translate') {
    const q = request.body.q
    if (!Array.isArray(q)) return { status: 400, body: { error: 'Invalid request: missing q parameter' } }
    return {
      status: 200,
      body: { translatedText: q.map((text: string) => fakeLibreTranslate(text, String(request.body.target))) },
    }
  }
  return { status: 404, body: { message: 'Not found' } }
}

export async function startFakeProviders(key = FAKE_DEEPL_KEY): Promise<FakeProviders> {
  const seen: SeenRequest[] = []
  let queued: Reply[] = []
  const server = createServer((request, response) => {
    let raw = ''
    request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')))
    request.on('end', () => {
      let body: Record<string, unknown> = {}
      try {
        body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {}
      } catch {
        body = { unparsed: raw }
      }
      const entry: SeenRequest = { method: request.method ?? '', path: request.url ?? '', headers: request.headers, body }
      seen.push(entry)
      const reply = queued.shift() ?? answer(entry, key)
      response.writeHead(reply.status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(reply.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    key,
    seen,
    queue: (...replies) => void queued.push(...replies),
    reset: () => {
      seen.length = 0
      queued = []
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
