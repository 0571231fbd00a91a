import { describe, expect, it } from 'vitest'

import { buildCoverageRows } from '@/admin/lib/coverageMatrix'

describe('buildCoverageRows', () => {
  it('puts each task in its article × locale cell, in article order, with empty cells as null', () => {
    const rows = buildCoverageRows(
      [
        { id: 2, title: 'Secondo' },
        { id: 1, title: 'Primo' },
        { id: 3, title: null },
      ],
      [
        { id: 10, article: 1, locale: 'fr', status: 'approved' },
        { id: 11, article: { id: 1 }, locale: 'en', status: 'outdated' },
        { id: 12, article: 2, locale: 'fr', status: null },
        // A task of an article not on this page is ignored.
        { id: 13, article: 99, locale: 'fr', status: 'todo' },
      ],
      ['fr', 'en'],
    )
    expect(rows).toEqual([
      { articleId: 2, title: 'Secondo', cells: { fr: { taskId: 12, status: 'todo' }, en: null } },
      {
        articleId: 1,
        title: 'Primo',
        cells: { fr: { taskId: 10, status: 'approved' }, en: { taskId: 11, status: 'outdated' } },
      },
      { articleId: 3, title: '', cells: { fr: null, en: null } },
    ])
  })

  it('matches string ids (MongoDB) and numeric ids (SQLite) alike', () => {
    const rows = buildCoverageRows(
      [{ id: 'abc', title: 'Mongo' }],
      [{ id: 'x', article: 'abc', locale: 'en', status: 'in_review' }],
      ['fr', 'en'],
    )
    expect(rows[0]?.cells).toEqual({ fr: null, en: { taskId: 'x', status: 'in_review' } })
  })
})
