import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'
import type { createClient } from 'redis'

import type { RateLimiter } from './rateLimit'

/**
 * The citation limit shared by every replica through Redis (`REDIS_URL`), with
 * `rate-limiter-flexible`: an address gets its allowance once, whichever replica
 * answers it. When Redis cannot answer, the same limit is kept in this
 * replica's memory (the library's insurance limiter) until it is back, so the
 * form never fails open nor closed because of the cache.
 */

type RedisClient = ReturnType<typeof createClient>

export function createSharedRateLimiter(options: {
  client: RedisClient
  limit: number
  windowMs: number
  keyPrefix: string
}): RateLimiter {
  const duration = Math.ceil(options.windowMs / 1000)
  const limiter = new RateLimiterRedis({
    storeClient: options.client,
    useRedisPackage: true,
    keyPrefix: options.keyPrefix,
    points: options.limit,
    duration,
    // Not waiting for a reconnect: the insurance limiter answers at once.
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: options.keyPrefix, points: options.limit, duration }),
  })
  return {
    async take(key) {
      try {
        await limiter.consume(key)
        return true
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return false
        throw refusal
      }
    },
    // The keys live in Redis, which expires them itself.
    size: () => 0,
  }
}
