import { Mutex, withTimeout, E_TIMEOUT } from 'async-mutex'
import { APIError, type BaseDatabaseAdapter, type PayloadRequest } from 'payload'

import { markWrite } from './writeTimings'

/**
 * Every write runs in a database transaction, on SQLite as on MongoDB, so a
 * crash at any point leaves either the whole operation or none of it (an
 * approval's task state, published text and public languages included), and
 * work that must only see committed data (cache revalidation) runs after commit.
 *
 * SQLite allows one writer at a time. libsql hands each transaction its own
 * connection and waits for the file lock synchronously, which inside one Node
 * process would block the very transaction it waits for: so transactions of
 * this process queue on an async mutex instead, and the lock is always free
 * when a transaction begins. Another process (a CLI seed) still waits on the
 * file lock through SQLite's busy timeout.
 */

type TransactionId = number | string

/** How long a write waits for the one before it; past that it fails with a clear error instead of hanging. */
export const TRANSACTION_QUEUE_TIMEOUT_MS = 30_000

let queueTimeoutMs = TRANSACTION_QUEUE_TIMEOUT_MS

/** Tests: a shorter wait for the writer (`null` restores the default). */
export function setTransactionQueueTimeout(ms: number | null): void {
  queueTimeoutMs = ms ?? TRANSACTION_QUEUE_TIMEOUT_MS
}

/**
 * The refusal of a write that waited too long for the writer: a 503 that says
 * nothing was saved. The message here is English; REST and GraphQL callers get
 * it in their admin language (src/api/localizedErrors.ts finds it by `data.writerBusy`).
 */
export function writerBusy(): APIError {
  const message = 'The database is busy with other changes; nothing was saved. Try again in a moment.'
  const error = new APIError(message, 503, { writerBusy: true, message }, true)
  error.name = 'WriterBusy'
  return error
}

type Callback = () => Promise<void> | void

/** Work to run once a transaction has committed, by transaction id (dropped on rollback). */
const afterCommitQueues = new Map<TransactionId, Callback[]>()

async function currentTransactionId(req: Pick<PayloadRequest, 'transactionID'>): Promise<TransactionId | null> {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  return typeof id === 'string' || typeof id === 'number' ? id : null
}

/**
 * Runs `callback` after the request's transaction commits, or now when the
 * request has none (or one this module does not track). Errors are the
 * callback's to handle: the data is already committed.
 */
export async function afterCommit(req: Pick<PayloadRequest, 'transactionID'>, callback: Callback): Promise<void> {
  const id = await currentTransactionId(req)
  const queue = id === null ? undefined : afterCommitQueues.get(id)
  if (queue) queue.push(callback)
  else await callback()
}

async function drain(id: TransactionId, run: boolean): Promise<void> {
  const queue = afterCommitQueues.get(id)
  afterCommitQueues.delete(id)
  if (!run || !queue) return
  for (const callback of queue) await callback()
}

async function resolvedId(id: TransactionId | Promise<TransactionId | null>): Promise<TransactionId | null> {
  return (id instanceof Promise ? await id : id) ?? null
}

/**
 * Wraps the adapter's transaction methods: queue the after-commit work, and on
 * SQLite (`serialize`) let one transaction of this process run at a time.
 */
export function manageTransactions(adapter: BaseDatabaseAdapter, { serialize }: { serialize: boolean }): void {
  const begin = adapter.beginTransaction.bind(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  const writer = new Mutex()
  const releases = new Map<TransactionId, () => void>()

  adapter.beginTransaction = async (options) => {
    let release: (() => void) | undefined
    markWrite('transaction queued')
    if (serialize) {
      try {
        // A timed view of the one mutex (it releases a lock that arrives after the timeout).
        release = await withTimeout(writer, queueTimeoutMs).acquire()
      } catch (error) {
        if (error === E_TIMEOUT) throw writerBusy()
        throw error
      }
    }
    try {
      const id = await begin(options)
      if (id === null || id === undefined) {
        release?.()
        return id
      }
      if (release) releases.set(id, release)
      afterCommitQueues.set(id, [])
      markWrite('transaction begun')
      return id
    } catch (error) {
      release?.()
      throw error
    }
  }

  const finish = async (
    incoming: Parameters<BaseDatabaseAdapter['commitTransaction']>[0],
    end: (id: TransactionId) => Promise<void>,
    committed: boolean,
  ) => {
    const id = await resolvedId(incoming)
    if (id === null) return
    markWrite(committed ? 'commit' : 'rollback')
    try {
      await end(id)
    } catch (error) {
      afterCommitQueues.delete(id)
      throw error
    } finally {
      releases.get(id)?.()
      releases.delete(id)
    }
    markWrite('ended')
    await drain(id, committed)
    markWrite('after-commit work done')
  }

  adapter.commitTransaction = (id) => finish(id, (resolved) => commit(resolved), true)
  adapter.rollbackTransaction = (id) => finish(id, (resolved) => rollback(resolved), false)
}
