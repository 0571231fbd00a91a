import { AsyncLocalStorage } from 'node:async_hooks'
import { appendFileSync } from 'node:fs'

/**
 * Opt-in timing of write requests for `npm run bench` (issue #12's mixed run).
 * Off unless `BENCH_WRITE_TIMINGS` names a file: then each REST write
 * (POST/PATCH/PUT/DELETE) records when it reached each phase (`markWrite`:
 * queued for the writer, transaction begun, hooks, commit, after-commit work,
 * response), in ms since the handler started, and appends one JSON line per
 * request to that file, with the event loop's delay while it ran. The bench
 * reads the lines to say where slow saves waited.
 *
 * Why not in `src/env.ts`: measurement plumbing like ./queryCounter, not
 * configuration; with the variable unset every function here returns at once.
 */

export type WriteTiming = {
  method: string
  path: string
  status: number | null
  /** [phase, ms since the handler started], in the order reached. */
  marks: [string, number][]
  /** The event loop's mean and max delay (ms) while the request ran. */
  loopDelay: { mean: number; max: number }
}

type Running = { started: number; marks: [string, number][] }

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])
const GLOBAL_KEY = Symbol.for('dinogeek.benchWriteTimings')
type Holder = typeof globalThis & { [GLOBAL_KEY]?: AsyncLocalStorage<Running> }

function timingFile(source: Record<string, string | undefined> = process.env): string | null {
  return source.BENCH_WRITE_TIMINGS?.trim() || null
}

/** One store per process (a bundled server may load this module more than once). */
function storage(): AsyncLocalStorage<Running> {
  const holder = globalThis as Holder
  holder[GLOBAL_KEY] ??= new AsyncLocalStorage<Running>()
  return holder[GLOBAL_KEY]
}

/** Records that the current write request reached `phase` (nothing when timing is off or outside one). */
export function markWrite(phase: string): void {
  const running = timingFile() ? storage().getStore() : undefined
  if (running) running.marks.push([phase, round(performance.now() - running.started)])
}

/** How late a 20 ms timer fires, sampled while a write runs: the event loop's delay. */
function loopDelaySampler(): { stop: () => { mean: number; max: number } } {
  const every = 20
  const delays: number[] = []
  let expected = performance.now() + every
  const timer = setInterval(() => {
    const now = performance.now()
    delays.push(Math.max(0, now - expected))
    expected = now + every
  }, every)
  timer.unref()
  return {
    stop: () => {
      clearInterval(timer)
      const sum = delays.reduce((total, delay) => total + delay, 0)
      return { mean: delays.length ? Math.round(sum / delays.length) : 0, max: Math.round(Math.max(0, ...delays)) }
    },
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10

/** Runs a REST handler, timing it when it is a write and timing is on. */
export async function timeWrite(request: Request, handle: () => Promise<Response>): Promise<Response> {
  const file = timingFile()
  if (!file || !WRITE_METHODS.has(request.method)) return handle()
  const running: Running = { started: performance.now(), marks: [] }
  const sampler = loopDelaySampler()
  const line = (status: number | null, loopDelay: WriteTiming['loopDelay']): string => {
    const timing: WriteTiming = {
      method: request.method,
      path: new URL(request.url).pathname,
      status,
      marks: running.marks,
      loopDelay,
    }
    return `${JSON.stringify(timing)}\n`
  }
  // A write still running after 20 s is written down as it stands (status null).
  const stuck = setTimeout(() => appendFileSync(file, line(null, { mean: -1, max: -1 })), 20_000)
  stuck.unref()
  let status: number | null = null
  try {
    const response = await storage().run(running, handle)
    status = response.status
    return response
  } finally {
    clearTimeout(stuck)
    running.marks.push(['response', round(performance.now() - running.started)])
    appendFileSync(file, line(status, sampler.stop()))
  }
}
