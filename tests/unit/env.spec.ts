import { describe, expect, it } from 'vitest'

import { EnvError, readEnv } from '@/env'

const secret = 'a'.repeat(40)

describe('environment', () => {
  it('refuses to start in production without PAYLOAD_SECRET, naming it', () => {
    expect(() => readEnv({ NODE_ENV: 'production' })).toThrow(EnvError)
    expect(() => readEnv({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET/)
  })

  it('refuses a short production secret', () => {
    expect(() => readEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })).toThrow(/PAYLOAD_SECRET.*32/)
  })

  it('lets `next build` run without a secret', () => {
    const env = readEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })
    expect(env.payloadSecret.length).toBeGreaterThanOrEqual(32)
  })

  it('accepts MongoDB and SQLite URLs and refuses others', () => {
    expect(readEnv({ PAYLOAD_SECRET: secret, DATABASE_URL: 'mongodb://db:27017/cms' }).databaseUrl).toBe('mongodb://db:27017/cms')
    expect(readEnv({ PAYLOAD_SECRET: secret, DATABASE_URL: 'file:./x.db' }).databaseUrl).toBe('file:./x.db')
    expect(readEnv({ PAYLOAD_SECRET: secret }).databaseUrl).toBeUndefined()
    expect(() => readEnv({ PAYLOAD_SECRET: secret, DATABASE_URL: 'postgres://x' })).toThrow(/DATABASE_URL/)
  })

  it('validates the server URL and SMTP port', () => {
    expect(readEnv({ PAYLOAD_SECRET: secret }).serverUrl).toBe('http://localhost:3000')
    expect(readEnv({ PAYLOAD_SECRET: secret, NEXT_PUBLIC_SERVER_URL: 'https://dino.example/' }).serverUrl).toBe(
      'https://dino.example',
    )
    expect(() => readEnv({ PAYLOAD_SECRET: secret, NEXT_PUBLIC_SERVER_URL: 'ftp://x' })).toThrow(/NEXT_PUBLIC_SERVER_URL/)
    expect(() => readEnv({ PAYLOAD_SECRET: secret, SMTP_HOST: 'mail', SMTP_PORT: 'abc' })).toThrow(/SMTP_PORT/)
    expect(readEnv({ PAYLOAD_SECRET: secret }).mail.smtp).toBeUndefined()
  })

  it('reads the sitemap file limit within the protocol’s 50,000 URLs', () => {
    expect(readEnv({ PAYLOAD_SECRET: secret }).sitemapMaxUrls).toBe(50_000)
    expect(readEnv({ PAYLOAD_SECRET: secret, SITEMAP_MAX_URLS: '1000' }).sitemapMaxUrls).toBe(1000)
    for (const bad of ['2', '50001', '1e3', '-5', 'many']) {
      expect(() => readEnv({ PAYLOAD_SECRET: secret, SITEMAP_MAX_URLS: bad }), bad).toThrow(/SITEMAP_MAX_URLS/)
    }
  })

  it('reads the number of trusted reverse proxies, 0 by default', () => {
    expect(readEnv({ PAYLOAD_SECRET: secret }).trustedProxyHops).toBe(0)
    expect(readEnv({ PAYLOAD_SECRET: secret, TRUSTED_PROXY_HOPS: '2' }).trustedProxyHops).toBe(2)
    for (const bad of ['-1', '1.5', 'one', '11', 'true']) {
      expect(() => readEnv({ PAYLOAD_SECRET: secret, TRUSTED_PROXY_HOPS: bad }), bad).toThrow(/TRUSTED_PROXY_HOPS/)
    }
  })

  it('runs background jobs in the server unless JOBS_AUTORUN=false', () => {
    expect(readEnv({ PAYLOAD_SECRET: secret }).jobsAutoRun).toBe(true)
    expect(readEnv({ PAYLOAD_SECRET: secret, JOBS_AUTORUN: 'false' }).jobsAutoRun).toBe(false)
    expect(readEnv({ PAYLOAD_SECRET: secret, JOBS_AUTORUN: 'TRUE' }).jobsAutoRun).toBe(true)
    expect(() => readEnv({ PAYLOAD_SECRET: secret, JOBS_AUTORUN: 'no' })).toThrow(/JOBS_AUTORUN/)
  })

  it('needs explicit consent for dev accounts in production', () => {
    expect(readEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: secret }).seedDevAccountsInProduction).toBe(false)
    expect(
      readEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: secret, SEED_DEV_ACCOUNTS: 'true' }).seedDevAccountsInProduction,
    ).toBe(true)
  })
})

describe('REDIS_URL', () => {
  it('is optional, and a redis URL when given (its password kept out of the message)', () => {
    expect(readEnv({ NODE_ENV: 'test' }).redisUrl).toBeUndefined()
    expect(readEnv({ NODE_ENV: 'test', REDIS_URL: 'redis://cache:6379/0' }).redisUrl).toBe('redis://cache:6379/0')
    expect(readEnv({ NODE_ENV: 'test', REDIS_URL: 'rediss://:s3cret@cache:6380' }).redisUrl).toBe('rediss://:s3cret@cache:6380')
    expect(() => readEnv({ NODE_ENV: 'test', REDIS_URL: 'http://user:s3cret@cache:6379' })).toThrow(
      /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL, got "http:\/\/…@cache:6379"/,
    )
  })
})

describe('REVALIDATE_URL', () => {
  it('is the public URL unless a worker names a server of its own', () => {
    expect(readEnv({ NODE_ENV: 'test', NEXT_PUBLIC_SERVER_URL: 'https://dinogeek.example/' }).revalidateUrl).toBe(
      'https://dinogeek.example',
    )
    expect(readEnv({ NODE_ENV: 'test', REVALIDATE_URL: 'http://app:3000/' }).revalidateUrl).toBe('http://app:3000')
    expect(() => readEnv({ NODE_ENV: 'test', REVALIDATE_URL: 'app:3000' })).toThrow(/REVALIDATE_URL must be an http/)
  })
})
