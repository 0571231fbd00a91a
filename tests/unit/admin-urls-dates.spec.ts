import { describe, expect, it } from 'vitest'

import { adminUrl, articleEditUrl, taskEditUrl, taskListUrl, withParams } from '@/admin/lib/adminUrls'
import { formatDateTime, formatDay, isOverdue } from '@/admin/lib/dates'
import { capitalize } from '@/admin/lib/text'

describe('admin URLs', () => {
  it('opens an article in a locale and a task by id', () => {
    expect(articleEditUrl('/admin', 12, 'fr')).toBe('/admin/collections/articles/12?locale=fr')
    expect(taskEditUrl('/admin/', 'a b')).toBe('/admin/collections/translations/a%20b')
    expect(adminUrl('/admin', '/translations')).toBe('/admin/translations')
  })

  it('filters the tasks list in the query format of Payload’s list view', () => {
    expect(taskListUrl('/admin', { status: 'outdated', locale: 'fr' })).toBe(
      '/admin/collections/translations?where[or][0][and][0][status][equals]=outdated&where[or][0][and][1][locale][equals]=fr',
    )
    expect(taskListUrl('/admin', {})).toBe('/admin/collections/translations')
  })

  it('changes some query parameters and keeps the others', () => {
    expect(withParams({ status: 'todo', page: '2', q: ['a', 'b'] }, { page: 3 })).toBe('?status=todo&q=a&q=b&page=3')
    expect(withParams({ page: '2' }, { page: undefined })).toBe('?')
    expect(withParams(undefined, { q: 'dns ip' })).toBe('?q=dns+ip')
  })
})

describe('dates', () => {
  it('shows a due day in the admin language, without shifting it by a time zone', () => {
    expect(formatDay('2026-03-05T00:00:00.000Z', 'en')).toBe('Mar 5, 2026')
    expect(formatDay('2026-03-05T00:00:00.000Z', 'fr')).toBe('5 mars 2026')
    expect(formatDay('2026-03-05T00:00:00.000Z', 'it')).toBe('5 mar 2026')
    expect(formatDay(null, 'en')).toBeNull()
    expect(formatDay('not a date', 'en')).toBeNull()
  })

  it('shows a moment with its time zone', () => {
    expect(formatDateTime('2026-03-05T14:30:00.000Z', 'en', 'UTC')).toBe('Mar 5, 2026, 02:30 PM UTC')
    expect(formatDateTime(undefined, 'en')).toBeNull()
  })

  it('is overdue only once the due day is over', () => {
    const now = new Date('2026-03-05T18:00:00.000Z')
    expect(isOverdue('2026-03-04T12:00:00.000Z', now)).toBe(true)
    expect(isOverdue('2026-03-05T12:00:00.000Z', now)).toBe(false)
    expect(isOverdue('2026-03-06T00:00:00.000Z', now)).toBe(false)
    expect(isOverdue(null, now)).toBe(false)
  })
})

describe('capitalize', () => {
  it('capitalizes language names used as labels', () => {
    expect(capitalize('français', 'fr')).toBe('Français')
    expect(capitalize('', 'it')).toBe('')
  })
})
