import { createServer } from 'node:http'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { clientAddress, clientIp, rateLimitKey } from '@/security/clientIp'
import { issueFormToken, verifyFormToken } from '@/site/citation/formToken'
import { createRateLimiter } from '@/site/citation/rateLimit'
import { installSocketAddressStamp, SOCKET_ADDRESS_HEADER } from '@/security/socketAddress'
import { citationLimits, readCitationInput, validateCitation } from '@/site/citation/validate'

const valid = { name: 'Ada Lovelace', email: 'ada@example.com', proposedUrl: 'https://example.com/paper', message: '' }

describe('citation form validation', () => {
  it('accepts a complete request', () => {
    expect(validateCitation(valid)).toEqual({})
  })

  it('requires name, e-mail and URL', () => {
    expect(validateCitation({ name: '', email: '', proposedUrl: '', message: '' })).toEqual({
      name: { code: 'required' },
      email: { code: 'required' },
      proposedUrl: { code: 'required' },
    })
  })

  it('checks the e-mail and refuses non-http(s) URLs', () => {
    expect(validateCitation({ ...valid, email: 'ada@' }).email).toEqual({ code: 'invalidEmail' })
    expect(validateCitation({ ...valid, proposedUrl: 'javascript:alert(1)' }).proposedUrl).toEqual({ code: 'invalidUrl' })
    expect(validateCitation({ ...valid, proposedUrl: 'ftp://example.com/x' }).proposedUrl).toEqual({ code: 'invalidUrl' })
  })

  it('limits lengths in characters', () => {
    expect(validateCitation({ ...valid, name: 'x'.repeat(citationLimits.name + 1) }).name).toEqual({ code: 'tooLong', max: 120 })
    expect(validateCitation({ ...valid, message: '😀'.repeat(citationLimits.message) })).toEqual({})
  })

  it('reads and trims the form', () => {
    const form = new FormData()
    form.set('name', '  Ada   Lovelace ')
    form.set('email', ' ada@example.com ')
    form.set('message', 'line 1\r\nline 2 ')
    expect(readCitationInput(form)).toEqual({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      proposedUrl: '',
      message: 'line 1\nline 2',
    })
  })
})

describe('form timing token', () => {
  const secret = 'unit-test-secret-0123456789abcdef'

  it('measures the time since it was issued', () => {
    const token = issueFormToken(secret, 1_700_000_000_000)
    expect(verifyFormToken(token, secret, 1_700_000_004_000)).toEqual({ ok: true, ageMs: 4000 })
  })

  it('rejects forged, foreign and malformed tokens', () => {
    const token = issueFormToken(secret, 1_700_000_000_000)
    expect(verifyFormToken(token.replace(/^\d/, '2'), secret, 1_800_000_000_000).ok).toBe(false)
    expect(verifyFormToken(token, 'another-secret-0123456789abcdef', 1_700_000_004_000).ok).toBe(false)
    expect(verifyFormToken('nope', secret).ok).toBe(false)
    expect(verifyFormToken(undefined, secret).ok).toBe(false)
  })
})

describe('rate limit', () => {
  it('allows `limit` attempts per window and key', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000, maxKeys: 10 })
    expect(limiter.take('a', 0)).toBe(true)
    expect(limiter.take('a', 10)).toBe(true)
    expect(limiter.take('a', 20)).toBe(false)
    expect(limiter.take('b', 20)).toBe(true)
    expect(limiter.take('a', 1015)).toBe(true)
  })

  it('stays bounded, forgetting the least recently seen keys', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 3 })
    for (const key of ['a', 'b', 'c', 'd']) limiter.take(key, 0)
    expect(limiter.size()).toBe(3)
    expect(limiter.take('a', 1)).toBe(true)
    expect(limiter.take('d', 1)).toBe(false)
  })
})

describe('client address', () => {
  const sources = (forwardedFor: string | null, trustedHops: number, socketAddress = '192.0.2.50') => ({
    forwardedFor,
    socketAddress,
    trustedHops,
  })

  it('without trusted proxies, takes the socket and ignores whatever X-Forwarded-For says', () => {
    expect(clientAddress(sources('6.6.6.6, 203.0.113.7', 0))).toBe('192.0.2.50')
    expect(clientAddress(sources(null, 0))).toBe('192.0.2.50')
    expect(clientAddress(sources('6.6.6.6', 0, '::ffff:198.51.100.3'))).toBe('198.51.100.3')
  })

  it('behind N proxies, takes the N-th entry from the right', () => {
    expect(clientAddress(sources('6.6.6.6, 203.0.113.7', 1))).toBe('203.0.113.7')
    expect(clientAddress(sources('6.6.6.6, 203.0.113.7, 10.0.0.2', 2))).toBe('203.0.113.7')
    expect(clientAddress(sources('6.6.6.6,,203.0.113.7 , 10.0.0.2', 2))).toBe('203.0.113.7')
  })

  it('behind N proxies, copes with a short chain, ports and garbage', () => {
    // Came through the nearest proxy only: the leftmost entry is what it saw.
    expect(clientAddress(sources('203.0.113.7', 2))).toBe('203.0.113.7')
    expect(clientAddress(sources('', 1))).toBe('192.0.2.50')
    expect(clientAddress(sources('203.0.113.7:51234', 1))).toBe('203.0.113.7')
    expect(clientAddress(sources('[2001:DB8::1]:443', 1))).toBe('2001:db8::1')
    expect(clientAddress(sources('6.6.6.6, unknown', 1))).toBeNull()
    expect(clientAddress(sources('6.6.6.6', 0, 'not-an-address'))).toBeNull()
  })

  it('keys IPv6 clients by their /64, IPv4 by address', () => {
    expect(rateLimitKey('203.0.113.7')).toBe('203.0.113.7')
    expect(rateLimitKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64')
    expect(rateLimitKey('2001:db8:1:2::9')).toBe(rateLimitKey('2001:db8:1:2:ffff::1'))
    expect(rateLimitKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(rateLimitKey('::1')).toBe('0:0:0:0::/64')
    expect(rateLimitKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64')
  })

  it('without trusted proxies, believes neither X-Forwarded-For, X-Real-IP nor an unsealed stamp', () => {
    const warn = vi.fn()
    const headers = new Headers({
      'x-forwarded-for': '6.6.6.6',
      'x-real-ip': '6.6.6.7',
      [SOCKET_ADDRESS_HEADER]: 'forged 6.6.6.8',
    })
    expect(clientIp(headers, 0, warn)).toBe('unknown')
  })
})

describe('socket address stamp', () => {
  let stop: () => void = () => undefined
  afterEach(() => stop())

  /** What the rate limit would key a request by, as a server behind `trustedHops` proxies sees it. */
  async function keyOf(trustedHops: number, headers: Record<string, string>): Promise<string> {
    const server = createServer((request, response) => {
      const seen = new Headers()
      for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') seen.set(name, value)
      response.end(clientIp(seen, trustedHops, () => undefined))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      return await (await fetch(`http://127.0.0.1:${port}/`, { headers })).text()
    } finally {
      server.close()
    }
  }

  it('gives the server action the real peer, whatever the client sends', async () => {
    stop = installSocketAddressStamp()
    const forged = { 'x-forwarded-for': '6.6.6.6', [SOCKET_ADDRESS_HEADER]: 'forged 6.6.6.8' }
    expect(await keyOf(0, forged)).toBe('127.0.0.1')
    // Behind a proxy the chain decides; the socket (the proxy) is used only when there is no chain.
    expect(await keyOf(1, forged)).toBe('6.6.6.6')
    expect(await keyOf(1, {})).toBe('127.0.0.1')
  })

  it('believes no stamp it did not write', async () => {
    expect(await keyOf(0, { [SOCKET_ADDRESS_HEADER]: 'forged 6.6.6.8' })).toBe('unknown')
  })
})
