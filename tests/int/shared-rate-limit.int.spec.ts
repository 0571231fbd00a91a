import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSharedRateLimiter } from '@/site/citation/sharedRateLimit'
import { redisMissing, startRedis, type Redis } from '../helpers/redis'

/**
 * The citation limit with several replicas: two limiters on one real Redis
 * (Debian's redis-server), as two replicas would hold them. The allowance is
 * shared; with Redis stopped each keeps the limit in its own memory; once Redis
 * is back the count is shared again. No database: once per run is enough.
 */

const missing = redisMissing()
if (missing) console.warn(`[int] shared rate limit SKIPPED: ${missing}`)

let redis: Redis
const clients: ReturnType<typeof createClient>[] = []

/** A replica's own connection to the one Redis. */
async function replicaClient() {
  const client = createClient({ url: redis.url, socket: { reconnectStrategy: () => 200 } })
  client.on('error', () => undefined)
  clients.push(client)
  await client.connect()
  return client
}

describe.skipIf(missing !== null)('citation limit in Redis', () => {
  beforeAll(async () => {
    redis = await startRedis()
  })
  afterAll(async () => {
    clients.forEach((client) => client.destroy())
    await redis?.stop()
  })

  it('is one allowance per address across replicas', async () => {
    // Same key prefix: the two replicas of one deployment.
    const first = createSharedRateLimiter({ client: await replicaClient(), limit: 3, windowMs: 60_000, keyPrefix: 'test:shared' })
    const shared = createSharedRateLimiter({
      client: await replicaClient(),
      limit: 3,
      windowMs: 60_000,
      keyPrefix: 'test:shared',
    })
    expect(await first.take('203.0.113.9')).toBe(true)
    expect(await shared.take('203.0.113.9')).toBe(true)
    expect(await first.take('203.0.113.9')).toBe(true)
    expect(await shared.take('203.0.113.9')).toBe(false)
    expect(await first.take('203.0.113.9')).toBe(false)
    expect(await shared.take('198.51.100.7')).toBe(true)
  })

  it('keeps the limit in memory while Redis is down, and shares it again once it is back', async () => {
    const client = await replicaClient()
    const limiter = createSharedRateLimiter({ client, limit: 2, windowMs: 60_000, keyPrefix: 'test:outage' })
    await redis.stop()
    await expect.poll(() => client.isReady).toBe(false)
    expect(await limiter.take('192.0.2.1')).toBe(true)
    expect(await limiter.take('192.0.2.1')).toBe(true)
    expect(await limiter.take('192.0.2.1')).toBe(false)

    await redis.start()
    await expect.poll(() => client.isReady, { timeout: 10_000 }).toBe(true)
    const second = createSharedRateLimiter({
      client: await replicaClient(),
      limit: 2,
      windowMs: 60_000,
      keyPrefix: 'test:outage',
    })
    expect(await limiter.take('192.0.2.2')).toBe(true)
    expect(await second.take('192.0.2.2')).toBe(true)
    expect(await limiter.take('192.0.2.2')).toBe(false)
  })
})
