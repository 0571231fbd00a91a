import type { Purger } from './types'

/**
 * Purges run beside the save, never in its way: the editor's answer does not
 * wait for the cache in front, and a failed purge is tried again with growing
 * pauses, then given up with an error in the log (the pages then refresh at
 * their `s-maxage`). The first try waits a moment: Next applies the request's
 * own revalidations when the handler returns, and a purge that reached the
 * cache before that could let a visitor's request store the old page again.
 */

export type PurgeLog = { info(message: string): void; error(message: string): void }

/** Pause before each try: the first lets Next apply the revalidation, the others back off. */
export const PURGE_DELAYS_MS = [200, 1_000, 5_000, 30_000] as const

export type SchedulePurge = (keys: string[]) => Promise<boolean>

export function createPurgeScheduler(
  purger: Purger,
  log: PurgeLog,
  delaysMs: readonly number[] = PURGE_DELAYS_MS,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()),
): SchedulePurge {
  return async (keys) => {
    if (keys.length === 0) return true
    let lastError = ''
    for (const [attempt, delay] of delaysMs.entries()) {
      await wait(delay)
      try {
        await purger.purge(keys)
        if (attempt > 0) log.info(`[purge] ${purger.name}: purged ${keys.length} keys on try ${attempt + 1}`)
        return true
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error)
        if (attempt < delaysMs.length - 1)
          log.info(`[purge] ${purger.name}: try ${attempt + 1} failed (${lastError}); trying again`)
      }
    }
    log.error(`[purge] ${purger.name}: gave up on ${keys.join(' ')} after ${delaysMs.length} tries: ${lastError}`)
    return false
  }
}
