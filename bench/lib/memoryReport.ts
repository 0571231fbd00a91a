import type { MemoryBenchResult } from './types'

/** Issue #13's targets on 2 cores. */
export const memoryTargets = { lookupP95Ms: 50, leverageMs: 1000 }

/** The report's section: one row per database. */
export function memoryRows(results: readonly MemoryBenchResult[]): { header: string[]; rows: string[][] } {
  const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`
  return {
    header: [
      'database',
      'pairs',
      'bulk insert',
      'first lookup (index build)',
      'lookup p50',
      'lookup p95',
      'leverage (words)',
      'leverage time',
    ],
    rows: results.map((result) => [
      result.database,
      result.pairs.toLocaleString('en'),
      ms(result.insertMs),
      ms(result.firstLookupMs),
      ms(result.lookups.p50),
      `${ms(result.lookups.p95)} (target < ${memoryTargets.lookupP95Ms})`,
      String(result.leverage.words),
      `${ms(result.leverage.ms)} (target < ${memoryTargets.leverageMs})`,
    ]),
  }
}
