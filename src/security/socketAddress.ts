import { randomBytes, timingSafeEqual } from 'node:crypto'

import { onEachRequest } from '@/http/requestStart'

/**
 * The TCP peer of each request, in a request header only this process can write.
 *
 * A server action sees headers, never the socket, and Next passes a
 * client-sent `X-Forwarded-For` on unchanged (see clientIp.ts). Node publishes
 * every incoming request on the `http.server.request.start` diagnostics
 * channel, with its socket, before the server's request handler (Next's) runs:
 * there we overwrite this header with the peer address, prefixed by a random
 * per-process seal. A client may send the header too; its value is replaced,
 * and without the seal (a request that came before the stamp was installed)
 * it is not believed.
 */

export const SOCKET_ADDRESS_HEADER = 'x-dinogeek-socket-address'

declare global {
  // On globalThis: instrumentation.ts and the server action are bundled separately but share the process.
  var dinogeekSocketAddressSeal: string | undefined
}

function processSeal(): string {
  globalThis.dinogeekSocketAddressSeal ??= randomBytes(24).toString('base64url')
  return globalThis.dinogeekSocketAddressSeal
}

/** Stamps every request this process's HTTP servers receive from now on; returns the way to stop. */
export function installSocketAddressStamp(): () => void {
  const seal = processSeal()
  return onEachRequest(({ request, socket }) => {
    request.headers[SOCKET_ADDRESS_HEADER] = `${seal} ${socket.remoteAddress ?? ''}`
  })
}

/** The peer address stamped on these headers; undefined when there is no genuine stamp. */
export function readSocketAddress(headers: Pick<Headers, 'get'>): string | undefined {
  const value = headers.get(SOCKET_ADDRESS_HEADER)
  const space = value?.indexOf(' ') ?? -1
  if (!value || space < 0) return undefined
  const expected = Buffer.from(processSeal())
  const given = Buffer.from(value.slice(0, space))
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  return value.slice(space + 1) || undefined
}
