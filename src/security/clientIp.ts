import { isIP } from 'node:net'

import { readSocketAddress } from './socketAddress'

/**
 * The address a visitor is counted by: the citation form's rate limit and the login throttle.
 *
 * What a request can be trusted to say (Next 16, `next start`): Next's server
 * only fills in `X-Forwarded-For` with the socket address when the request has
 * none (`req.headers['x-forwarded-for'] ??= socket.remoteAddress` in
 * next/dist/server/base-server.js); a header the client sent is passed on as
 * typed, and `X-Real-IP` is never set by Next. So with nothing in front of the
 * app, every entry of `X-Forwarded-For` may be the client's invention, and
 * `headers()` offers no socket. The socket address therefore comes from our
 * own stamp (socketAddress.ts, installed by instrumentation.ts).
 *
 * With `TRUSTED_PROXY_HOPS` = N reverse proxies in front, each appending the
 * address it saw, the N-th entry from the right is what the outermost of them
 * saw: the client. Entries further left are the client's to choose.
 */

/** The entries of `X-Forwarded-For`, left (client side) to right (nearest proxy). */
export function forwardedChain(header: string | null | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
}

/** An IP address as the limiter keys it (no port, brackets, zone or IPv4-mapped prefix); null when it is not one. */
export function normalizeAddress(entry: string | null | undefined): string | null {
  let text = (entry ?? '').trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text)
  if (bracketed?.[1]) text = bracketed[1]
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'))
  text = text.replace(/%.*$/, '').toLowerCase()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (mapped?.[1]) text = mapped[1]
  return isIP(text) === 0 ? null : text
}

export type AddressSources = {
  /** The request's `X-Forwarded-For`, as it reached the app. */
  forwardedFor: string | null
  /** The TCP peer, when known. */
  socketAddress: string | undefined
  trustedHops: number
}

/** The client's address by the rules above; null when it cannot be told. */
export function clientAddress({ forwardedFor, socketAddress, trustedHops }: AddressSources): string | null {
  if (trustedHops === 0) return normalizeAddress(socketAddress)
  const chain = forwardedChain(forwardedFor)
  if (chain.length === 0) return normalizeAddress(socketAddress)
  // Fewer entries than proxies: the request passed fewer of them; the leftmost is the furthest one vouched for.
  return normalizeAddress(chain[Math.max(0, chain.length - trustedHops)])
}

function ipv6Groups(address: string): number[] {
  let text = address
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text)
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number]
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
  return groups.map((group) => parseInt(group, 16))
}

/**
 * The rate limit's key for an address: IPv4 as is, IPv6 by its /64 network,
 * since one subscriber usually holds a whole /64 and can pick any address in it.
 */
export function rateLimitKey(address: string): string {
  if (isIP(address) !== 6) return address
  return `${ipv6Groups(address)
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`
}

let warnedUnstamped = false

/** The rate-limit key of the request whose headers these are; 'unknown' (one shared allowance) when it cannot be told. */
export function clientIp(headers: Pick<Headers, 'get'>, trustedHops: number, warn: (message: string) => void): string {
  const socketAddress = readSocketAddress(headers)
  if (trustedHops === 0 && socketAddress === undefined && !warnedUnstamped) {
    warnedUnstamped = true
    warn('[client address] the socket address stamp is missing (instrumentation not run?): counting every visitor together')
  }
  const address = clientAddress({ forwardedFor: headers.get('x-forwarded-for'), socketAddress, trustedHops })
  return address === null ? 'unknown' : rateLimitKey(address)
}
