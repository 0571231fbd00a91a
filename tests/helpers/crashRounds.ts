import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { getPayload, type Payload } from 'payload'

import { buildAppConfig } from '@/buildConfig'
import { TSX_NODE_ARGS } from '@/scripts/tsxScript'

/**
 * Running a crash worker (a separate process writing to a SQLite file) and SIGKILLing it at a
 * chosen moment. A worker speaks on stdout, one line per event, each starting with `crash:`
 * (Payload's own output is anything else and is ignored):
 *   crash:ready             Payload is open
 *   crash:begin <id>        a unit of work (an approval, an import) is about to be sent
 *   crash:acked <id> <ms>   it returned, so it is committed; it took <ms>
 *   crash:done              nothing left to do
 * Any failure is printed as `crash:error <message>` with exit code 1.
 */

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Seeded so a failing run's kill schedule can be repeated (the timing itself cannot). */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Round = {
  acknowledged: string[]
  begun: string[]
  /** How long each acknowledged unit took in the worker. */
  workMs: number[]
  killed: boolean
  finished: boolean
  ms: number
}

export type KillPlan = {
  /** Acknowledged units to let through first (0: kill during the first one). */
  skip: number
  /** Where in the next unit to kill, as a fraction of how long a unit takes. */
  at: number
  /** How long a unit takes when this round has not timed one yet. */
  estimateMs: number
}

/**
 * Starts the worker and SIGKILLs it part-way through the unit that follows its `skip`-th
 * acknowledged one, unless it finishes first. The delay scales with the unit just timed, so
 * kills spread over the whole unit (reads, writes, the commit) however loaded the machine is.
 */
export function runRound(workerScript: string, env: NodeJS.ProcessEnv, plan: KillPlan): Promise<Round> {
  const started = Date.now()
  const round: Round = { acknowledged: [], begun: [], workMs: [], killed: false, finished: false, ms: 0 }
  // Node with tsx as a loader, not the tsx CLI: the CLI runs the script in a child process,
  // which a SIGKILL sent to the CLI would not reach.
  const child = spawn(process.execPath, [...TSX_NODE_ARGS, workerScript], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  let pending = ''
  let timer: NodeJS.Timeout | undefined
  const armKill = (workMs: number) => {
    timer ??= setTimeout(
      () => {
        round.killed = child.kill('SIGKILL')
      },
      Math.round(plan.at * workMs),
    )
  }
  const startupLimit = setTimeout(() => child.kill('SIGKILL'), 90_000)

  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      pending += chunk.toString()
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines.filter((entry) => entry.startsWith('crash:'))) {
        const [event, value, ms] = line.slice('crash:'.length).split(' ')
        if (event === 'ready') {
          clearTimeout(startupLimit)
          if (plan.skip === 0) armKill(plan.estimateMs)
        } else if (event === 'begin' && value) round.begun.push(value)
        else if (event === 'acked' && value) {
          round.acknowledged.push(value)
          round.workMs.push(Number(ms))
          if (round.acknowledged.length === plan.skip) armKill(Number(ms))
        } else if (event === 'done') round.finished = true
      }
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      clearTimeout(startupLimit)
      round.ms = Date.now() - started
      if (signal === 'SIGKILL' && round.killed) resolve(round)
      else if (code === 0 && round.finished) resolve(round)
      else reject(new Error(`crash worker exited with ${signal ?? code}:\n${output.slice(-4000)}`))
    })
  })
}

/** A worker's line on stdout. */
export function say(line: string): void {
  process.stdout.write(`crash:${line}\n`)
}

/** Payload on a crash test's own SQLite file; `key`: its own cache key (a destroyed instance stays cached under its key). */
export async function openCrashPayload(databaseUrl: string, key?: string): Promise<Payload> {
  const config = await buildAppConfig({
    databaseUrl,
    payloadSecret: 'test-secret-that-is-long-enough-1234567890',
    serverUrl: 'http://localhost:3000',
    mail: { fromAddress: 'cms@example.com', fromName: 'DinoGeek CMS' },
    schemaPush: true,
  })
  return getPayload(key ? { config, key } : { config })
}

/** A worker's Payload on the parent's SQLite file (the parent created the schema). */
export async function openWorkerPayload(databaseUrl: string): Promise<Payload> {
  // Skipping the dev push saves a second per start and means no schema change is ever in
  // flight when the process is killed.
  process.env.PAYLOAD_MIGRATING = 'true'
  return openCrashPayload(databaseUrl)
}

/** A worker's entry: exits 0 when done, or says `crash:error` and exits 1. */
export function runWorker(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      say(`error ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`.replace(/\n/g, ' | '))
      process.exit(1)
    },
  )
}
