import { describe, expect, it } from 'vitest'

import { explainRefusal, serverMessage } from '@/admin/lib/refusal'

const translator = { id: 3, role: 'translator' as const }
const editor = { id: 1, role: 'editor' as const }

describe('serverMessage', () => {
  it('joins the messages of a Payload error body', () => {
    expect(serverMessage({ errors: [{ message: 'A.' }, { message: 'B.' }] })).toBe('A. B.')
  })

  it('ignores Payload’s placeholders and anything that is not an error body', () => {
    expect(serverMessage({ errors: [{ message: 'An unknown error occurred.' }] })).toBeNull()
    expect(serverMessage({ errors: [{ message: 'Something went wrong.' }] })).toBeNull()
    expect(serverMessage({ errors: [{ name: 'x' }] })).toBeNull()
    expect(serverMessage('<html>')).toBeNull()
    expect(serverMessage(null)).toBeNull()
  })
})

describe('explainRefusal', () => {
  it('explains a stale move with the state machine’s own reason', () => {
    expect(
      explainRefusal({ task: { status: 'in_review', assignee: 3 }, user: translator, body: { status: 'in_progress' } }),
    ).toBe(
      'Only an editor can request changes on a translation task ("in_review" → "in_progress"). ' +
        'Allowed from "in_review" for the assigned translator: none.',
    )
    expect(explainRefusal({ task: { status: 'in_review' }, user: editor, body: { status: 'in_progress' } })).toMatch(
      /A comment is required/,
    )
  })

  it('explains a claim that came too late', () => {
    expect(
      explainRefusal({
        task: { status: 'todo', assignee: { id: 4 } },
        user: translator,
        body: { assignee: 3, status: 'in_progress' },
      }),
    ).toBe('Translators can only claim an unassigned task for themselves; an editor reassigns tasks.')
  })

  it('asks a translator to claim before moving someone else’s task', () => {
    expect(
      explainRefusal({ task: { status: 'todo', assignee: 4 }, user: translator, body: { status: 'in_progress' } }),
    ).toMatch(/claim it first/)
  })

  it('has nothing to add when the move is valid now or is not a move', () => {
    expect(
      explainRefusal({
        task: { status: 'todo', assignee: null },
        user: translator,
        body: { assignee: 3, status: 'in_progress' },
      }),
    ).toBeNull()
    expect(
      explainRefusal({ task: { status: 'in_review', assignee: 3 }, user: translator, body: { status: 'in_review' } }),
    ).toBeNull()
    expect(explainRefusal({ task: { status: 'todo' }, user: editor, body: { assignee: 3 } })).toBeNull()
    expect(explainRefusal({ task: { status: 'todo' }, user: editor, body: { status: 'done' } })).toBeNull()
  })
})
