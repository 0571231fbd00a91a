import { describe, expect, it } from 'vitest'

import { leverageOf } from '@/memory/leverage'
import { jobLimits, parseBuildRequest } from '@/jobs/buildRequest'
import { selectTasks, type CandidateTask } from '@/jobs/selection'
import { approvalTimes, deriveJobStatus, isOpenInJob, jobStatus, taskStateInJob } from '@/jobs/status'
import { summarizeJob } from '@/jobs/summary'

const created = '2026-06-01T10:00:00.000Z'
const before = '2026-05-01T10:00:00.000Z'
const after = '2026-06-02T10:00:00.000Z'

describe('a task’s state in a job', () => {
  it('maps the workflow states, and tells an outdated delivery from outdated work to do', () => {
    expect(taskStateInJob({ status: 'todo', approvals: [] }, created)).toBe('todo')
    expect(taskStateInJob({ status: 'in_progress', approvals: [] }, created)).toBe('in_progress')
    expect(taskStateInJob({ status: 'in_review', approvals: [] }, created)).toBe('in_review')
    expect(taskStateInJob({ status: 'approved', approvals: [after] }, created)).toBe('done')
    expect(taskStateInJob({ status: 'outdated', approvals: [after] }, created)).toBe('needs_update')
    // Approved before this job existed: the job was made to update it.
    expect(taskStateInJob({ status: 'outdated', approvals: [before] }, created)).toBe('todo')
  })

  it('done and needs-update tasks hold no open work', () => {
    expect(['todo', 'in_progress', 'in_review', 'done', 'needs_update'].map((state) => isOpenInJob(state as 'todo'))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ])
  })

  it('reads the approval times from a history', () => {
    expect(
      approvalTimes([
        { at: before, to: 'todo' },
        { at: after, to: 'approved' },
        { at: null, to: 'approved' },
      ]),
    ).toEqual([after])
    expect(approvalTimes(undefined)).toEqual([])
  })
})

describe('a job’s status', () => {
  it.each([
    [[], 'todo'],
    [['todo', 'todo'], 'todo'],
    [['done', 'done'], 'done'],
    [['done', 'needs_update'], 'needs_update'],
    [['needs_update'], 'needs_update'],
    [['in_review', 'done'], 'in_review'],
    [['in_review', 'in_review'], 'in_review'],
    [['in_progress', 'todo'], 'in_progress'],
    [['in_review', 'todo'], 'in_progress'],
    [['done', 'todo'], 'in_progress'],
    [['needs_update', 'todo'], 'in_progress'],
    [['needs_update', 'in_review'], 'in_progress'],
  ] as const)('%j → %s', (states, expected) => {
    expect(jobStatus(states)).toBe(expected)
  })

  it('from the tasks and the job’s creation time', () => {
    expect(deriveJobStatus([{ status: 'outdated', approvals: [before] }], created)).toBe('todo')
    expect(
      deriveJobStatus(
        [
          { status: 'outdated', approvals: [after] },
          { status: 'approved', approvals: [after] },
        ],
        created,
      ),
    ).toBe('needs_update')
  })
})

describe('a job’s summary', () => {
  const leverage = (words: number, score: number) => ({
    ...leverageOf([{ words, score }]),
    computedAt: after,
    source: 'x',
  })

  it('sums the counted leverage band by band and falls back to the words to translate', () => {
    const summary = summarizeJob(
      [
        { status: 'approved', wordsToTranslate: 0, leverage: leverage(10, 100), history: [{ at: after, to: 'approved' }] },
        { status: 'in_progress', wordsToTranslate: 7, leverage: leverage(5, 50) },
        { status: 'todo', wordsToTranslate: 3, leverage: { broken: true } },
      ],
      created,
    )
    expect(summary.status).toBe('in_progress')
    expect(summary.totalWords).toBe(10 + 5 + 3)
    expect(summary.leverage.bands['100'].words).toBe(10)
    expect(summary.leverage.bands.new.words).toBe(5)
    expect(summary.leverage.total.words).toBe(15)
    expect(summary.leverage).toMatchObject({ counted: 2, tasks: 3 })
  })
})

describe('a build request', () => {
  const options = { locales: ['fr', 'en'] as const, isValidId: (value: unknown) => typeof value === 'number' && value > 0 }
  const parse = (body: unknown) => parseBuildRequest(body, options)
  const kinds = (body: unknown) => {
    const parsed = parse(body)
    return parsed.ok ? [] : parsed.problems.map((problem) => `${problem.field}:${problem.kind}`)
  }

  it('accepts chosen articles, dedupes them and the languages, and normalises the due date', () => {
    expect(
      parse({
        title: '  Lot  ',
        locales: ['fr', 'fr', 'en'],
        assignee: 4,
        dueDate: '2027-01-15',
        instructions: ' Tu ',
        articles: [1, 2, 1],
      }),
    ).toEqual({
      ok: true,
      value: {
        title: 'Lot',
        locales: ['fr', 'en'],
        assignee: 4,
        dueDate: '2027-01-15T00:00:00.000Z',
        instructions: 'Tu',
        articles: [1, 2],
        outdated: false,
      },
    })
  })

  it('accepts everything outdated, with empty optional fields as none', () => {
    expect(parse({ title: 'x', locales: ['fr'], outdated: true, assignee: '', dueDate: null, instructions: '' })).toEqual({
      ok: true,
      value: { title: 'x', locales: ['fr'], assignee: null, dueDate: null, instructions: null, articles: null, outdated: true },
    })
  })

  it('lists every problem at once', () => {
    expect(kinds(null)).toEqual(['body:notObject'])
    expect(kinds([])).toEqual(['body:notObject'])
    expect(kinds({})).toEqual(['title:required', 'locales:required', 'articles:chooseOne'])
    expect(kinds({ title: 'x', locales: ['it', 'de'], outdated: 'yes', extra: 1 })).toEqual([
      'body:unknownField',
      'locales:unknownLocale',
      'locales:unknownLocale',
      'outdated:notBoolean',
      'articles:chooseOne',
    ])
    expect(kinds({ title: 'x'.repeat(jobLimits.title + 1), locales: ['fr'], outdated: true })).toEqual(['title:tooLong'])
    expect(kinds({ title: 'x', locales: ['fr'], outdated: true, articles: [1] })).toEqual(['articles:chooseOne'])
    expect(kinds({ title: 'x', locales: ['fr'], articles: [] })).toEqual(['articles:required'])
    expect(kinds({ title: 'x', locales: ['fr'], articles: [1, 'abc'] })).toEqual(['articles:invalidId'])
    expect(
      kinds({ title: 'x', locales: ['fr'], articles: Array.from({ length: jobLimits.articles + 1 }, (_, i) => i + 1) }),
    ).toEqual(['articles:tooMany'])
    expect(kinds({ title: 'x', locales: ['fr'], outdated: true, assignee: 'abc' })).toEqual(['assignee:invalidId'])
    for (const dueDate of ['tomorrow', '2027-13-45', '15/01/2027', 20270115])
      expect(kinds({ title: 'x', locales: ['fr'], outdated: true, dueDate })).toEqual(['dueDate:invalidDate'])
    expect(kinds({ title: 'x', locales: ['fr'], outdated: true, instructions: 5 })).toEqual(['instructions:notText'])
    expect(kinds({ title: 'x', locales: ['fr'], outdated: true, instructions: 'x'.repeat(jobLimits.instructions + 1) })).toEqual([
      'instructions:tooLong',
    ])
  })
})

describe('choosing a job’s tasks', () => {
  const task = (overrides: Partial<CandidateTask>): CandidateTask => ({
    id: 1,
    article: 10,
    locale: 'fr',
    status: 'todo',
    assignee: null,
    openJob: null,
    ...overrides,
  })

  it('takes open work and reports, per article and language, what it leaves out', () => {
    const candidates = [
      task({ id: 1, article: 10, locale: 'fr' }),
      task({ id: 2, article: 10, locale: 'en', status: 'approved' }),
      task({ id: 3, article: 11, locale: 'fr', status: 'in_review' }),
      task({ id: 4, article: 11, locale: 'en', status: 'in_progress', assignee: 7 }),
      task({ id: 5, article: 12, locale: 'fr', status: 'outdated', assignee: 9 }),
      task({ id: 6, article: 12, locale: 'en', openJob: { id: 3, title: 'Lot' } }),
    ]
    const selection = selectTasks({ candidates, locales: ['fr', 'en'], articles: [10, 11, 12, 13], assignee: 9 })
    expect(selection.take.map((taken) => taken.id)).toEqual([1, 5])
    expect(selection.skipped.map((skip) => [skip.article, skip.locale, skip.reason])).toEqual([
      [10, 'en', 'approved'],
      [11, 'fr', 'inReview'],
      [11, 'en', 'heldByOther'],
      [12, 'en', 'inOpenJob'],
      [13, 'fr', 'noTask'],
      [13, 'en', 'noTask'],
    ])
    expect(selection.skipped[2]).toMatchObject({ assignee: 7 })
  })

  it('without an assignee takes held tasks too (nobody is reassigned)', () => {
    const selection = selectTasks({
      candidates: [task({ id: 4, status: 'in_progress', assignee: 7 })],
      locales: ['fr'],
      articles: null,
      assignee: null,
    })
    expect(selection.take.map((taken) => taken.id)).toEqual([4])
  })
})
