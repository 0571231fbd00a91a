import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { SNAPSHOT_DIR } from '../lib/snapshot'
import { stopProcess, waitForExit, type Started } from '../lib/processes'

/** What every phase of `npm run bench` shares: paths, the log line, timeouts, the children's environment. */

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const snapshotDir = path.join(root, SNAPSHOT_DIR)
export const resultsDir = path.join(root, 'bench', 'results')
export const logsDir = path.join(resultsDir, 'logs')
export const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')

const benchStarted = performance.now()

export const elapsedS = () => (performance.now() - benchStarted) / 1000

export function log(line: string) {
  console.info(`[bench ${elapsedS().toFixed(0).padStart(4)}s] ${line}`)
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Environment for children: the caller's, without database settings that could point at real data. */
export function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.DATABASE_URL
  delete env.PAYLOAD_SECRET
  delete env.BENCH_COUNT_QUERIES
  delete env.BENCH_QUERY_COUNT_DIR
  return { ...env, NEXT_TELEMETRY_DISABLED: '1' }
}

/** Waits for the child's exit, stopping it after `timeoutMs`. */
export async function withTimeout(started: Started, timeoutMs: number, what: string): Promise<number> {
  const timer = sleep(timeoutMs).then(() => 'timeout' as const)
  const result = await Promise.race([waitForExit(started.child), timer])
  if (result === 'timeout') {
    await stopProcess(started.child)
    throw new Error(`${what} did not finish within ${Math.round(timeoutMs / 60_000)} min`)
  }
  return result
}
