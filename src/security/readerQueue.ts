/**
 * Anonymous page reads wait their turn so that editors' saves do not.
 *
 * One Node process serves everything, and every request's asynchronous steps
 * share one event loop. With 300 visitors' requests in flight, each step of a
 * save (reading its body, each awaited hook, writing its answer) waits behind
 * a slice of every one of them: a save that takes 100 ms on a quiet server took
 * seconds (#12's mixed run). So at most `slots` anonymous GET/HEAD requests are
 * handled at once; the others wait in arrival order, before Next sees them, at
 * the cost of a counter. Requests with credentials (the admin, the API with a
 * token, editors' saves) and every other method go straight in. Readers lose
 * nothing on average: the CPU was already the limit, they now wait in this
 * queue instead of in the event loop.
 *
 * A slot is held until the response ends, or at most `leaseMs`: a client that
 * reads its answer slowly cannot keep the site's readers waiting for long.
 */

export type Start = () => void

type Waiting = { start: Start; gone: () => boolean }

export class ReaderQueue {
  private running = 0
  private readonly waiting: (Waiting | undefined)[] = []
  private head = 0

  constructor(
    readonly slots: number,
    private readonly leaseMs: number,
  ) {}

  get inFlight(): number {
    return this.running
  }

  get queued(): number {
    return this.waiting.length - this.head
  }

  /**
   * Starts `start` now when a slot is free, else when one frees (skipped if
   * `gone()` says the client left meanwhile). `onDone` receives the function
   * that frees the slot; call it when the response ends (extra calls are ignored).
   */
  admit(start: Start, gone: () => boolean, onDone: (release: () => void) => void): void {
    const run = () => {
      this.running += 1
      let released = false
      const release = () => {
        if (released) return
        released = true
        clearTimeout(lease)
        this.running -= 1
        this.next()
      }
      const lease = setTimeout(release, this.leaseMs)
      lease.unref?.()
      onDone(release)
      start()
    }
    if (this.running < this.slots) run()
    else this.waiting.push({ start: run, gone })
  }

  private next(): void {
    while (this.running < this.slots && this.head < this.waiting.length) {
      const item = this.waiting[this.head]
      this.waiting[this.head] = undefined
      this.head += 1
      if (this.head > 1024 && this.head * 2 > this.waiting.length) {
        this.waiting.splice(0, this.head)
        this.head = 0
      }
      if (item && !item.gone()) item.start()
    }
  }
}

/** A request that carries no credentials: a visitor's read (Payload's session cookie or an Authorization header mark the others). */
export function isAnonymousRead(method: string | undefined, headers: Record<string, string | string[] | undefined>): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false
  if (headers.authorization) return false
  const cookie = headers.cookie
  const cookies = Array.isArray(cookie) ? cookie.join('; ') : (cookie ?? '')
  return !cookies.includes('payload-token=')
}
