import { describe, expect, it } from 'vitest'

import { clientIp } from '../../src/site/citation/clientIp'
import { issueFormToken, verifyFormToken } from '../../src/site/citation/formToken'
import { createRateLimiter } from '../../src/site/citation/rateLimit'
import { citationLimits, readCitationInput, validateCitation } from '../../src/site/citation/validate'

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
    expect(readCitationInput(form)).toEqual({ name: 'Ada Lovelace', email: 'ada@example.com', proposedUrl: '', message: 'line 1\nline 2' })
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
  it('trusts the last X-Forwarded-For hop', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }))).toBe('203.0.113.7')
    expect(clientIp(new Headers({ 'x-real-ip': '198.51.100.2' }))).toBe('198.51.100.2')
    expect(clientIp(new Headers())).toBe('unknown')
  })
})
