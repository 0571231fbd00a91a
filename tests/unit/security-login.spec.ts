import { describe, expect, it } from 'vitest'

import { refusalMessage } from '@/security/loginMessages'
import {
  createLoginThrottle,
  defaultLoginThrottleLimits,
  type LoginThrottle,
  type LoginThrottleLimits,
} from '@/security/loginThrottle'

const minute = 60_000

/** Fails `count` logins (admitted, never succeeded); returns how many were admitted. */
function fail(throttle: LoginThrottle, account: string, ip: string, count: number, now = 0): number {
  let admitted = 0
  for (let i = 0; i < count; i++) if ('admitted' in throttle.admit({ account, ip }, now)) admitted++
  return admitted
}

describe('login throttle', () => {
  it('refuses one address on one account after 5 failures, and only that pair', () => {
    const throttle = createLoginThrottle()
    expect(fail(throttle, 'editor@x', 'A', 5)).toBe(5)
    const refused = throttle.admit({ account: 'editor@x', ip: 'A' }, 1000)
    expect(refused).toEqual({ refusal: { reason: 'pair', retryAfterSeconds: 599 } })
    expect('admitted' in throttle.admit({ account: 'editor@x', ip: 'B' }, 1000)).toBe(true)
    expect('admitted' in throttle.admit({ account: 'admin@x', ip: 'A' }, 1000)).toBe(true)
  })

  it('lets the pair in again once its failures leave the window', () => {
    const throttle = createLoginThrottle()
    fail(throttle, 'editor@x', 'A', 5)
    expect('refusal' in throttle.admit({ account: 'editor@x', ip: 'A' }, 10 * minute - 1)).toBe(true)
    expect('admitted' in throttle.admit({ account: 'editor@x', ip: 'A' }, 10 * minute)).toBe(true)
  })

  it('a success clears the pair and does not count', () => {
    const throttle = createLoginThrottle()
    fail(throttle, 'editor@x', 'A', 4)
    const attempt = throttle.admit({ account: 'editor@x', ip: 'A' }, 10)
    if (!('admitted' in attempt)) throw new Error('refused')
    throttle.succeeded(attempt.admitted, 20)
    expect(fail(throttle, 'editor@x', 'A', 5, 30)).toBe(5)
    expect('refusal' in throttle.admit({ account: 'editor@x', ip: 'A' }, 40)).toBe(true)
  })

  it('refuses an address after 20 failures across accounts, right passwords included', () => {
    const throttle = createLoginThrottle()
    for (let i = 0; i < 5; i++) expect(fail(throttle, `user${i}@x`, 'C', 4)).toBe(4)
    const refused = throttle.admit({ account: 'fresh@x', ip: 'C' }, 0)
    expect(refused).toMatchObject({ refusal: { reason: 'address' } })
    expect('admitted' in throttle.admit({ account: 'fresh@x', ip: 'D' }, 0)).toBe(true)
  })

  it('a success does not reset its address’s failures on other accounts', () => {
    const throttle = createLoginThrottle()
    for (let i = 0; i < 4; i++) fail(throttle, `victim${i}@x`, 'C', 4)
    fail(throttle, 'victim4@x', 'C', 3)
    const own = throttle.admit({ account: 'attacker@x', ip: 'C' }, 0)
    if (!('admitted' in own)) throw new Error('refused')
    throttle.succeeded(own.admitted, 0)
    expect('admitted' in throttle.admit({ account: 'victim4@x', ip: 'C' }, 0)).toBe(true)
    expect(throttle.admit({ account: 'victim5@x', ip: 'C' }, 0)).toMatchObject({ refusal: { reason: 'address' } })
  })

  it('an account failing from many addresses accepts only addresses that signed in to it before', () => {
    const throttle = createLoginThrottle()
    const known = throttle.admit({ account: 'editor@x', ip: 'home' }, 0)
    if (!('admitted' in known)) throw new Error('refused')
    throttle.succeeded(known.admitted, 0)
    for (let i = 0; i < 10; i++) expect(fail(throttle, 'editor@x', `bot${i}`, 5, minute)).toBe(5)
    expect(throttle.admit({ account: 'editor@x', ip: 'bot99' }, minute)).toMatchObject({ refusal: { reason: 'account' } })
    expect(throttle.admit({ account: 'editor@x', ip: 'cafe' }, minute)).toMatchObject({ refusal: { reason: 'account' } })
    expect('admitted' in throttle.admit({ account: 'editor@x', ip: 'home' }, minute)).toBe(true)
    expect('admitted' in throttle.admit({ account: 'other@x', ip: 'bot99' }, minute)).toBe(true)
    expect('admitted' in throttle.admit({ account: 'editor@x', ip: 'cafe' }, 16 * minute)).toBe(true)
  })

  it('forgets known addresses after their time', () => {
    const limits: LoginThrottleLimits = { ...defaultLoginThrottleLimits, knownAddressMs: minute }
    const throttle = createLoginThrottle(limits)
    const known = throttle.admit({ account: 'editor@x', ip: 'home' }, 0)
    if (!('admitted' in known)) throw new Error('refused')
    throttle.succeeded(known.admitted, 0)
    for (let i = 0; i < 10; i++) fail(throttle, 'editor@x', `bot${i}`, 5, 2 * minute)
    expect(throttle.admit({ account: 'editor@x', ip: 'home' }, 2 * minute)).toMatchObject({ refusal: { reason: 'account' } })
  })

  it('stays bounded: a flood of addresses evicts the least recently used', () => {
    const throttle = createLoginThrottle({ ...defaultLoginThrottleLimits, maxKeys: 3 })
    fail(throttle, 'editor@x', 'A', 5)
    for (const ip of ['B', 'C', 'D']) fail(throttle, `${ip}@x`, ip, 1)
    // A's entries were the oldest: forgotten rather than growing the maps.
    expect('admitted' in throttle.admit({ account: 'editor@x', ip: 'A' }, 0)).toBe(true)
  })

  it('says what happened and when to come back, in the admin language', () => {
    expect(refusalMessage({ reason: 'pair', retryAfterSeconds: 599 }, 'en')).toBe(
      'Too many failed logins to this account from your network address. Try again in 10 minutes.',
    )
    expect(refusalMessage({ reason: 'address', retryAfterSeconds: 30 }, 'en')).toMatch(
      /from your network address\. Try again in 1 minute\.$/,
    )
    expect(refusalMessage({ reason: 'account', retryAfterSeconds: 120 }, 'en')).toMatch(
      /signed in to it before\. Try again in 2 minutes\.$/,
    )
    expect(refusalMessage({ reason: 'pair', retryAfterSeconds: 60 }, 'it')).toBe(
      'Troppi accessi non riusciti a questo account dal tuo indirizzo di rete. Riprova tra 1 minuto.',
    )
    expect(refusalMessage({ reason: 'address', retryAfterSeconds: 900 }, 'fr')).toBe(
      'Trop de connexions échouées depuis votre adresse réseau. Réessayez dans 15 minutes.',
    )
  })
})
