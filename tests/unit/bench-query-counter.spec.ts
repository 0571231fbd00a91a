import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import {
  mongoQueryCounting,
  QueryCounter,
  queryCountingEnabled,
  readQueryCountFiles,
  sqliteQueryCounting,
  writeQueryCountFile,
} from '@/db/queryCounter'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('bench query counter', () => {
  it('is off unless BENCH_COUNT_QUERIES=1: the adapters get no extra arguments', () => {
    expect(queryCountingEnabled({})).toBe(false)
    expect(queryCountingEnabled({ BENCH_COUNT_QUERIES: 'true' })).toBe(false)
    expect(sqliteQueryCounting({})).toEqual({})
    expect(mongoQueryCounting({})).toEqual({})
  })

  it('counts queries and tells listeners until they stop', () => {
    const counter = new QueryCounter()
    const seen: string[] = []
    const stop = counter.onQuery((query) => seen.push(query))
    counter.record('select 1')
    stop()
    counter.record('select 2')
    expect(counter.count).toBe(2)
    expect(seen).toEqual(['select 1'])
  })

  it('when enabled, gives SQLite a Drizzle logger and MongoDB command monitoring that count', () => {
    const source = { BENCH_COUNT_QUERIES: '1' }
    const { logger } = sqliteQueryCounting(source)
    expect(logger).toBeDefined()
    const mongo = mongoQueryCounting(source)
    expect(mongo.connectOptions).toMatchObject({ monitorCommands: true })
    expect(typeof mongo.afterCreateConnection).toBe('function')
  })

  it('the shared counter sees the Drizzle logger calls', async () => {
    const { benchQueryCounter } = await import('@/db/queryCounter')
    const source = { BENCH_COUNT_QUERIES: '1' }
    const counter = benchQueryCounter(source)
    const before = counter?.count ?? 0
    sqliteQueryCounting(source).logger?.logQuery('select * from articles where id = ?', [1])
    expect(benchQueryCounter(source)).toBe(counter)
    expect(counter?.count).toBe(before + 1)
  })

  it('reports through files another process can read and sum', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-qc-'))
    dirs.push(dir)
    const a = new QueryCounter()
    const b = new QueryCounter()
    a.record('q')
    a.record('q')
    b.record('q')
    writeQueryCountFile(dir, a, 101)
    writeQueryCountFile(dir, b, 102)
    const files = readQueryCountFiles(dir)
    expect(files.map((file) => file.pid).sort()).toEqual([101, 102])
    expect(files.reduce((sum, file) => sum + file.count, 0)).toBe(3)
    expect(readQueryCountFiles(path.join(dir, 'missing'))).toEqual([])
  })
})
