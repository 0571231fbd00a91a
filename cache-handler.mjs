// Next.js's cache (pages, route handlers, data) shared by every replica through Redis.
//
// Used only when REDIS_URL is set (next.config.ts); without it Next keeps its own
// cache on this replica's disk, as before. Next loads this file itself at run time,
// untranspiled, so it is plain JavaScript and reads REDIS_URL here (src/env.ts
// validates the same variable when the server starts).
//
// The library is @fortedigital/nextjs-cache-handler (README, "Shared cache"): reads
// go to Redis first and to a local in-memory cache when Redis cannot answer, writes
// and tag revalidations go to both. So a replica keeps serving when Redis goes away,
// says so once, and uses Redis again as soon as it is back.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import { createClient } from 'redis'

/** How long a cache read may wait for Redis before the local cache answers instead. */
const REDIS_TIMEOUT_MS = 1_000

function log(level, message) {
  console[level](`[cache] ${message}`)
}

/**
 * A client that connects in the background (a replica started while Redis is down must
 * still serve, from its memory). When Redis comes back after an outage, this build's
 * entries are dropped: a revalidation made while it was unreachable never reached them.
 */
function connect(url, keyPrefix) {
  const client = createClient({
    url,
    pingInterval: 10_000,
    // Retried every second at most, for as long as it takes; reads meanwhile use the local cache.
    socket: { connectTimeout: REDIS_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 1_000) },
  })
  const host = new URL(url).host
  let down = false
  client.on('error', (error) => {
    if (down) return
    down = true
    log('error', `Redis at ${host} is unreachable (${error.message}); serving from this replica's memory until it is back`)
  })
  client.on('ready', () => {
    if (!down) return
    down = false
    log('info', `Redis at ${host} is back; the cache is shared again (entries older than the outage dropped)`)
    void dropEntries(client, keyPrefix).catch((error) =>
      log('error', `could not drop the entries of ${keyPrefix}: ${error.message}`),
    )
  })
  // Not awaited: connect() keeps retrying for as long as Redis is away.
  client.connect().catch(() => undefined)
  return client
}

async function dropEntries(client, keyPrefix) {
  for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 500 })) {
    if (keys.length > 0) await client.unlink(keys)
  }
}

CacheHandler.onCreation(async ({ buildId }) => {
  // One set of handlers per process, however many times Next creates a cache.
  globalThis.dinogeekCacheHandlers ??= (async () => {
    const local = createLruHandler()
    const url = process.env.REDIS_URL
    // `next build` prerenders without Redis: what it renders stays with the build.
    if (!url || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [local] }
    // Keys per build: replicas of one build share entries, a new deploy starts clean.
    const keyPrefix = `dinogeek:${buildId ?? 'dev'}:`
    const client = connect(url, keyPrefix)
    const redis = createRedisHandler({ client, keyPrefix, timeoutMs: REDIS_TIMEOUT_MS })
    return { handlers: [redis, local] }
  })()
  return globalThis.dinogeekCacheHandlers
})

export default CacheHandler
