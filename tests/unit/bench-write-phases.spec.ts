import { describe, expect, it } from 'vitest'

import type { WriteTiming } from '@/db/writeTimings'
import { writePhases } from '../../bench/phases/editor'

/** The mixed run's summary of the server's own timestamps per save (bench/phases/editor.ts). */

const line = (path: string, status: number | null, marks: [string, number][], max = 5): string =>
  JSON.stringify({ method: 'PATCH', path, status, marks, loopDelay: { mean: 1, max } } satisfies WriteTiming)

describe('writePhases', () => {
  it('measures the handler, the wait for the writer and the transaction of the named saves only', () => {
    const lines = [
      line('/api/articles/1', 200, [
        ['transaction queued', 10],
        ['transaction begun', 40],
        ['commit', 90],
        ['ended', 100],
        ['response', 120],
      ]),
      line(
        '/api/articles/2',
        200,
        [
          ['transaction queued', 5],
          ['transaction begun', 5],
          ['transaction queued', 50],
          ['ended', 60],
          ['ended', 70],
          ['response', 80],
        ],
        40,
      ),
      line('/api/articles/2', null, [['transaction queued', 1]]),
      line('/api/users/login', 200, [['response', 999]]),
      '',
    ]
    const phases = writePhases(lines, new Set(['/api/articles/1', '/api/articles/2']))
    expect(phases.saves).toBe(3)
    expect(phases.stuck).toBe(1)
    expect(phases.handler).toEqual({ p50: 80, p99: 120 })
    // The first queueing to the first begin; from the first begin to the last end (nested operations share it).
    expect(phases.writerWait).toEqual({ p50: 0, p99: 30 })
    expect(phases.transaction).toEqual({ p50: 60, p99: 65 })
    expect(phases.loopDelayMax).toEqual({ p50: 5, p99: 40 })
  })
})
