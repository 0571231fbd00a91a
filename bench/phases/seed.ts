import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { TSX_NODE_ARGS } from '@/scripts/tsxScript'

import type { BenchConfig } from '../config'
import { startProcess } from '../lib/processes'
import type { DatabaseKind, SeedTaskResult } from '../lib/types'
import { log, logsDir, snapshotDir, withTimeout } from './context'

/** Phase 2: a fresh database, seeded by bench/tasks/seed.ts in a child process of the built copy. */

const SEED_TIMEOUT_MS = 45 * 60_000

export function databaseUrl(kind: DatabaseKind, tempDir: string, mongoUrl: string | null): string {
  if (kind === 'sqlite') return `file:${path.join(tempDir, 'bench.db')}`
  if (!mongoUrl) throw new Error('MONGODB_TEST_URL is not set')
  const url = new URL(mongoUrl)
  url.pathname = `/dinogeek_bench_${randomBytes(4).toString('hex')}`
  return url.toString()
}

export async function runTask(kind: DatabaseKind, env: NodeJS.ProcessEnv, out: string, label: string): Promise<void> {
  const task = startProcess(process.execPath, [...TSX_NODE_ARGS, path.join(snapshotDir, 'bench', 'tasks', 'seed.ts')], {
    cwd: snapshotDir,
    env: { ...env, BENCH_TASK_OUT: out },
    logFile: path.join(logsDir, `${label}-${kind}.log`),
  })
  const code = await withTimeout(task, SEED_TIMEOUT_MS, label)
  if (code !== 0) throw new Error(`${label} task failed (exit ${code}):\n${task.output().slice(-4000)}`)
}

/** Migrations, demo content, the synthetic catalogue and the Local API measurement. */
export async function seedDatabase(
  kind: DatabaseKind,
  config: BenchConfig,
  env: NodeJS.ProcessEnv,
  tempDir: string,
  password: string,
): Promise<{ seed: SeedTaskResult; seedTaskMs: number }> {
  log(`[${kind}] seeding ${config.articles} synthetic articles …`)
  const seedOut = path.join(tempDir, 'seed.json')
  const started = performance.now()
  await runTask(
    kind,
    {
      ...env,
      BENCH_DB_URL: env.DATABASE_URL,
      BENCH_ARTICLES: String(config.articles),
      BENCH_SEED: config.seed,
      BENCH_PASSWORD: password,
      BENCH_LOCALE: config.locale,
      BENCH_PAGE_SIZE: String(config.pageSize),
      BENCH_LOCAL_API_CALLS: String(config.localApiCalls),
      BENCH_BATCH: String(config.batch),
      BENCH_COUNT_QUERIES: '1',
    },
    seedOut,
    'seed',
  )
  const seedTaskMs = performance.now() - started
  const seed = JSON.parse(readFileSync(seedOut, 'utf8')) as SeedTaskResult
  log(
    `[${kind}] seeded in ${(seedTaskMs / 1000).toFixed(1)} s (synthetic: ${(seed.syntheticMs / 1000).toFixed(1)} s); Local API find by slug p95 ${seed.localApi.p95.toFixed(2)} ms`,
  )
  return { seed, seedTaskMs }
}

/** Drops the MongoDB bench database (SQLite's goes with the temporary directory). */
export async function dropDatabase(kind: DatabaseKind, env: NodeJS.ProcessEnv, tempDir: string): Promise<void> {
  if (kind !== 'mongodb') return
  try {
    await runTask(kind, { ...env, BENCH_DB_URL: env.DATABASE_URL, BENCH_TASK: 'drop' }, path.join(tempDir, 'drop.json'), 'drop')
  } catch (error) {
    log(`[${kind}] could not drop the bench database: ${error instanceof Error ? error.message : String(error)}`)
  }
}
