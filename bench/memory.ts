/**
 * The translation memory's bench phase: lookups with a large memory and the leverage analysis
 * of a 1,500-word article (issue #13's targets: lookup p95 < 50 ms, analysis < 1 s), measured
 * by bench/tasks/memory.ts in a child process on a fresh database of its own, from the source
 * tree (it needs no Next build). `BENCH_ONLY=memory` runs this phase alone.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { TSX_NODE_ARGS } from '@/scripts/tsxScript'

import type { BenchConfig } from './config'
import { startProcess } from './lib/processes'
import { memoryTargets } from './lib/memoryReport'
import type { DatabaseKind, MemoryBenchResult } from './lib/types'
import { baseEnv, log, logsDir, root, withTimeout } from './phases/context'
import { databaseUrl, dropDatabase } from './phases/seed'

const MEMORY_TIMEOUT_MS = 20 * 60_000

export async function runMemoryBench(kind: DatabaseKind, config: BenchConfig): Promise<MemoryBenchResult> {
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'dinogeek-bench-memory-'))
  const env: NodeJS.ProcessEnv = {
    ...baseEnv(),
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl(kind, tempDir, config.mongoUrl),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  }
  const out = path.join(tempDir, 'memory.json')
  log(`[${kind}] memory: ${config.memoryPairs} pairs, ${config.memoryQueries} lookups, a 1,500-word leverage analysis …`)
  try {
    const task = startProcess(process.execPath, [...TSX_NODE_ARGS, path.join(root, 'bench', 'tasks', 'memory.ts')], {
      cwd: root,
      env: {
        ...env,
        BENCH_DB_URL: env.DATABASE_URL,
        BENCH_TASK_OUT: out,
        BENCH_SEED: config.seed,
        BENCH_MEMORY_PAIRS: String(config.memoryPairs),
        BENCH_MEMORY_QUERIES: String(config.memoryQueries),
      },
      logFile: path.join(logsDir, `memory-${kind}.log`),
    })
    const code = await withTimeout(task, MEMORY_TIMEOUT_MS, 'memory')
    if (code !== 0) throw new Error(`memory task failed (exit ${code}):\n${task.output().slice(-4000)}`)
    const result = JSON.parse(readFileSync(out, 'utf8')) as MemoryBenchResult
    log(
      `[${kind}] memory: lookup p50 ${result.lookups.p50.toFixed(1)} ms, p95 ${result.lookups.p95.toFixed(1)} ms (target < ${memoryTargets.lookupP95Ms}); leverage of ${result.leverage.words} words ${result.leverage.ms.toFixed(0)} ms (target < ${memoryTargets.leverageMs})`,
    )
    return result
  } finally {
    await dropDatabase(kind, env, tempDir)
    if (!config.keep) rmSync(tempDir, { recursive: true, force: true })
  }
}
