import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { processTree } from './processes'

/**
 * CPU time of a process tree from /proc/<pid>/stat (Linux): user + system time
 * of each process and of its children that have exited. On two cores shared
 * with the load generator (and other work), CPU per request is the steadier
 * figure: it does not drop when the server waits for a core.
 */

let ticksPerSecond: number | null = null

function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
    } catch {
      ticksPerSecond = 100
    }
  }
  return ticksPerSecond
}

/** utime + stime + cutime + cstime (fields 14–17) of one /proc/<pid>/stat line, in clock ticks. */
export function statCpuTicks(stat: string): number {
  // Fields after the command name, which is in parentheses and may contain spaces; field 3 is first.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0)
}

/** CPU milliseconds used so far by `pid` and its descendants; null when it is gone. */
export function treeCpuMs(pid: number): number | null {
  let ticks = 0
  let seen = false
  for (const member of processTree(pid)) {
    try {
      ticks += statCpuTicks(readFileSync(`/proc/${member}/stat`, 'utf8'))
      seen = true
    } catch {
      // exited meanwhile
    }
  }
  return seen ? (ticks * 1000) / clockTicks() : null
}

/** Measures the CPU a process tree spends while `work` runs. */
export async function cpuDuring<T>(
  pid: number | null,
  work: () => Promise<T>,
): Promise<{ result: T; cpuMs: number | null; wallMs: number }> {
  const before = pid ? treeCpuMs(pid) : null
  const started = performance.now()
  const result = await work()
  const wallMs = performance.now() - started
  const after = pid ? treeCpuMs(pid) : null
  return { result, cpuMs: before === null || after === null ? null : after - before, wallMs }
}
