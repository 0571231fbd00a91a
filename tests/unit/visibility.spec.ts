import { describe, expect, it } from 'vitest'

import { isTaskLocalePublic, publicLocalesFor } from '@/workflow/visibility'

describe('public locales', () => {
  it('nothing is public before the source is published', () => {
    expect(publicLocalesFor({ sourcePublished: false, tasks: [{ locale: 'fr', status: 'approved' }] })).toEqual([])
  })

  it('the source locale is public once published', () => {
    expect(publicLocalesFor({ sourcePublished: true, tasks: [] })).toEqual(['it'])
  })

  it.each([
    ['todo', false],
    ['in_progress', false],
    ['in_review', false],
    ['approved', true],
    ['outdated', true],
  ] as const)('a never-approved task in %s → public: %s', (status, expected) => {
    expect(isTaskLocalePublic({ locale: 'fr', status })).toBe(expected)
  })

  it('a translation approved once stays online while it is reworked', () => {
    expect(isTaskLocalePublic({ locale: 'fr', status: 'in_progress', approvedAt: '2026-10-01T00:00:00.000Z' })).toBe(true)
    expect(
      publicLocalesFor({
        sourcePublished: true,
        tasks: [
          { locale: 'fr', status: 'in_review', approvedAt: '2026-10-01T00:00:00.000Z' },
          { locale: 'en', status: 'in_review' },
        ],
      }),
    ).toEqual(['fr', 'it'])
  })
})
