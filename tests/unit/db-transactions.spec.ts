import type { BaseDatabaseAdapter } from 'payload'
import { describe, expect, it } from 'vitest'

import { afterCommit, manageTransactions } from '@/db/transactions'

type Events = string[]

/** The three transaction methods of an adapter, recording what happens; enough for the wrapper. */
function fakeAdapter(events: Events): BaseDatabaseAdapter {
  let next = 0
  const adapter = {
    beginTransaction: async () => {
      const id = `tx${++next}`
      events.push(`begin ${id}`)
      return id
    },
    commitTransaction: async (id: number | Promise<number | string> | string) => {
      events.push(`commit ${String(await id)}`)
    },
    rollbackTransaction: async (id: number | Promise<number | string> | string) => {
      events.push(`rollback ${String(await id)}`)
    },
  }
  // Only these methods are exercised; the rest of the adapter interface is irrelevant here.
  return adapter as unknown as BaseDatabaseAdapter
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('manageTransactions', () => {
  it('runs after-commit work once the transaction has committed, and drops it on rollback', async () => {
    const events: Events = []
    const adapter = fakeAdapter(events)
    manageTransactions(adapter, { serialize: false })

    const committed = await adapter.beginTransaction()
    await afterCommit({ transactionID: committed ?? undefined }, () => {
      events.push('revalidate A')
    })
    events.push('still inside A')
    await adapter.commitTransaction(committed ?? '')

    const rolledBack = await adapter.beginTransaction()
    await afterCommit({ transactionID: rolledBack ?? undefined }, () => {
      events.push('revalidate B')
    })
    await adapter.rollbackTransaction(rolledBack ?? '')

    expect(events).toEqual(['begin tx1', 'still inside A', 'commit tx1', 'revalidate A', 'begin tx2', 'rollback tx2'])
  })

  it('runs at once when there is no transaction', async () => {
    const events: Events = []
    await afterCommit({ transactionID: undefined }, () => {
      events.push('now')
    })
    expect(events).toEqual(['now'])
  })

  it('lets one transaction of the process run at a time when serializing (SQLite)', async () => {
    const events: Events = []
    const adapter = fakeAdapter(events)
    manageTransactions(adapter, { serialize: true })

    const first = await adapter.beginTransaction()
    const second = adapter.beginTransaction()
    await tick()
    expect(events).toEqual(['begin tx1'])
    await adapter.commitTransaction(first ?? '')
    const secondId = await second
    expect(events).toEqual(['begin tx1', 'commit tx1', 'begin tx2'])
    await adapter.rollbackTransaction(secondId ?? '')
    const third = await adapter.beginTransaction()
    expect(third).toBe('tx3')
    await adapter.commitTransaction(third ?? '')
  })

  it('does not queue without serializing (MongoDB has real concurrent transactions)', async () => {
    const events: Events = []
    const adapter = fakeAdapter(events)
    manageTransactions(adapter, { serialize: false })
    await Promise.all([adapter.beginTransaction(), adapter.beginTransaction()])
    expect(events).toEqual(['begin tx1', 'begin tx2'])
  })
})
