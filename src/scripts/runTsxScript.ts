import { spawnSync, type SpawnSyncOptionsWithStringEncoding, type SpawnSyncReturns } from 'node:child_process'

/**
 * Exit code Node 20 gives, now and then, to a script run under tsx's loader
 * hooks: the hooks thread leaves an import unanswered, the main thread's event
 * loop runs empty, and Node reports an "unsettled top-level await" with no
 * output (about one start in ten on a loaded machine).
 */
export const LOADER_EXIT = 13

/**
 * Runs `node --import tsx <args>` and, on that exit code only, runs it again (a
 * number of times at most, a little later each time). Only for scripts that are safe to repeat: migrations,
 * `seed --if-empty`, a seed that finds what it already wrote, read-only probes.
 */
export function runTsxScript(
  args: readonly string[],
  options: Omit<SpawnSyncOptionsWithStringEncoding, 'encoding'>,
  attempts = 8,
): SpawnSyncReturns<string> {
  let result = spawnSync(process.execPath, ['--import', 'tsx', ...args], { ...options, encoding: 'utf8' })
  for (let attempt = 1; attempt < attempts && result.status === LOADER_EXIT; attempt++) {
    // It comes in runs while the machine is busiest (vitest starting its other projects): wait a little longer each time.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1_000 * attempt)
    result = spawnSync(process.execPath, ['--import', 'tsx', ...args], { ...options, encoding: 'utf8' })
  }
  return result
}
