import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Args as MongooseArgs } from '@payloadcms/db-mongodb'

/**
 * Opt-in database query counter for `npm run bench` (see bench/). Off unless
 * `BENCH_COUNT_QUERIES=1`: then every query the adapter sends is counted (SQLite:
 * Drizzle's logger; MongoDB: the driver's command monitoring), and with
 * `BENCH_QUERY_COUNT_DIR` set each process writes its running total to
 * `<dir>/queries-<pid>.json` a few times a second, so the benchmark (another
 * process) can read how many queries a load run caused.
 *
 * Why here and not in `src/env.ts`: this is measurement plumbing, not
 * configuration of the app; with the variable unset the adapters get exactly
 * the arguments they get without this file.
 */

export type QueryListener = (query: string, params: readonly unknown[]) => void

export type QueryCountFile = { pid: number; count: number; at: number }

export const QUERY_COUNT_FILE_PATTERN = /^queries-(\d+)\.json$/

const REPORT_INTERVAL_MS = 100

export class QueryCounter {
  private total = 0
  private readonly listeners = new Set<QueryListener>()

  get count(): number {
    return this.total
  }

  record(query: string, params: readonly unknown[] = []): void {
    this.total += 1
    for (const listener of this.listeners) listener(query, params)
  }

  /** Calls `listener` for every query from now on; returns the function that stops it. */
  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}

type Source = Record<string, string | undefined>

export function queryCountingEnabled(source: Source = process.env): boolean {
  return source.BENCH_COUNT_QUERIES === '1'
}

/** Writes the count atomically (temp file + rename), so a reader never sees half a file. */
export function writeQueryCountFile(dir: string, counter: QueryCounter, pid: number = process.pid): void {
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `queries-${pid}.json`)
  const body: QueryCountFile = { pid, count: counter.count, at: Date.now() }
  writeFileSync(`${file}.tmp`, JSON.stringify(body))
  renameSync(`${file}.tmp`, file)
}

/** Every process's last report in `dir` (an absent directory has none). */
export function readQueryCountFiles(dir: string): QueryCountFile[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const files: QueryCountFile[] = []
  for (const name of names) {
    if (!QUERY_COUNT_FILE_PATTERN.test(name)) continue
    try {
      const parsed: unknown = JSON.parse(readFileSync(path.join(dir, name), 'utf8'))
      if (isQueryCountFile(parsed)) files.push(parsed)
    } catch {
      // Being replaced right now: the next read gets it.
    }
  }
  return files
}

function isQueryCountFile(value: unknown): value is QueryCountFile {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return typeof record.pid === 'number' && typeof record.count === 'number' && typeof record.at === 'number'
}

const GLOBAL_KEY = Symbol.for('dinogeek.benchQueryCounter')
type GlobalWithCounter = typeof globalThis & { [GLOBAL_KEY]?: QueryCounter }

/**
 * The process-wide counter when counting is enabled, else undefined. Kept on
 * `globalThis`: a bundled server may load this module more than once.
 */
export function benchQueryCounter(source: Source = process.env): QueryCounter | undefined {
  if (!queryCountingEnabled(source)) return undefined
  const holder = globalThis as GlobalWithCounter
  let counter = holder[GLOBAL_KEY]
  if (!counter) {
    counter = new QueryCounter()
    holder[GLOBAL_KEY] = counter
    const dir = source.BENCH_QUERY_COUNT_DIR
    if (dir) {
      const report = counter
      writeQueryCountFile(dir, report)
      setInterval(() => writeQueryCountFile(dir, report), REPORT_INTERVAL_MS).unref()
    }
  }
  return counter
}

/** Extra `sqliteAdapter` arguments: a Drizzle logger that counts, or nothing. */
export function sqliteQueryCounting(source: Source = process.env): {
  logger?: { logQuery: (query: string, params: unknown[]) => void }
} {
  const counter = benchQueryCounter(source)
  if (!counter) return {}
  return { logger: { logQuery: (query, params) => counter.record(query, params) } }
}

/** Extra `mongooseAdapter` arguments: command monitoring that counts, or nothing. */
export function mongoQueryCounting(source: Source = process.env): Pick<MongooseArgs, 'afterCreateConnection' | 'connectOptions'> {
  const counter = benchQueryCounter(source)
  if (!counter) return {}
  return {
    connectOptions: { monitorCommands: true },
    afterCreateConnection: (adapter) => {
      adapter.connection.getClient().on('commandStarted', (event) => counter.record(event.commandName, []))
    },
  }
}
