import { describe, expect, it } from 'vitest'

import { pagesCovering, splitPage } from '@/admin/lib/splitPage'

describe('splitPage', () => {
  it('fills a page from the first list, then from the second', () => {
    // 7 dated + 6 undated tasks, 5 per page: [d0-d4] [d5 d6 u0 u1 u2] [u3 u4 u5]
    expect(splitPage(1, 5, 7, 6)).toEqual({
      first: { start: 0, count: 5 },
      second: { start: 0, count: 0 },
      totalPages: 3,
    })
    expect(splitPage(2, 5, 7, 6)).toEqual({
      first: { start: 5, count: 2 },
      second: { start: 0, count: 3 },
      totalPages: 3,
    })
    expect(splitPage(3, 5, 7, 6)).toEqual({
      first: { start: 10, count: 0 },
      second: { start: 3, count: 3 },
      totalPages: 3,
    })
  })

  it('is empty past the end, and has one page when both lists are empty', () => {
    expect(splitPage(9, 5, 7, 6)).toMatchObject({ first: { count: 0 }, second: { count: 0 } })
    expect(splitPage(1, 5, 0, 0)).toEqual({
      first: { start: 0, count: 0 },
      second: { start: 0, count: 0 },
      totalPages: 1,
    })
    expect(splitPage(0, 5, 3, 0).first).toEqual({ start: 0, count: 3 })
  })
})

describe('pagesCovering', () => {
  it('names the one or two pages holding a range', () => {
    expect(pagesCovering({ start: 0, count: 5 }, 5)).toEqual([1])
    expect(pagesCovering({ start: 3, count: 5 }, 5)).toEqual([1, 2])
    expect(pagesCovering({ start: 10, count: 2 }, 5)).toEqual([3])
    expect(pagesCovering({ start: 4, count: 0 }, 5)).toEqual([])
  })
})
