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

describe('S3_BUCKET', () => {
  const test = { NODE_ENV: 'test' }

  it('is optional: uploads stay on the disk without it', () => {
    expect(readEnv(test).s3).toBeUndefined()
  })

  it('reads an S3-compatible service: path-style by default when an endpoint is named, keys in pairs', () => {
    expect(
      readEnv({
        ...test,
        S3_BUCKET: 'dinogeek-media',
        S3_ENDPOINT: 'http://minio:9000/',
        S3_ACCESS_KEY_ID: 'minio',
        S3_SECRET_ACCESS_KEY: 'minio-secret',
      }).s3,
    ).toEqual({
      bucket: 'dinogeek-media',
      region: 'us-east-1',
      endpoint: 'http://minio:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'minio', secretAccessKey: 'minio-secret' },
    })
  })

  it('on AWS itself: virtual-hosted style, and the SDK’s own credentials when no keys are given', () => {
    expect(readEnv({ ...test, S3_BUCKET: 'media.example', S3_REGION: 'eu-south-1' }).s3).toEqual({
      bucket: 'media.example',
      region: 'eu-south-1',
      endpoint: undefined,
      forcePathStyle: false,
      credentials: undefined,
    })
  })

  it('takes the region from S3_REGION, else the AWS SDK’s own variables', () => {
    expect(readEnv({ ...test, S3_BUCKET: 'media', AWS_REGION: 'eu-west-3' }).s3?.region).toBe('eu-west-3')
    expect(readEnv({ ...test, S3_BUCKET: 'media', AWS_DEFAULT_REGION: 'eu-north-1' }).s3?.region).toBe('eu-north-1')
    expect(readEnv({ ...test, S3_BUCKET: 'media', S3_REGION: 'auto', AWS_REGION: 'eu-west-3' }).s3?.region).toBe('auto')
  })

  it('refuses a bucket name S3 would refuse, half a key pair, a bad endpoint or flag', () => {
    for (const bucket of ['Media', 'ab', 'media_files', '-media', `m${'x'.repeat(63)}`]) {
      expect(() => readEnv({ ...test, S3_BUCKET: bucket }), bucket).toThrow(/S3_BUCKET must be a bucket name/)
    }
    expect(() => readEnv({ ...test, S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'key' })).toThrow(
      /S3_SECRET_ACCESS_KEY must be set together/,
    )
    expect(() => readEnv({ ...test, S3_BUCKET: 'media', S3_SECRET_ACCESS_KEY: 'secret' })).toThrow(
      /S3_ACCESS_KEY_ID must be set together/,
    )
    expect(() => readEnv({ ...test, S3_BUCKET: 'media', S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT must be an http/)
    expect(() => readEnv({ ...test, S3_BUCKET: 'media', S3_FORCE_PATH_STYLE: 'yes' })).toThrow(
      /S3_FORCE_PATH_STYLE must be true or false/,
    )
  })
})

describe('MAIL_DELIVERY', () => {
  it('sends in the request by default, queues when a separate worker runs the jobs, and can be chosen', () => {
    expect(readEnv({ NODE_ENV: 'test' }).mailDelivery).toBe('direct')
    expect(readEnv({ NODE_ENV: 'test', JOBS_AUTORUN: 'false' }).mailDelivery).toBe('queue')
    expect(readEnv({ NODE_ENV: 'test', MAIL_DELIVERY: 'queue' }).mailDelivery).toBe('queue')
    expect(readEnv({ NODE_ENV: 'test', JOBS_AUTORUN: 'false', MAIL_DELIVERY: 'Direct' }).mailDelivery).toBe('direct')
    expect(() => readEnv({ NODE_ENV: 'test', MAIL_DELIVERY: 'smtp' })).toThrow(/MAIL_DELIVERY must be direct or queue/)
  })
})
