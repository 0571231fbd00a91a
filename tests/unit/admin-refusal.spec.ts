import { describe, expect, it } from 'vitest'

import en from '../../messages/en.json'
import italian from '../../messages/it.json'
import { explainRefusal as explainIn, serverMessage } from '@/admin/lib/refusal'
import { pickWorkflowMessages } from '@/workflow/refusals'

type Args = Omit<Parameters<typeof explainIn>[0], 'messages' | 'language'>
const explainRefusal = (args: Args) => explainIn({ ...args, messages: pickWorkflowMessages(en), language: 'en' })

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
      'Only an editor can request changes on a translation task (“In review” → “In progress”). ' +
        'From “In review”, the assigned translator cannot move it.',
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

  it('speaks the admin language it is given', () => {
    const args = { task: { status: 'todo', assignee: { id: 4 } }, user: translator, body: { assignee: 3 } }
    expect(explainIn({ ...args, messages: pickWorkflowMessages(italian), language: 'it' })).toBe(
      'Un traduttore può prendere in carico solo un compito non assegnato, e solo per sé; a riassegnare i compiti è un redattore.',
    )
  })

  it('asks a translator to claim before moving someone else’s task', () => {
    expect(explainRefusal({ task: { status: 'todo', assignee: 4 }, user: translator, body: { status: 'in_progress' } })).toMatch(
      /claim it first/,
    )
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
