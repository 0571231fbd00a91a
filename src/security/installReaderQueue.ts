import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'

import { isAnonymousRead, ReaderQueue } from './readerQueue'

/**
 * Puts every HTTP server of this process behind a ReaderQueue from its first
 * request on (the same hook as src/security/methodGuard.ts: Node publishes
 * `http.server.request.start` just before the server's `request` listeners run).
 * `slots` 0 installs nothing. Returns the way to stop queueing new servers.
 */

const CHANNEL = 'http.server.request.start'
/** A slot is not held longer than this, whatever the client does (see ReaderQueue). */
const LEASE_MS = 2_000

type Listener = (request: IncomingMessage, response: ServerResponse) => void

function queueServer(server: Server, queue: ReaderQueue, queued: WeakSet<Server>): void {
  if (queued.has(server)) return
  queued.add(server)
  const listeners = server.listeners('request') as Listener[]
  server.removeAllListeners('request')
  const handle: Listener = (request, response) => {
    for (const listener of listeners) listener.call(server, request, response)
  }
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (!isAnonymousRead(request.method, request.headers)) return handle(request, response)
    queue.admit(
      () => handle(request, response),
      () => response.destroyed || request.socket.destroyed,
      (release) => {
        response.once('finish', release)
        response.once('close', release)
      },
    )
  })
}

export function installReaderQueue(slots: number): () => void {
  if (slots <= 0) return () => {}
  const queue = new ReaderQueue(slots, LEASE_MS)
  const queued = new WeakSet<Server>()
  const onRequest = (message: unknown) => {
    if (typeof message === 'object' && message !== null && 'server' in message) {
      queueServer((message as { server: Server }).server, queue, queued)
    }
  }
  subscribe(CHANNEL, onRequest)
  return () => unsubscribe(CHANNEL, onRequest)
}
