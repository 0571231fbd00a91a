import { afterEach, describe, expect, it, vi } from 'vitest'

import { isAnonymousRead, ReaderQueue } from '@/security/readerQueue'

/** The queue that keeps visitors' reads from crowding out editors' saves (src/security/readerQueue.ts). */

function harness(slots: number, leaseMs = 10_000) {
  const queue = new ReaderQueue(slots, leaseMs)
  const started: string[] = []
  const releases = new Map<string, () => void>()
  const gone = new Set<string>()
  const admit = (name: string) =>
    queue.admit(
      () => started.push(name),
      () => gone.has(name),
      (release) => releases.set(name, release),
    )
  return { queue, started, releases, gone, admit }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('ReaderQueue', () => {
  it('starts at most `slots` reads at once and the others in arrival order as slots free', () => {
    const { queue, started, releases, admit } = harness(2)
    for (const name of ['a', 'b', 'c', 'd']) admit(name)
    expect(started).toEqual(['a', 'b'])
    expect(queue.inFlight).toBe(2)
    expect(queue.queued).toBe(2)
    releases.get('b')?.()
    expect(started).toEqual(['a', 'b', 'c'])
    releases.get('a')?.()
    expect(started).toEqual(['a', 'b', 'c', 'd'])
    expect(queue.queued).toBe(0)
  })

  it('ignores a second release of the same slot', () => {
    const { queue, started, releases, admit } = harness(1)
    for (const name of ['a', 'b', 'c']) admit(name)
    releases.get('a')?.()
    releases.get('a')?.()
    expect(started).toEqual(['a', 'b'])
    expect(queue.inFlight).toBe(1)
  })

  it('skips a waiting read whose client left', () => {
    const { started, releases, gone, admit } = harness(1)
    for (const name of ['a', 'b', 'c']) admit(name)
    gone.add('b')
    releases.get('a')?.()
    expect(started).toEqual(['a', 'c'])
  })

  it('frees a slot after the lease even if the response never ends', () => {
    vi.useFakeTimers()
    const { started, admit } = harness(1, 2_000)
    admit('slow')
    admit('next')
    expect(started).toEqual(['slow'])
    vi.advanceTimersByTime(2_000)
    expect(started).toEqual(['slow', 'next'])
  })

  it('keeps order across many reads (the queue compacts itself)', () => {
    const { started, releases, admit } = harness(1)
    const names = Array.from({ length: 3_000 }, (_, index) => `r${index}`)
    for (const name of names) admit(name)
    for (const name of names) releases.get(name)?.()
    expect(started).toEqual(names)
  })
})

describe('isAnonymousRead', () => {
  it('is a GET or HEAD without a session cookie or an Authorization header', () => {
    expect(isAnonymousRead('GET', {})).toBe(true)
    expect(isAnonymousRead('HEAD', { cookie: 'NEXT_LOCALE=fr' })).toBe(true)
    expect(isAnonymousRead('GET', { cookie: 'NEXT_LOCALE=fr; payload-token=abc' })).toBe(false)
    expect(isAnonymousRead('GET', { authorization: 'JWT abc' })).toBe(false)
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS', undefined]) {
      expect(isAnonymousRead(method, {}), String(method)).toBe(false)
    }
  })
})
