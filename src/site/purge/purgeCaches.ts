import { env } from '@/env'
import type { Revalidation } from '@/site/revalidation/targets'
import { purgeKeys } from '@/site/revalidation/surrogateKeys'

import { purgerFromEnv } from './fromEnv'
import { createPurgeScheduler, type PurgeLog, type SchedulePurge } from './schedule'

let scheduled: SchedulePurge | null | undefined

/**
 * After Next's cache was cleared for a revalidation: the same pages out of the
 * cache in front, by their surrogate keys. Returns at once (see ./schedule.ts).
 */
export function purgeFrontCache(revalidation: Revalidation, log: PurgeLog): void {
  if (scheduled === undefined) {
    const purger = purgerFromEnv(env.cachePurge)
    scheduled = purger ? createPurgeScheduler(purger, log) : null
  }
  if (scheduled) void scheduled(purgeKeys(revalidation))
}
