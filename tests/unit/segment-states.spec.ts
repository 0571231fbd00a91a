import { describe, expect, it } from 'vitest'

import { currentStatus, readSegmentStates } from '@/segments/states'

describe('segment states stored on a task', () => {
  it('keeps well-formed states and drops the rest', () => {
    const states = readSegmentStates({
      'body:aaa:0': { status: 'memory', sourceHash: 'h1', score: 100 },
      'body:bbb:0': { status: 'confirmed', sourceHash: 'h2' },
      'body:ccc:0': { status: 'approved', sourceHash: 'h3' },
      'body:ddd:0': { status: 'fuzzy' },
      'body:eee:0': 'memory',
      'body:fff:0': { status: 'fuzzy', sourceHash: 'h4', score: 'high' },
    })
    expect(states).toEqual({
      'body:aaa:0': { status: 'memory', sourceHash: 'h1', score: 100 },
      'body:bbb:0': { status: 'confirmed', sourceHash: 'h2' },
      'body:fff:0': { status: 'fuzzy', sourceHash: 'h4' },
    })
  })

  it('reads nothing from values that are not an object of states', () => {
    for (const value of [null, undefined, 'x', 3, [{ status: 'new', sourceHash: 'h' }]])
      expect(readSegmentStates(value)).toEqual({})
  })

  it('treats a state set against another source text as new', () => {
    const states = readSegmentStates({ 'title:abc:0': { status: 'confirmed', sourceHash: 'old' } })
    expect(currentStatus(states, 'title:abc:0', 'old')).toBe('confirmed')
    expect(currentStatus(states, 'title:abc:0', 'new-hash')).toBe('new')
    expect(currentStatus(states, 'title:zzz:0', 'old')).toBe('new')
  })
})
