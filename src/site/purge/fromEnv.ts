import type { Env } from '@/env'

import { createCloudflarePurger } from './cloudflare'
import { createFastlyPurger } from './fastly'
import type { Fetch, Purger } from './types'
import { createVarnishPurger } from './varnish'

/** The purger `CACHE_PURGE` names, or null for none (the default: no cache in front, nothing to purge). */
export function purgerFromEnv(config: Env['cachePurge'], fetchImpl: Fetch = fetch): Purger | null {
  switch (config.provider) {
    case 'none':
      return null
    case 'varnish':
      return createVarnishPurger(config.urls, fetchImpl)
    case 'fastly':
      return createFastlyPurger(config, fetchImpl)
    case 'cloudflare':
      return createCloudflarePurger(config, fetchImpl)
  }
}
