import { describe, expect, it } from 'vitest'

import { readEnv } from '@/env'
import { devAccounts, mayCreateDevAccounts } from '@/seed/accounts'

const secret = 'b'.repeat(40)

describe('dev accounts', () => {
  it('are the four documented accounts', () => {
    expect(devAccounts.map((account) => [account.email, account.role, account.translatorLocales ?? []])).toEqual([
      ['admin@example.com', 'admin', []],
      ['editor@example.com', 'editor', []],
      ['translator.fr@example.com', 'translator', ['fr']],
      ['translator.en@example.com', 'translator', ['en']],
    ])
  })

  it('are created in development, refused in production unless explicitly allowed', () => {
    expect(mayCreateDevAccounts(readEnv({ PAYLOAD_SECRET: secret }))).toBe(true)
    expect(mayCreateDevAccounts(readEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: secret }))).toBe(false)
    expect(mayCreateDevAccounts(readEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: secret, SEED_DEV_ACCOUNTS: 'true' }))).toBe(
      true,
    )
  })
})
