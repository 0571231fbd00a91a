import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { locales } from '@/i18n/locales'
import { SITEMAP_MAX_URLS } from '@/site/sitemap/protocol'

/**
 * The only module that reads `process.env`. Everything else imports `env`.
 * Validation happens once, at import time, so a misconfigured production
 * server refuses to start instead of failing on the first request.
 */

const MIN_SECRET_LENGTH = 32

export class EnvError extends Error {
  constructor(variable: string, problem: string) {
    super(`Environment variable ${variable} ${problem}. See .env.example.`)
    this.name = 'EnvError'
  }
}

export type Env = {
  nodeEnv: 'development' | 'production' | 'test'
  isProduction: boolean
  /** `mongodb://…`, `mongodb+srv://…` or `file:…` (SQLite); undefined means the embedded SQLite default. */
  databaseUrl: string | undefined
  payloadSecret: string
  serverUrl: string
  /** `REVALIDATE_URL`: where a process without a Next cache (the jobs worker) asks a server to revalidate; the public URL by default. */
  revalidateUrl: string
  mail: {
    fromAddress: string
    fromName: string
    /** SMTP settings; absent means e-mails are printed to the console (dev, tests). */
    smtp?: { host: string; port: number; secure: boolean; user?: string; pass?: string }
  }
  seedPassword: string
  /** `SEED_DEV_ACCOUNTS=true`: the explicit consent needed to create dev accounts in production. */
  seedDevAccountsInProduction: boolean
  /** `<url>` elements per sitemap file before `/sitemap.xml` becomes an index (the protocol's 50,000 at most). */
  sitemapMaxUrls: number
  /** Reverse proxies in front of the app that append to `X-Forwarded-For`; 0: the socket's peer is the client. */
  trustedProxyHops: number
  /** `JOBS_AUTORUN=false`: this process runs no background jobs (a separate `npm run jobs` worker does). */
  jobsAutoRun: boolean
  /** `next build` is running (it loads the config but is no server start). */
  isBuildPhase: boolean
  /** `MT_PROVIDER`: the machine-translation service, none unless an administrator chose one. Keys stay on the server. */
  machineTranslation:
    | { provider: 'none' }
    | { provider: 'deepl'; apiKey: string; baseUrl?: string }
    | { provider: 'libretranslate'; url: string; apiKey?: string }
  /** `REDIS_URL` (`redis://…`, `rediss://…`): Next's cache and the citation limit shared by every replica; unset, each keeps its own. */
  redisUrl: string | undefined
  /** `CACHE_PURGE`: the cache in front of the app that a revalidation purges by surrogate key (src/site/purge); none by default. */
  cachePurge:
    | { provider: 'none' }
    | { provider: 'varnish'; urls: string[] }
    | { provider: 'fastly'; serviceId: string; apiToken: string; apiUrl?: string }
    | { provider: 'cloudflare'; zoneId: string; apiToken: string; apiUrl?: string }
  /** `S3_BUCKET` and friends: uploads kept in an S3-compatible bucket shared by every replica; unset, on this server's disk (data/media). */
  s3: S3Settings | undefined
  /**
   * `MAIL_DELIVERY`: `direct` sends a save's e-mails during the request; `queue` writes them as jobs in
   * the save's own transaction, sent by whichever process runs the jobs (so a replica that dies
   * mid-request loses none). Default: `queue` when a separate worker runs the jobs (JOBS_AUTORUN=false).
   */
  mailDelivery: 'direct' | 'queue'
}

export type S3Settings = {
  bucket: string
  region: string
  /** MinIO, s3rver, R2…: the service's URL; absent means AWS itself. */
  endpoint?: string
  /** Bucket in the path (`host/bucket/key`) rather than the host name: what MinIO and most self-hosted services need. */
  forcePathStyle: boolean
  /** Absent: the AWS SDK's own chain (instance role, AWS_* variables, ~/.aws). */
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

type Source = Record<string, string | undefined>

export const dataDir = path.resolve(process.cwd(), 'data')

function readNodeEnv(source: Source): Env['nodeEnv'] {
  const value = source.NODE_ENV
  if (value === 'production' || value === 'test') return value
  return 'development'
}

/** `next build` runs with NODE_ENV=production but is not a server start: it gets a throw-away secret. */
function isBuildPhase(source: Source): boolean {
  return source.NEXT_PHASE === 'phase-production-build'
}

function devSecret(): string {
  const file = path.join(dataDir, '.payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

function readSecret(source: Source, nodeEnv: Env['nodeEnv']): string {
  const secret = source.PAYLOAD_SECRET?.trim()
  if (secret) {
    if (nodeEnv === 'production' && secret.length < MIN_SECRET_LENGTH) {
      throw new EnvError('PAYLOAD_SECRET', `must be at least ${MIN_SECRET_LENGTH} characters long in production`)
    }
    return secret
  }
  if (nodeEnv === 'production') {
    if (isBuildPhase(source)) return randomBytes(32).toString('hex')
    throw new EnvError('PAYLOAD_SECRET', 'is required in production (generate one with `openssl rand -hex 32`)')
  }
  return devSecret()
}

function readDatabaseUrl(source: Source): string | undefined {
  const url = source.DATABASE_URL?.trim()
  if (!url) return undefined
  if (/^(mongodb(\+srv)?:\/\/|file:)/.test(url)) return url
  throw new EnvError('DATABASE_URL', 'must start with mongodb://, mongodb+srv:// or file:')
}

function readServerUrl(source: Source): string {
  const raw = source.NEXT_PUBLIC_SERVER_URL?.trim() || `http://localhost:${source.PORT?.trim() || '3000'}`
  try {
    const url = new URL(raw)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol')
    return url.origin
  } catch {
    throw new EnvError('NEXT_PUBLIC_SERVER_URL', `must be an http(s) URL, got "${raw}"`)
  }
}

function readMail(source: Source): Env['mail'] {
  const host = source.SMTP_HOST?.trim()
  const portText = source.SMTP_PORT?.trim() || '587'
  const port = Number(portText)
  if (host && (!Number.isInteger(port) || port <= 0 || port > 65535)) {
    throw new EnvError('SMTP_PORT', `must be a port number, got "${portText}"`)
  }
  return {
    fromAddress: source.MAIL_FROM_ADDRESS?.trim() || 'no-reply@dinogeek.local',
    fromName: source.MAIL_FROM_NAME?.trim() || 'DinoGeek CMS',
    smtp: host
      ? {
          host,
          port,
          secure: source.SMTP_SECURE === 'true' || port === 465,
          user: source.SMTP_USER?.trim() || undefined,
          pass: source.SMTP_PASS || undefined,
        }
      : undefined,
  }
}

function readSitemapMaxUrls(source: Source): number {
  const text = source.SITEMAP_MAX_URLS?.trim()
  if (!text) return SITEMAP_MAX_URLS
  const value = Number(text)
  // A file holds at least one article in every locale: its versions list each other, so they stay together.
  if (!/^\d+$/.test(text) || value < locales.length || value > SITEMAP_MAX_URLS) {
    throw new EnvError('SITEMAP_MAX_URLS', `must be a whole number from ${locales.length} to ${SITEMAP_MAX_URLS}, got "${text}"`)
  }
  return value
}

const MAX_PROXY_HOPS = 10

function readTrustedProxyHops(source: Source): number {
  const text = source.TRUSTED_PROXY_HOPS?.trim()
  if (!text) return 0
  if (!/^\d+$/.test(text) || Number(text) > MAX_PROXY_HOPS) {
    throw new EnvError(
      'TRUSTED_PROXY_HOPS',
      `must be a whole number from 0 to ${MAX_PROXY_HOPS} (the reverse proxies in front of the app), got "${text}"`,
    )
  }
  return Number(text)
}

function readJobsAutoRun(source: Source): boolean {
  return readBoolean(source, 'JOBS_AUTORUN', true)
}

function readHttpUrl(source: Source, variable: string): string | undefined {
  const raw = source[variable]?.trim()
  if (!raw) return undefined
  try {
    const url = new URL(raw)
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href
  } catch {
    // Reported below with the variable's name.
  }
  throw new EnvError(variable, `must be an http(s) URL, got "${raw}"`)
}

function readMachineTranslation(source: Source): Env['machineTranslation'] {
  const provider = source.MT_PROVIDER?.trim().toLowerCase() || 'none'
  if (provider === 'none') return { provider: 'none' }
  if (provider === 'deepl') {
    const apiKey = source.DEEPL_API_KEY?.trim()
    if (!apiKey) throw new EnvError('DEEPL_API_KEY', 'is required when MT_PROVIDER=deepl')
    return { provider, apiKey, baseUrl: readHttpUrl(source, 'DEEPL_API_URL') }
  }
  if (provider === 'libretranslate') {
    const url = readHttpUrl(source, 'LIBRETRANSLATE_URL')
    if (!url) throw new EnvError('LIBRETRANSLATE_URL', 'is required when MT_PROVIDER=libretranslate')
    return { provider, url, apiKey: source.LIBRETRANSLATE_API_KEY?.trim() || undefined }
  }
  throw new EnvError('MT_PROVIDER', `must be none, deepl or libretranslate, got "${provider}"`)
}

function readRedisUrl(source: Source): string | undefined {
  const raw = source.REDIS_URL?.trim()
  if (!raw) return undefined
  try {
    const url = new URL(raw)
    if (url.protocol === 'redis:' || url.protocol === 'rediss:') return raw
  } catch {
    // Reported below with the variable's name.
  }
  throw new EnvError('REDIS_URL', `must be a redis:// or rediss:// URL, got "${raw.replace(/\/\/[^@/]*@/, '//…@')}"`)
}

function required(source: Source, variable: string, provider: string): string {
  const value = source[variable]?.trim()
  if (!value) throw new EnvError(variable, `is required when CACHE_PURGE=${provider}`)
  return value
}

function readCachePurge(source: Source): Env['cachePurge'] {
  const provider = source.CACHE_PURGE?.trim().toLowerCase() || 'none'
  if (provider === 'none') return { provider }
  if (provider === 'varnish') {
    const raw = required(source, 'VARNISH_PURGE_URLS', provider)
    const urls = raw.split(',').map((item) => {
      try {
        const url = new URL(item.trim())
        if (url.protocol === 'http:' || url.protocol === 'https:') return url.href
      } catch {
        // Reported below with the variable's name.
      }
      throw new EnvError('VARNISH_PURGE_URLS', `must be http(s) URLs separated by commas, got "${raw}"`)
    })
    return { provider, urls }
  }
  if (provider === 'fastly') {
    return {
      provider,
      serviceId: required(source, 'FASTLY_SERVICE_ID', provider),
      apiToken: required(source, 'FASTLY_API_TOKEN', provider),
      apiUrl: readHttpUrl(source, 'FASTLY_API_URL'),
    }
  }
  if (provider === 'cloudflare') {
    return {
      provider,
      zoneId: required(source, 'CLOUDFLARE_ZONE_ID', provider),
      apiToken: required(source, 'CLOUDFLARE_API_TOKEN', provider),
      apiUrl: readHttpUrl(source, 'CLOUDFLARE_API_URL'),
    }
  }
  throw new EnvError('CACHE_PURGE', `must be none, varnish, fastly or cloudflare, got "${provider}"`)
}

function readBoolean(source: Source, variable: string, fallback: boolean): boolean {
  const text = source[variable]?.trim().toLowerCase()
  if (!text) return fallback
  if (text === 'true') return true
  if (text === 'false') return false
  throw new EnvError(variable, `must be true or false, got "${text}"`)
}

// Lower-case letters, digits, dots and hyphens, 3 to 63 long, starting and ending with a letter or digit.
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

function readS3(source: Source): S3Settings | undefined {
  const bucket = source.S3_BUCKET?.trim()
  if (!bucket) return undefined
  if (!BUCKET_NAME.test(bucket)) {
    throw new EnvError(
      'S3_BUCKET',
      `must be a bucket name (3 to 63 lower-case letters, digits, dots or hyphens), got "${bucket}"`,
    )
  }
  const endpoint = readHttpUrl(source, 'S3_ENDPOINT')?.replace(/\/$/, '')
  const accessKeyId = source.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = source.S3_SECRET_ACCESS_KEY?.trim()
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new EnvError(accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID', 'must be set together with its pair')
  }
  return {
    bucket,
    // AWS users often set the SDK's own variables already.
    region: source.S3_REGION?.trim() || source.AWS_REGION?.trim() || source.AWS_DEFAULT_REGION?.trim() || 'us-east-1',
    endpoint,
    forcePathStyle: readBoolean(source, 'S3_FORCE_PATH_STYLE', endpoint !== undefined),
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  }
}

function readMailDelivery(source: Source, jobsAutoRun: boolean): Env['mailDelivery'] {
  const text = source.MAIL_DELIVERY?.trim().toLowerCase()
  if (!text) return jobsAutoRun ? 'direct' : 'queue'
  if (text === 'direct' || text === 'queue') return text
  throw new EnvError('MAIL_DELIVERY', `must be direct or queue, got "${text}"`)
}

export function readEnv(source: Source = process.env): Env {
  const nodeEnv = readNodeEnv(source)
  const serverUrl = readServerUrl(source)
  const jobsAutoRun = readJobsAutoRun(source)
  return {
    nodeEnv,
    isProduction: nodeEnv === 'production',
    databaseUrl: readDatabaseUrl(source),
    payloadSecret: readSecret(source, nodeEnv),
    serverUrl,
    revalidateUrl: (readHttpUrl(source, 'REVALIDATE_URL') ?? serverUrl).replace(/\/$/, ''),
    mail: readMail(source),
    seedPassword: source.SEED_PASSWORD || 'dinogeek-dev',
    seedDevAccountsInProduction: source.SEED_DEV_ACCOUNTS === 'true',
    sitemapMaxUrls: readSitemapMaxUrls(source),
    trustedProxyHops: readTrustedProxyHops(source),
    jobsAutoRun,
    isBuildPhase: isBuildPhase(source),
    machineTranslation: readMachineTranslation(source),
    redisUrl: readRedisUrl(source),
    cachePurge: readCachePurge(source),
    s3: readS3(source),
    mailDelivery: readMailDelivery(source, jobsAutoRun),
  }
}

export const env: Env = readEnv()
