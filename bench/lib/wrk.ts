import { execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { LoadStats } from './types'

/**
 * The load generator: Debian's `wrk` (C, epoll), which counts response bytes
 * without decoding them, so it is not the bottleneck of a static server the
 * way a JavaScript client decoding every body into a string is. Its report
 * comes out of bench/lib/wrk.lua as one JSON line.
 */

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wrk.lua')
export const WRK = '/usr/bin/wrk'

/** Installs wrk with apt-get when it is missing (as .ci/run does for Chromium); throws with the command to run otherwise. */
export function ensureWrk(log: (line: string) => void): void {
  if (existsSync(WRK)) return
  log('wrk not found: apt-get install -y wrk …')
  try {
    execFileSync('apt-get', ['install', '-y', 'wrk'], { stdio: 'ignore', timeout: 300_000 })
  } catch {
    // reported below
  }
  if (!existsSync(WRK)) throw new Error('wrk is missing and could not be installed: run `apt-get install -y wrk`')
}

export type WrkJson = {
  requests: number
  durationUs: number
  bytes: number
  connect: number
  read: number
  write: number
  status: number
  timeout: number
  p50: number
  p99: number
  mean: number
  max: number
}

/** The JSON line of wrk.lua in wrk's output, as LoadStats (ms, per second). */
export function parseWrkOutput(output: string): LoadStats {
  const line = output.split('\n').find((candidate) => candidate.startsWith('WRK_JSON '))
  if (!line) throw new Error(`wrk printed no report:\n${output.slice(-2000)}`)
  const raw = JSON.parse(line.slice('WRK_JSON '.length)) as WrkJson
  const durationS = raw.durationUs / 1e6
  return {
    requestsPerSec: durationS > 0 ? raw.requests / durationS : 0,
    latencyP50: raw.p50 / 1000,
    latencyP99: raw.p99 / 1000,
    latencyMean: raw.mean / 1000,
    requests: raw.requests,
    non2xx: raw.status,
    errors: raw.connect + raw.read + raw.write,
    timeouts: raw.timeout,
    throughputBytesPerSec: durationS > 0 ? raw.bytes / durationS : 0,
    durationS,
  }
}

export type LoadOptions = {
  connections: number
  durationS: number
  headers?: Record<string, string>
  /** Called with wrk's pid once it runs (to sample its CPU). */
  onStart?: (pid: number) => void
}

/** The wrk command line for one run (two threads: the machine has two cores, shared with the server). */
export function wrkArgs(url: string, options: LoadOptions): string[] {
  const threads = Math.max(1, Math.min(2, options.connections))
  const headers = Object.entries(options.headers ?? {}).flatMap(([key, value]) => ['-H', `${key}: ${value}`])
  return [
    '-t',
    String(threads),
    '-c',
    String(options.connections),
    '-d',
    `${options.durationS}s`,
    '--timeout',
    '10s',
    '-s',
    script,
    ...headers,
    url,
  ]
}

/** One wrk run against one URL (loopback only: 127.0.0.1 or localhost). */
export async function load(url: string, options: LoadOptions): Promise<LoadStats> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost):\d+\//.test(url)) throw new Error(`refusing to load a non-loopback URL: ${url}`)
  const child = spawn(WRK, wrkArgs(url, options), { stdio: ['ignore', 'pipe', 'pipe'] })
  if (child.pid) options.onStart?.(child.pid)
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const code = await new Promise<number>((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)))
  if (code !== 0) throw new Error(`wrk exited with ${code}:\n${output.slice(-2000)}`)
  return parseWrkOutput(output)
}
