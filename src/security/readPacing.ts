/**
 * Reads paced in small batches, one batch per turn of the event loop.
 *
 * Node accepts at most one new connection per turn of its event loop (seen on
 * Node 20 with strace: one `accept4` per turn, never drained to EAGAIN). Under
 * 300 keep-alive readers a turn ran every ready request, 150–300 of them, so a
 * turn lasted 300–500 ms and an editor's new connection waited in the kernel's
 * accept queue behind every reader that had connected before it: up to 29 s for
 * a save the server then handled in 50 ms (#12's mixed run). Running reads a
 * few per turn (`setImmediate`) keeps turns short, so connections are accepted
 * and writes start at once; writes are never queued.
 */

export type Pacer = (run: () => void) => void

/** How many queued reads one turn runs: enough to keep throughput, few enough to keep a turn near a few ms. */
export const READS_PER_TURN = 4

export function createReadPacer(perTurn: number = READS_PER_TURN, schedule: (drain: () => void) => void = setImmediate): Pacer {
  const queue: (() => void)[] = []
  let scheduled = false
  const drain = () => {
    scheduled = false
    for (let ran = 0; ran < perTurn && queue.length > 0; ran += 1) {
      const run = queue.shift()
      try {
        run?.()
      } catch (error) {
        // Thrown as before (uncaught), without stranding the reads queued behind it.
        process.nextTick(() => {
          throw error
        })
      }
    }
    if (queue.length > 0) plan()
  }
  const plan = () => {
    if (scheduled) return
    scheduled = true
    schedule(drain)
  }
  return (run) => {
    queue.push(run)
    plan()
  }
}

/** GET and HEAD carry no body to lose while they wait, and are the readers' load; every other method runs at once. */
export function isPacedMethod(method: string | undefined): boolean {
  return method === 'GET' || method === 'HEAD'
}
