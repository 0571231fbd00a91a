import { describe, expect, it } from 'vitest'

import {
  allTasksWhere,
  claimableWhere,
  firstParam,
  mineWhere,
  openStatuses,
  pageParam,
  parseQueueFilters,
} from '@/admin/lib/queueFilters'

describe('queue filters from the URL', () => {
  it('keeps valid values and drops anything else', () => {
    expect(parseQueueFilters({ status: 'outdated', locale: 'fr', assignee: '12' })).toEqual({
      status: 'outdated',
      locale: 'fr',
      assignee: '12',
    })
    expect(parseQueueFilters({ status: 'done', locale: 'it', assignee: '1; DROP TABLE' })).toEqual({})
    expect(parseQueueFilters({ locale: 'de', assignee: 'none' })).toEqual({ assignee: 'none' })
    expect(parseQueueFilters(undefined)).toEqual({})
    expect(parseQueueFilters({ status: ['in_review', 'todo'] })).toEqual({ status: 'in_review' })
  })

  it('reads page numbers defensively', () => {
    expect(pageParam({ page: '3' }, 'page')).toBe(3)
    for (const bad of ['0', '-2', 'abc', '', undefined]) expect(pageParam({ page: bad }, 'page')).toBe(1)
    expect(firstParam({ a: ['x', 'y'] }, 'a')).toBe('x')
  })
})

describe('queue where clauses', () => {
  it('"assigned to me" = my open tasks', () => {
    expect(mineWhere({ id: 7 })).toEqual({ and: [{ assignee: { equals: 7 } }, { status: { in: [...openStatuses] } }] })
  })

  it('"claimable" = open, unassigned, in my languages', () => {
    expect(claimableWhere(['fr'])).toEqual({
      and: [{ assignee: { exists: false } }, { locale: { in: ['fr'] } }, { status: { in: [...openStatuses] } }],
    })
  })

  it('the editors’ list: open tasks by default; an explicit status (approved too) replaces that', () => {
    expect(allTasksWhere({})).toEqual({ and: [{ status: { in: [...openStatuses] } }] })
    expect(allTasksWhere({ status: 'approved', locale: 'en', assignee: 'none' })).toEqual({
      and: [{ status: { equals: 'approved' } }, { locale: { equals: 'en' } }, { assignee: { exists: false } }],
    })
    expect(allTasksWhere({ assignee: '4' })).toEqual({
      and: [{ status: { in: [...openStatuses] } }, { assignee: { equals: '4' } }],
    })
  })

  it('approved tasks are not open work', () => {
    expect(openStatuses).toEqual(['todo', 'in_progress', 'in_review', 'outdated'])
  })
})
