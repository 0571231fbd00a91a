import { describe, expect, it } from 'vitest'

import { leverageOf } from '@/memory/leverage'
import { readTaskLeverage, sumLeverage, wordsBelowExact } from '@/memory/taskLeverage'

const sample = leverageOf([
  { words: 10, score: 101 },
  { words: 5, score: 100 },
  { words: 7, score: 90 },
  { words: 3, score: 0 },
])

describe('a task’s stored leverage', () => {
  it('reads back what was stored', () => {
    const stored = { ...sample, computedAt: '2026-12-02T06:00:00.000Z', source: 'abc' }
    expect(readTaskLeverage(JSON.parse(JSON.stringify(stored)))).toEqual(stored)
  })

  it('refuses anything malformed', () => {
    expect(readTaskLeverage(null)).toBeNull()
    expect(readTaskLeverage([])).toBeNull()
    expect(readTaskLeverage({ ...sample })).toBeNull()
    expect(
      readTaskLeverage({ ...sample, computedAt: 'x', bands: { ...sample.bands, new: { segments: -1, words: 0 } } }),
    ).toBeNull()
    expect(readTaskLeverage({ ...sample, computedAt: 'x', total: { segments: 1, words: 1.5 } })).toBeNull()
  })

  it('sums several tasks band by band', () => {
    const sum = sumLeverage([sample, sample])
    expect(sum.bands['101']).toEqual({ segments: 2, words: 20 })
    expect(sum.bands['85-94']).toEqual({ segments: 2, words: 14 })
    expect(sum.total).toEqual({ segments: 8, words: 50 })
    expect(sumLeverage([]).total).toEqual({ segments: 0, words: 0 })
  })

  it('counts the words below an exact match', () => {
    expect(wordsBelowExact(sample)).toBe(10)
  })
})
