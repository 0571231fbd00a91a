import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

/**
 * Sets a user's date field to `now` only if it is empty or not later than
 * `notAfter`, and says whether this call did it: a compare-and-set, so of
 * several replicas checking at once exactly one wins. Payload's `updateMany`
 * reads the matching ids and then writes them, which is only atomic inside a
 * write transaction (SQLite); on MongoDB one `updateOne` with the condition in
 * its filter is.
 */
export async function claimUserMarker(
  payload: Payload,
  args: { userId: number | string; field: 'newTasksMailedAt'; now: Date; notAfter: Date },
): Promise<boolean> {
  const { userId, field, now, notAfter } = args
  const { db } = payload
  // Both adapters augment Payload's DatabaseAdapter type; the name says which one this is.
  if (db.name === 'mongoose') {
    const result = await db.collections.users.updateOne(
      { _id: userId, $or: [{ [field]: null }, { [field]: { $lte: notAfter } }] },
      { $set: { [field]: now } },
    )
    return result.modifiedCount === 1
  }
  // SQLite: a write transaction holds the database's write lock from its start (libsql begins it
  // IMMEDIATE; this process's transactions also queue in src/db/transactions.ts), so the read of
  // `updateMany` and its write cannot interleave with another writer's.
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const updated = await db.updateMany({
      collection: 'users',
      where: {
        and: [
          { id: { equals: userId } },
          { or: [{ [field]: { exists: false } }, { [field]: { less_than_equal: notAfter.toISOString() } }] },
        ],
      },
      data: { [field]: now.toISOString() },
      req,
    })
    await commitTransaction(req)
    return (updated?.length ?? 0) === 1
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
