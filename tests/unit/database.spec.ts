import { describe, expect, it } from 'vitest'

import { databaseKind, mongoSupportsTransactions } from '@/db/adapter'

describe('database selection', () => {
  it('chooses the adapter from DATABASE_URL', () => {
    expect(databaseKind(undefined)).toBe('sqlite')
    expect(databaseKind('file:./data/cms.db')).toBe('sqlite')
    expect(databaseKind('mongodb://localhost:27017/cms')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example/cms')).toBe('mongodb')
  })

  it('turns MongoDB transactions on only for replica sets', () => {
    expect(mongoSupportsTransactions('mongodb://mongo:27017/cms?replicaSet=rs0')).toBe(true)
    expect(mongoSupportsTransactions('mongodb+srv://cluster.example/cms')).toBe(true)
    expect(mongoSupportsTransactions('mongodb://localhost:27017/cms')).toBe(false)
  })
})

describe('adapter', () => {
  it('builds the MongoDB adapter for mongodb:// URLs and SQLite otherwise', async () => {
    const { databaseAdapter } = await import('@/db/adapter')
    expect(databaseAdapter('mongodb://mongo:27017/cms?replicaSet=rs0').name).toBe('mongoose')
    expect(databaseAdapter(undefined).name).toBe('sqlite')
    expect(databaseAdapter('file:/tmp/x.db').name).toBe('sqlite')
  })
})
