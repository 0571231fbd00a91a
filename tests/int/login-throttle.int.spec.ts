import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUsers, fixturePassword, type TestUser } from '../helpers/fixtures'
import { graphql, rest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * Failed logins count against the address that made them (src/security/loginThrottle.ts),
 * through Payload's REST and GraphQL handlers with the client address in X-Forwarded-For
 * (no proxy configured: the last entry, as `next start` records it).
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>

beforeAll(async () => {
  // One trusted proxy: the last X-Forwarded-For entry is the client (src/security/clientIp.ts).
  ctx = await createTestPayload({ trustedProxyHops: 1 })
  users = await createUsers(ctx.payload)
})

afterAll(async () => {
  await ctx?.cleanup()
})

function login(email: string, password: string, ip: string, language = 'en') {
  return rest(ctx.payload, 'POST', '/users/login', {
    body: { email, password },
    headers: { 'X-Forwarded-For': ip, 'Accept-Language': language },
  })
}

function firstError(json: Record<string, unknown>): string {
  const errors = json.errors
  if (!Array.isArray(errors)) return ''
  const first: unknown = errors[0]
  return typeof first === 'object' && first !== null && 'message' in first ? String(first.message) : ''
}

describe('failed logins per (account, address)', () => {
  const attacker = '198.51.100.1'
  const owner = '198.51.100.2'

  it('five wrong passwords from one address do not lock the account out for another', async () => {
    for (let i = 0; i < 5; i++) {
      const wrong = await login(users.editor.email, 'not-the-password', attacker)
      expect(wrong.status, `attempt ${i + 1}`).toBe(401)
    }
    const fromOwner = await login(users.editor.email, fixturePassword, owner)
    expect(fromOwner.status).toBe(200)
    expect(typeof fromOwner.json.token).toBe('string')
  })

  it('the address that failed is refused on that account, even with the right password', async () => {
    const refused = await login(users.editor.email, fixturePassword, attacker)
    expect(refused.status).toBe(429)
    expect(firstError(refused.json)).toMatch(
      /^Too many failed logins to this account from your network address\. Try again in 10 minutes\.$/,
    )
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(500)
    // Worded in the admin language Payload picks for the request, like its own login errors.
    const french = await login(users.editor.email, fixturePassword, attacker, 'fr')
    expect(firstError(french.json)).toMatch(/^Trop de connexions échouées à ce compte depuis votre adresse réseau\./)
    // The same address may still sign in to another account.
    expect((await login(users.admin.email, fixturePassword, attacker)).status).toBe(200)
  })

  it('an address typed in front of the recorded one does not escape the count', async () => {
    const spoofed = await login(users.editor.email, fixturePassword, `203.0.113.99, ${attacker}`)
    expect(spoofed.status).toBe(429)
  })

  it('the e-mail is matched as Payload matches it (case, spaces)', async () => {
    const refused = await login(` ${users.editor.email.toUpperCase()} `, fixturePassword, attacker)
    expect(refused.status).toBe(429)
  })

  it('GraphQL logins are counted and refused the same way', async () => {
    const result = await graphql(
      ctx.payload,
      'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
      {
        variables: { email: users.editor.email, password: fixturePassword },
        headers: { 'X-Forwarded-For': attacker, 'Accept-Language': 'en' },
      },
    )
    expect(result.errors?.[0]?.message).toMatch(/^Too many failed logins to this account/)
    expect(result.data?.loginUser ?? null).toBeNull()
  })

  it('server code (Local API) is not throttled', async () => {
    await expect(tokenFor(ctx.payload, users.editor.email, fixturePassword)).resolves.toEqual(expect.any(String))
  })
})

describe('failed logins per address, across accounts', () => {
  const guesser = '198.51.100.7'

  it('many wrong passwords from one address on different accounts get it refused (429) on every account', async () => {
    // 4 per account stays under the per-pair limit: only the per-address count stops this.
    const accounts = [
      users.admin.email,
      users.translator.email,
      'nobody1@test.example',
      'nobody2@test.example',
      'nobody3@test.example',
    ]
    for (const email of accounts) {
      for (let i = 0; i < 4; i++) expect((await login(email, 'guess', guesser)).status, email).toBe(401)
    }
    const refused = await login(users.editor.email, fixturePassword, guesser)
    expect(refused.status).toBe(429)
    expect(firstError(refused.json)).toMatch(/^Too many failed logins from your network address\. Try again in 15 minutes\.$/)
    expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/)
  })

  it('other addresses sign in to those accounts as usual', async () => {
    for (const user of [users.admin, users.translator, users.editor]) {
      expect((await login(user.email, fixturePassword, '198.51.100.8')).status, user.email).toBe(200)
    }
  })
})
