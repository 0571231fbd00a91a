/**
 * Paging over two lists shown one after the other. The task queue shows tasks
 * with a due date (earliest first) before tasks without one, but databases
 * sort missing dates first; so the queue is two queries, and a page of it may
 * end the first list and start the second.
 */
export type Segment = { start: number; count: number }

export function splitPage(
  page: number,
  limit: number,
  firstTotal: number,
  secondTotal: number,
): { first: Segment; second: Segment; totalPages: number } {
  const start = (Math.max(1, page) - 1) * limit
  const firstCount = Math.max(0, Math.min(limit, firstTotal - start))
  const secondStart = Math.max(0, start - firstTotal)
  const secondCount = Math.max(0, Math.min(limit - firstCount, secondTotal - secondStart))
  return {
    first: { start, count: firstCount },
    second: { start: secondStart, count: secondCount },
    totalPages: Math.max(1, Math.ceil((firstTotal + secondTotal) / limit)),
  }
}

/** The pages (1-based, `limit` per page) that hold items `start … start + count - 1`. */
export function pagesCovering({ start, count }: Segment, limit: number): number[] {
  if (count <= 0) return []
  const first = Math.floor(start / limit) + 1
  const last = Math.floor((start + count - 1) / limit) + 1
  return Array.from({ length: last - first + 1 }, (_, index) => first + index)
}
