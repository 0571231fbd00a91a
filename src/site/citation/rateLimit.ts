/**
 * In-memory sliding-window rate limit per key (the visitor's IP address): the
 * limit of a single server. With several replicas (`REDIS_URL`) the limit is
 * kept in Redis instead (./sharedRateLimit.ts). The map is bounded: when it is
 * full the least recently seen key is dropped, so a flood of addresses cannot
 * exhaust memory.
 */

export type RateLimiter = {
  /** Records an attempt; false when `key` has used up its allowance. */
  take: (key: string, now?: number) => boolean | Promise<boolean>
  size: () => number
}

/** This process's limiter: it answers at once (a `RateLimiter` whose `take` is synchronous). */
export type MemoryRateLimiter = Omit<RateLimiter, 'take'> & { take: (key: string, now?: number) => boolean }

export function createRateLimiter(options: { limit: number; windowMs: number; maxKeys: number }): MemoryRateLimiter {
  const hits = new Map<string, number[]>()
  return {
    take(key, now = Date.now()) {
      const recent = (hits.get(key) ?? []).filter((at) => now - at < options.windowMs)
      const allowed = recent.length < options.limit
      if (allowed) recent.push(now)
      // Re-inserting moves the key to the end: Map order is then least recently seen first.
      hits.delete(key)
      hits.set(key, recent)
      while (hits.size > options.maxKeys) {
        const oldest = hits.keys().next().value
        if (oldest === undefined) break
        hits.delete(oldest)
      }
      return allowed
    },
    size: () => hits.size,
  }
}

/** The site's allowance for citation requests: 5 per address per 10 minutes. */
export const CITATION_LIMIT = { limit: 5, windowMs: 10 * 60_000 }
