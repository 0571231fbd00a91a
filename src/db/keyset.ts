/**
 * Reads documents in id order, `size` at a time, each batch starting after the
 * last id of the previous one (`id > lastId`): no OFFSET, so a late batch costs
 * what the first does, and only one batch is in memory at a time.
 */
export async function* keysetBatches<Id extends number | string, T extends { id: Id }>(
  load: (afterId: Id | null, limit: number) => Promise<T[]>,
  size: number,
  startAfter: Id | null = null,
): AsyncGenerator<T[]> {
  let cursor = startAfter
  for (;;) {
    const batch = await load(cursor, size)
    if (batch.length > 0) yield batch
    const last = batch[batch.length - 1]
    // A short batch is the last one; an id that did not advance would loop forever.
    if (batch.length < size || !last || last.id === cursor) return
    cursor = last.id
  }
}
