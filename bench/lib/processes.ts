import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'

/** Child processes of the benchmark: all on loopback, all stopped by the benchmark itself. */

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))))
    })
  })
}

export type Started = { child: ChildProcess; output: () => string }

const children = new Set<ChildProcess>()

/** Starts a process whose output goes to `logFile` (and is kept, last 64 KB, for error messages). */
export function startProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Started {
  const log = createWriteStream(options.logFile)
  let tail = ''
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
  children.add(child)
  const collect = (chunk: Buffer) => {
    log.write(chunk)
    tail = (tail + chunk.toString()).slice(-65_536)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  child.on('exit', () => {
    children.delete(child)
    log.end()
  })
  return { child, output: () => tail }
}

export function waitForExit(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))))
}

/** SIGTERM, then SIGKILL after `graceMs`: only the given child, never by name. */
export async function stopProcess(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = waitForExit(child)
  child.kill('SIGTERM')
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), graceMs).unref())
  if ((await Promise.race([exited, timer])) === 'timeout') {
    child.kill('SIGKILL')
    await exited
  }
}

/** Stops every child still running (on the way out, or on Ctrl-C). */
export async function stopAll(): Promise<void> {
  await Promise.all([...children].map((child) => stopProcess(child, 2_000)))
}

/** Polls `url` until it answers below 500, the process exits or `timeoutMs` passes. */
export async function waitForHttp(url: string, started: Started, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null)
      throw new Error(`server exited early (code ${started.child.exitCode}):\n${started.output().slice(-4000)}`)
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) })
      await response.arrayBuffer()
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`no answer from ${url} within ${Math.round(timeoutMs / 1000)} s:\n${started.output().slice(-4000)}`)
}

/** Parent pid of `pid`, from /proc (Linux). */
function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Field 4, after the command name in parentheses (which may contain spaces).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return Number(fields[1])
  } catch {
    return null
  }
}

/** `pid` and all its descendants. */
export function processTree(pid: number): number[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
  const tree = new Set([pid])
  let grew = true
  while (grew) {
    grew = false
    for (const candidate of all) {
      if (tree.has(candidate)) continue
      const parent = parentOf(candidate)
      if (parent !== null && tree.has(parent)) {
        tree.add(candidate)
        grew = true
      }
    }
  }
  return [...tree]
}

/** A `kB` field of /proc/<pid>/status, e.g. VmRSS or VmHWM (peak). */
export function statusKb(status: string, field: string): number | null {
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)
  return match ? Number(match[1]) : null
}

/** Resident and peak resident memory of a process tree, summed over its processes. */
export function treeMemoryKb(pid: number): { rssKb: number | null; peakKb: number | null } {
  let rss = 0
  let peak = 0
  let seen = false
  for (const member of processTree(pid)) {
    try {
      const status = readFileSync(`/proc/${member}/status`, 'utf8')
      rss += statusKb(status, 'VmRSS') ?? 0
      peak += statusKb(status, 'VmHWM') ?? 0
      seen = true
    } catch {
      // exited meanwhile
    }
  }
  return seen ? { rssKb: rss, peakKb: peak } : { rssKb: null, peakKb: null }
}

/** GNU time -v output: wall seconds and maximum resident set size. */
export function parseGnuTime(output: string): { wallS: number | null; maxRssKb: number | null } {
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\):\s*([\d:.]+)/.exec(output)?.[1]
  const rss = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(output)?.[1]
  let wallS: number | null = null
  if (wall) {
    wallS = wall
      .split(':')
      .map(Number)
      .reduce((total, part) => total * 60 + part, 0)
  }
  return { wallS, maxRssKb: rss ? Number(rss) : null }
}
