import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

/**
 * Node publishes every request its HTTP servers receive on this channel, with
 * the response and the socket, just before the server's `request` listeners
 * (Next's) run: code here sees each request first without wrapping Next's server.
 */
const CHANNEL = 'http.server.request.start'

export type RequestStart = { request: IncomingMessage; response: ServerResponse; socket: Socket }

function isRequestStart(message: unknown): message is RequestStart {
  return typeof message === 'object' && message !== null && 'request' in message && 'response' in message && 'socket' in message
}

/** Runs `handler` for every request from now on; returns the way to stop. */
export function onEachRequest(handler: (start: RequestStart) => void): () => void {
  const listener = (message: unknown) => {
    if (isRequestStart(message)) handler(message)
  }
  subscribe(CHANNEL, listener)
  return () => {
    unsubscribe(CHANNEL, listener)
  }
}
