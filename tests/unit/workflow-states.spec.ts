import { describe, expect, it } from 'vitest'

import {
  actionForTransition,
  allowedTransitions,
  checkTransition,
  isPublicStatus,
  publicStatuses,
  taskActors,
  taskStatuses,
  transitions,
  type TaskActor,
  type TaskStatus,
} from '@/workflow/states'

// Written out by hand from docs/product.md ("The translation workflow"), independent of the table under test.
const expected: Record<string, TaskActor[]> = {
  'todo->in_progress': ['assignee', 'editor'],
  'in_progress->in_review': ['assignee', 'editor'],
  'in_review->approved': ['editor'],
  'in_review->in_progress': ['editor'],
  'approved->outdated': ['system'],
  'outdated->in_progress': ['assignee', 'editor'],
  // Unpublishing one language (docs/publication.md): the editor, with a reason.
  'approved->todo': ['editor'],
  'outdated->todo': ['editor'],
  'in_progress->todo': ['editor'],
  'in_review->todo': ['editor'],
}

describe('task statuses', () => {
  it('lists the five statuses in workflow order', () => {
    expect(taskStatuses).toEqual(['todo', 'in_progress', 'in_review', 'approved', 'outdated'])
  })

  it('has exactly the transitions of the product spec', () => {
    expect(transitions.map((t) => `${t.from}->${t.to}`).sort()).toEqual(Object.keys(expected).sort())
    expect(transitions.map((t) => [t.from, t.to, t.action, [...t.actors], t.requiresComment])).toEqual([
      ['todo', 'in_progress', 'start', ['assignee', 'editor'], false],
      ['in_progress', 'in_review', 'submit', ['assignee', 'editor'], false],
      ['in_review', 'approved', 'approve', ['editor'], false],
      ['in_review', 'in_progress', 'request_changes', ['editor'], true],
      ['approved', 'outdated', 'mark_outdated', ['system'], false],
      ['outdated', 'in_progress', 'start', ['assignee', 'editor'], false],
      ['approved', 'todo', 'unpublish', ['editor'], true],
      ['outdated', 'todo', 'unpublish', ['editor'], true],
      ['in_progress', 'todo', 'unpublish', ['editor'], true],
      ['in_review', 'todo', 'unpublish', ['editor'], true],
    ])
  })
})

describe('checkTransition: every pair, every actor', () => {
  for (const from of taskStatuses) {
    for (const to of taskStatuses) {
      for (const actor of taskActors) {
        const allowed = expected[`${from}->${to}`]?.includes(actor) ?? false
        it(`${actor}: ${from} → ${to} is ${allowed ? 'allowed' : 'refused'}`, () => {
          const result = checkTransition({ from, to, actor, comment: 'Please fix the second paragraph.' })
          expect(result.ok).toBe(allowed)
        })
      }
    }
  }
})

describe('checkTransition: rules that matter', () => {
  it('never lets a translator approve', () => {
    expect(checkTransition({ from: 'in_review', to: 'approved', actor: 'assignee' })).toEqual({
      ok: false,
      reason:
        'Only an editor can approve a translation task ("in_review" → "approved"). ' +
        'Allowed from "in_review" for the assigned translator: none.',
    })
  })

  it('lets an editor approve', () => {
    expect(checkTransition({ from: 'in_review', to: 'approved', actor: 'editor' })).toEqual({ ok: true })
  })

  it('requires a non-blank comment to request changes', () => {
    const missing = 'A comment is required to move a translation task from "in_review" to "in_progress": explain what needs to change.'
    expect(checkTransition({ from: 'in_review', to: 'in_progress', actor: 'editor' })).toEqual({ ok: false, reason: missing })
    expect(checkTransition({ from: 'in_review', to: 'in_progress', actor: 'editor', comment: null })).toEqual({
      ok: false,
      reason: missing,
    })
    expect(checkTransition({ from: 'in_review', to: 'in_progress', actor: 'editor', comment: ' \n\t ' })).toEqual({
      ok: false,
      reason: missing,
    })
    expect(
      checkTransition({ from: 'in_review', to: 'in_progress', actor: 'editor', comment: 'Term "token" is wrong.' }),
    ).toEqual({ ok: true })
  })

  it('does not require a comment elsewhere', () => {
    expect(checkTransition({ from: 'todo', to: 'in_progress', actor: 'assignee' })).toEqual({ ok: true })
    expect(checkTransition({ from: 'in_progress', to: 'in_review', actor: 'assignee', comment: '' })).toEqual({ ok: true })
  })

  it('lets only the system mark a task outdated', () => {
    expect(checkTransition({ from: 'approved', to: 'outdated', actor: 'system' })).toEqual({ ok: true })
    expect(checkTransition({ from: 'approved', to: 'outdated', actor: 'editor' })).toEqual({
      ok: false,
      reason:
        'Only the system can mark a translation task as outdated ("approved" → "outdated"). ' +
        'Allowed from "approved" for an editor: todo.',
    })
  })

  it('unpublishes a language only while it is public, and only with a reason', () => {
    expect(checkTransition({ from: 'approved', to: 'todo', actor: 'editor', comment: 'Wrong figures.', public: true })).toEqual({ ok: true })
    expect(checkTransition({ from: 'in_progress', to: 'todo', actor: 'editor', comment: 'Wrong figures.', public: false })).toEqual({
      ok: false,
      reason: 'This translation is not published, so there is nothing to take offline.',
    })
    expect(checkTransition({ from: 'approved', to: 'todo', actor: 'editor', public: true })).toEqual({
      ok: false,
      reason: 'A reason is required to unpublish a translation; it is kept in the task history.',
    })
    expect(checkTransition({ from: 'approved', to: 'todo', actor: 'assignee', comment: 'x', public: true }).ok).toBe(false)
  })

  it('names the allowed moves when the move does not exist', () => {
    expect(checkTransition({ from: 'todo', to: 'approved', actor: 'assignee' })).toEqual({
      ok: false,
      reason: 'Cannot move a translation task from "todo" to "approved". Allowed from "todo" for the assigned translator: in_progress.',
    })
    expect(checkTransition({ from: 'todo', to: 'in_review', actor: 'editor' })).toEqual({
      ok: false,
      reason: 'Cannot move a translation task from "todo" to "in_review". Allowed from "todo" for an editor: in_progress.',
    })
    expect(checkTransition({ from: 'outdated', to: 'approved', actor: 'system' })).toEqual({
      ok: false,
      reason: 'Cannot move a translation task from "outdated" to "approved". Allowed from "outdated" for the system: none.',
    })
  })

  it('lists both actors when neither is the caller', () => {
    const result = checkTransition({ from: 'todo', to: 'in_progress', actor: 'system' })
    expect(result).toEqual({
      ok: false,
      reason:
        'Only the assigned translator or an editor can start a translation task ("todo" → "in_progress"). ' +
        'Allowed from "todo" for the system: none.',
    })
  })

  it('refuses a non-move with its own message', () => {
    expect(checkTransition({ from: 'in_progress', to: 'in_progress', actor: 'assignee' })).toEqual({
      ok: false,
      reason: 'The translation task is already "in_progress". Allowed from "in_progress" for the assigned translator: in_review.',
    })
  })

  it('refuses unknown values coming from documents', () => {
    expect(checkTransition({ from: 'draft' as TaskStatus, to: 'todo', actor: 'editor' })).toEqual({
      ok: false,
      reason: 'Unknown translation task status "draft".',
    })
    expect(checkTransition({ from: 'todo', to: 'in_progress', actor: 'guest' as TaskActor })).toEqual({
      ok: false,
      reason: 'Unknown actor "guest".',
    })
  })
})

describe('allowedTransitions', () => {
  it('returns what each actor may do from each status', () => {
    const table = Object.fromEntries(
      taskStatuses.map((from) => [
        from,
        Object.fromEntries(taskActors.map((actor) => [actor, allowedTransitions(from, actor).map((t) => t.to)])),
      ]),
    )
    expect(table).toEqual({
      todo: { assignee: ['in_progress'], editor: ['in_progress'], system: [] },
      in_progress: { assignee: ['in_review'], editor: ['in_review', 'todo'], system: [] },
      in_review: { assignee: [], editor: ['approved', 'in_progress', 'todo'], system: [] },
      approved: { assignee: [], editor: ['todo'], system: ['outdated'] },
      outdated: { assignee: ['in_progress'], editor: ['in_progress', 'todo'], system: [] },
    })
  })
})

describe('actionForTransition', () => {
  it('names each move and returns null for impossible ones', () => {
    expect(actionForTransition('todo', 'in_progress')).toBe('start')
    expect(actionForTransition('in_progress', 'in_review')).toBe('submit')
    expect(actionForTransition('in_review', 'approved')).toBe('approve')
    expect(actionForTransition('in_review', 'in_progress')).toBe('request_changes')
    expect(actionForTransition('approved', 'outdated')).toBe('mark_outdated')
    expect(actionForTransition('outdated', 'in_progress')).toBe('start')
    expect(actionForTransition('todo', 'approved')).toBeNull()
  })
})

describe('public statuses', () => {
  it('publishes a target locale while approved or outdated only', () => {
    expect(publicStatuses).toEqual(['approved', 'outdated'])
    expect(taskStatuses.filter((s) => isPublicStatus(s))).toEqual(['approved', 'outdated'])
    expect(isPublicStatus(undefined)).toBe(false)
    expect(isPublicStatus(null)).toBe(false)
    expect(isPublicStatus('published')).toBe(false)
  })
})
