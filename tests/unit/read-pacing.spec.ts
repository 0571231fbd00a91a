import { describe, expect, it } from 'vitest'

import { createReadPacer, isPacedMethod } from '@/security/readPacing'

/** A scheduler the test turns by hand: each `turn()` is one turn of the event loop. */
function manualTurns() {
  const pending: (() => void)[] = []
  return {
    schedule: (drain: () => void) => pending.push(drain),
    turn: () => pending.splice(0).forEach((drain) => drain()),
    scheduled: () => pending.length,
  }
}

describe('read pacing', () => {
  it('runs queued reads in arrival order, at most `perTurn` per turn', () => {
    const turns = manualTurns()
    const pace = createReadPacer(3, turns.schedule)
    const ran: number[] = []
    for (let index = 0; index < 7; index += 1) pace(() => ran.push(index))
    expect(ran).toEqual([])
    expect(turns.scheduled()).toBe(1)
    turns.turn()
    expect(ran).toEqual([0, 1, 2])
    turns.turn()
    expect(ran).toEqual([0, 1, 2, 3, 4, 5])
    turns.turn()
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(turns.scheduled()).toBe(0)
  })

  it('schedules one drain however many reads arrive within a turn, and plans again for later ones', () => {
    const turns = manualTurns()
    const pace = createReadPacer(8, turns.schedule)
    const ran: string[] = []
    pace(() => ran.push('a'))
    pace(() => ran.push('b'))
    expect(turns.scheduled()).toBe(1)
    turns.turn()
    expect(turns.scheduled()).toBe(0)
    pace(() => ran.push('c'))
    expect(turns.scheduled()).toBe(1)
    turns.turn()
    expect(ran).toEqual(['a', 'b', 'c'])
  })

  it('a read that throws does not strand the reads behind it', async () => {
    const turns = manualTurns()
    const pace = createReadPacer(4, turns.schedule)
    const ran: string[] = []
    const uncaught = new Promise<unknown>((resolve) => process.once('uncaughtException', resolve))
    pace(() => {
      throw new Error('boom')
    })
    pace(() => ran.push('after'))
    turns.turn()
    expect(ran).toEqual(['after'])
    await expect(uncaught).resolves.toMatchObject({ message: 'boom' })
  })

  it('with the real scheduler, a turn yields to I/O between batches', async () => {
    const pace = createReadPacer(2)
    const order: string[] = []
    for (let index = 0; index < 4; index += 1) pace(() => order.push(`read ${index}`))
    setImmediate(() => order.push('other work'))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(order).toEqual(['read 0', 'read 1', 'other work', 'read 2', 'read 3'])
  })

  it('paces only bodiless reads: GET and HEAD; writes run at once', () => {
    expect(isPacedMethod('GET')).toBe(true)
    expect(isPacedMethod('HEAD')).toBe(true)
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS', undefined]) expect(isPacedMethod(method)).toBe(false)
  })
})
