import { readQueryCountFiles } from '@/db/queryCounter'
import type { BenchConfig } from '../config'
import { cpuDuring } from '../lib/cpu'
import { probe } from '../lib/http'
import type { BenchRoute } from '../lib/routes'
import { isClientBound } from '../lib/stats'
import type { RouteProbe, RouteResult } from '../lib/types'
import { load } from '../lib/wrk'
import { sleep } from './context'

/** Phase 4: each route under wrk, with the server's CPU and database queries around the measured run. */

/** Total queries reported by the server's processes, once every report is newer than now. */
export async function queryCount(dir: string): Promise<number | null> {
  const notBefore = Date.now()
  const deadline = notBefore + 2_000
  for (;;) {
    const files = readQueryCountFiles(dir)
    const total = files.reduce((sum, file) => sum + file.count, 0)
    if (files.length > 0 && files.every((file) => file.at > notBefore)) return total
    if (Date.now() > deadline) return files.length > 0 ? total : null
    await sleep(50)
  }
}

export function skipReason(status: number, location: string | null, path: string): string {
  if (status === 404) return '404: route not found'
  if (status >= 300 && status < 400) {
    return location === path ? `${status}: redirects to itself (loop)` : `${status}: redirect to ${location ?? '?'}`
  }
  return `HTTP ${status}: not measured`
}

/**
 * Waits until the server has finished what a load run left queued: one more
 * request to the same URL returns only after the backlog, and the query count
 * must stop moving. Without this, a slow route's backlog spills into the next run.
 */
async function drain(url: string, countDir: string | null): Promise<void> {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(120_000) })
    await response.arrayBuffer()
  } catch {
    // timed out: the count check below still bounds the wait
  }
  if (!countDir) return
  let previous = await queryCount(countDir)
  for (let i = 0; i < 40; i += 1) {
    await sleep(250)
    const current = await queryCount(countDir)
    if (current === previous) return
    previous = current
  }
}

export type Target = {
  url: string
  /** The server process whose CPU is measured (null: not measured). */
  pid: number | null
  /** Query count directory of the app (null: not counted). */
  countDir: string | null
  /** The generator's ceiling (requests/s of the static server) once known. */
  ceilingRps: number | null
}

export function emptyResult(route: BenchRoute, probed: RouteProbe | null): RouteResult {
  return {
    key: route.key,
    label: route.label,
    path: route.path,
    probe: probed,
    warmup: null,
    load: null,
    cacheAfterLoad: null,
    queries: null,
    ratio: null,
    ratioBareNext: null,
    cpuMsPerRequest: null,
    serverCores: null,
    clientBound: null,
    skipped: null,
  }
}

export async function measureRoute(
  route: BenchRoute,
  target: Target,
  config: BenchConfig,
  probed: RouteProbe | null,
): Promise<RouteResult> {
  const result = emptyResult(route, probed)
  if (!probed) {
    result.skipped = 'no answer'
    return result
  }
  if (probed.status < 200 || probed.status >= 300) {
    result.skipped = skipReason(probed.status, probed.location, route.path)
    return result
  }
  const { url, countDir } = target
  const options = { connections: config.connections }
  if (config.warmupS > 0) result.warmup = await load(url, { ...options, durationS: config.warmupS })
  await drain(url, countDir)
  const before = countDir ? await queryCount(countDir) : null
  const measured = await cpuDuring(target.pid, () => load(url, { ...options, durationS: config.durationS }))
  result.load = measured.result
  const after = countDir ? await queryCount(countDir) : null
  result.queries = before === null || after === null ? null : after - before
  const responses = result.load.requests
  result.cpuMsPerRequest = measured.cpuMs !== null && responses > 0 ? measured.cpuMs / responses : null
  result.serverCores = measured.cpuMs !== null ? measured.cpuMs / measured.wallMs : null
  result.clientBound = isClientBound(result.load.requestsPerSec, target.ceilingRps)
  await drain(url, countDir)
  try {
    // What the framework's cache says about this route once warm (HIT, STALE, MISS or no header).
    result.cacheAfterLoad = (await probe(url)).nextCache
  } catch {
    result.cacheAfterLoad = null
  }
  return result
}
