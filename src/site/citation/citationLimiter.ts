import { createClient } from 'redis'

import { env } from '@/env'

import { CITATION_LIMIT, createRateLimiter, type RateLimiter } from './rateLimit'
import { createSharedRateLimiter } from './sharedRateLimit'

let limiter: RateLimiter | undefined

/** The citation form's limiter: in Redis when `REDIS_URL` is set (shared by the replicas), else in this process. */
export function citationRateLimiter(log: (message: string) => void): RateLimiter {
  if (limiter) return limiter
  const url = env.redisUrl
  if (!url) {
    limiter = createRateLimiter({ ...CITATION_LIMIT, maxKeys: 10_000 })
    return limiter
  }
  const client = createClient({ url, socket: { reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 1_000) } })
  let down = false
  client.on('error', (error: Error) => {
    if (down) return
    down = true
    log(`[citation] Redis is unreachable (${error.message}); the limit is kept in this replica's memory until it is back`)
  })
  client.on('ready', () => {
    if (!down) return
    down = false
    log('[citation] Redis is back; the limit is shared again')
  })
  client.connect().catch(() => undefined)
  limiter = createSharedRateLimiter({ client, ...CITATION_LIMIT, keyPrefix: 'dinogeek:citation' })
  return limiter
}
