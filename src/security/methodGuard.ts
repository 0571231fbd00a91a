import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'

import { createReadPacer, isPacedMethod } from './readPacing'

/**
 * Requests whose method Next.js cannot handle, answered before Next sees them.
 *
 * Next wraps each request in a WHATWG `Request`, whose constructor throws on
 * the methods the Fetch standard forbids (TRACE, TRACK, CONNECT): `next start`
 * then answers 500. Node's parser already refuses methods it does not know
 * (a 400 without a word) and drops CONNECT without an answer. So, on the first
 * request each server receives (Node publishes it on the
 * `http.server.request.start` diagnostics channel just before the server's
 * `request` listeners run), the server's listeners are put behind a check of
 * the method, and `connect` and `clientError` get listeners that say what is
 * wrong. A request with an accepted method costs one Set lookup.
 */

/** The methods Next's route handlers and pages know (next/dist/server/web/http.js). */
export const acceptedMethods = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'] as const
const accepted = new Set<string>(acceptedMethods)
const allow = acceptedMethods.join(', ')

const CHANNEL = 'http.server.request.start'

export function isAcceptedMethod(method: string | undefined): boolean {
  return method !== undefined && accepted.has(method)
}

/** The answer's body: JSON like the rest of the API under /api, plain text elsewhere. */
export function methodRefusal(method: string, path: string): { status: number; contentType: string; body: string } {
  const message = `The ${method} method is not supported. Use one of: ${allow}.`
  return path === '/api' || path.startsWith('/api/')
    ? { status: 405, contentType: 'application/json', body: JSON.stringify({ errors: [{ message }] }) }
    : { status: 405, contentType: 'text/plain; charset=utf-8', body: `${message}\n` }
}

const refusalHeaders = (contentType: string, body: string, methodProblem = true) => ({
  ...(methodProblem ? { Allow: allow } : {}),
  'Cache-Control': 'no-store',
  'Content-Type': contentType,
  'Content-Length': String(Buffer.byteLength(body)),
  'X-Content-Type-Options': 'nosniff',
})

function refuseRequest(request: IncomingMessage, response: ServerResponse): void {
  const { status, contentType, body } = methodRefusal(request.method ?? '', (request.url ?? '/').split('?', 1)[0] ?? '/')
  response.writeHead(status, refusalHeaders(contentType, body))
  response.end(request.method === 'HEAD' ? undefined : body)
}

/** A whole response written on a raw socket (the connection closes after it). */
function rawResponse(status: number, reason: string, message: string, methodProblem = false): string {
  const body = `${message}\n`
  const headers = Object.entries({ ...refusalHeaders('text/plain; charset=utf-8', body, methodProblem), Connection: 'close' })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')
  return `HTTP/1.1 ${status} ${reason}\r\n${headers}\r\n${body}`
}

/**
 * What Node itself answers when a request cannot be parsed (its default without
 * a `clientError` listener, lib/_http_server.js), with a sentence in the body;
 * an unknown method gets its own.
 */
export function clientErrorResponse(code: string | undefined): string {
  switch (code) {
    case 'HPE_INVALID_METHOD':
      return rawResponse(400, 'Bad Request', `Unknown HTTP method. Use one of: ${allow}.`, true)
    case 'HPE_HEADER_OVERFLOW':
      return rawResponse(431, 'Request Header Fields Too Large', 'The request headers are too large.')
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return rawResponse(413, 'Payload Too Large', 'The chunk extensions are too large.')
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return rawResponse(408, 'Request Timeout', 'The request took too long to arrive.')
    default:
      return rawResponse(400, 'Bad Request', 'The request is not valid HTTP.')
  }
}

const guarded = new WeakSet<Server>()

function guardServer(server: Server): void {
  if (guarded.has(server)) return
  guarded.add(server)
  const listeners = server.listeners('request') as ((request: IncomingMessage, response: ServerResponse) => void)[]
  server.removeAllListeners('request')
  const paceRead = createReadPacer()
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (!accepted.has(request.method ?? '')) return refuseRequest(request, response)
    const dispatch = () => {
      for (const listener of listeners) listener.call(server, request, response)
    }
    // Reads wait their turn in small batches so new connections (an editor's save) are accepted at once (./readPacing.ts).
    if (isPacedMethod(request.method)) paceRead(dispatch)
    else dispatch()
  })
  // Without a listener Node destroys a CONNECT's socket without a word.
  if (server.listenerCount('connect') === 0) {
    server.on('connect', (_request: IncomingMessage, socket: Duplex) => {
      socket.end(
        rawResponse(
          405,
          'Method Not Allowed',
          `The CONNECT method is not supported (this is not a proxy). Use one of: ${allow}.`,
          true,
        ),
      )
    })
  }
  if (server.listenerCount('clientError') === 0) {
    server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
      // Nothing can be written once a response has started (Node's own rule).
      if (socket.writable && 'bytesWritten' in socket && socket.bytesWritten === 0) socket.end(clientErrorResponse(error.code))
      else socket.destroy(error)
    })
  }
}

function isRequestStart(message: unknown): message is { server: Server } {
  return typeof message === 'object' && message !== null && 'server' in message
}

/** Guards every HTTP server of this process from its next request on; returns the way to stop guarding new ones. */
export function installMethodGuard(): () => void {
  const onRequest = (message: unknown) => {
    if (isRequestStart(message)) guardServer(message.server)
  }
  subscribe(CHANNEL, onRequest)
  return () => {
    unsubscribe(CHANNEL, onRequest)
  }
}
