import { describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'
import { formatHistoryNote, formatRefusal, pickWorkflowMessages } from '@/workflow/refusals'
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
  type TransitionCheck,
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

/** A refusal as an English-speaking caller reads it; null for an allowed move. */
function reasonOf(check: TransitionCheck, language: Locale = 'en'): string | null {
  return check.ok ? null : formatRefusal(check.refusal, pickWorkflowMessages(messages[language]), language)
}

describe('checkTransition: rules that matter', () => {
  it('never lets a translator approve', () => {
    expect(reasonOf(checkTransition({ from: 'in_review', to: 'approved', actor: 'assignee' }))).toBe(
      'Only an editor can approve a translation task (“In review” → “Approved”). ' +
        'From “In review”, the assigned translator cannot move it.',
    )
  })

  it('lets an editor approve', () => {
    expect(checkTransition({ from: 'in_review', to: 'approved', actor: 'editor' })).toEqual({ ok: true })
  })

  it('requires a non-blank comment to request changes', () => {
    const missing =
      'A comment is required to move a translation task from “In review” to “In progress”: explain what needs to change.'
    expect(reasonOf(checkTransition({ from: 'in_review', to: 'in_progress', actor: 'editor' }))).toBe(missing)
    expect(reasonOf(checkTransition({ from: 'in_review', to: 'in_progress', actor: 'editor', comment: null }))).toBe(missing)
    expect(reasonOf(checkTransition({ from: 'in_review', to: 'in_progress', actor: 'editor', comment: ' \n\t ' }))).toBe(missing)
    expect(checkTransition({ from: 'in_review', to: 'in_progress', actor: 'editor', comment: 'Term "token" is wrong.' })).toEqual(
      { ok: true },
    )
  })

  it('does not require a comment elsewhere', () => {
    expect(checkTransition({ from: 'todo', to: 'in_progress', actor: 'assignee' })).toEqual({ ok: true })
    expect(checkTransition({ from: 'in_progress', to: 'in_review', actor: 'assignee', comment: '' })).toEqual({ ok: true })
  })

  it('lets only the system mark a task outdated', () => {
    expect(checkTransition({ from: 'approved', to: 'outdated', actor: 'system' })).toEqual({ ok: true })
    expect(reasonOf(checkTransition({ from: 'approved', to: 'outdated', actor: 'editor' }))).toBe(
      'Only the system can mark a translation task as outdated (“Approved” → “Outdated”). ' +
        'From “Approved”, an editor can move it to “To do”.',
    )
  })

  it('unpublishes a language only while it is public, and only with a reason', () => {
    expect(checkTransition({ from: 'approved', to: 'todo', actor: 'editor', comment: 'Wrong figures.', public: true })).toEqual({
      ok: true,
    })
    expect(
      reasonOf(checkTransition({ from: 'in_progress', to: 'todo', actor: 'editor', comment: 'Wrong figures.', public: false })),
    ).toBe('This translation is not published, so there is nothing to take offline.')
    expect(reasonOf(checkTransition({ from: 'approved', to: 'todo', actor: 'editor', public: true }))).toBe(
      'A reason is required to unpublish a translation; it is kept in the task history.',
    )
    expect(checkTransition({ from: 'approved', to: 'todo', actor: 'assignee', comment: 'x', public: true }).ok).toBe(false)
  })

  it('names the allowed moves when the move does not exist', () => {
    expect(reasonOf(checkTransition({ from: 'todo', to: 'approved', actor: 'assignee' }))).toBe(
      'A translation task cannot go from “To do” to “Approved”. From “To do”, the assigned translator can move it to “In progress”.',
    )
    expect(reasonOf(checkTransition({ from: 'todo', to: 'in_review', actor: 'editor' }))).toBe(
      'A translation task cannot go from “To do” to “In review”. From “To do”, an editor can move it to “In progress”.',
    )
    expect(reasonOf(checkTransition({ from: 'outdated', to: 'approved', actor: 'system' }))).toBe(
      'A translation task cannot go from “Outdated” to “Approved”. From “Outdated”, the system cannot move it.',
    )
    expect(reasonOf(checkTransition({ from: 'in_review', to: 'outdated', actor: 'editor' }))).toBe(
      'A translation task cannot go from “In review” to “Outdated”. ' +
        'From “In review”, an editor can move it to “Approved”, “In progress”, or “To do”.',
    )
  })

  it('lists both actors when neither is the caller', () => {
    expect(reasonOf(checkTransition({ from: 'todo', to: 'in_progress', actor: 'system' }))).toBe(
      'Only the assigned translator or an editor can start a translation task (“To do” → “In progress”). ' +
        'From “To do”, the system cannot move it.',
    )
  })

  it('refuses a non-move with its own message', () => {
    expect(reasonOf(checkTransition({ from: 'in_progress', to: 'in_progress', actor: 'assignee' }))).toBe(
      'The translation task is already “In progress”. From “In progress”, the assigned translator can move it to “In review”.',
    )
  })

  it('refuses unknown values coming from documents', () => {
    expect(reasonOf(checkTransition({ from: 'draft' as TaskStatus, to: 'todo', actor: 'editor' }))).toBe(
      'Unknown translation task status "draft".',
    )
    expect(reasonOf(checkTransition({ from: 'todo', to: 'in_progress', actor: 'guest' as TaskActor }))).toBe(
      'Unknown role "guest".',
    )
  })

  it('words the same refusal in Italian and French, with the labels of the admin in that language', () => {
    const check = checkTransition({ from: 'in_review', to: 'approved', actor: 'assignee' })
    expect(reasonOf(check, 'it')).toBe(
      'Solo un redattore può approvare un compito di traduzione («In revisione» → «Approvata»). ' +
        'Da «In revisione», il traduttore assegnato non può spostarlo.',
    )
    expect(reasonOf(check, 'fr')).toBe(
      'Seul un éditeur peut approuver une tâche de traduction (« En relecture » → « Approuvée »). ' +
        'Depuis « En relecture », le traducteur assigné ne peut pas la faire avancer.',
    )
    expect(reasonOf(checkTransition({ from: 'todo', to: 'approved', actor: 'editor' }), 'fr')).toBe(
      'Une tâche de traduction ne peut pas passer de « À faire » à « Approuvée ». ' +
        'Depuis « À faire », un éditeur peut la faire passer à « En cours ».',
    )
  })
})

describe('history notes', () => {
  it('name the fields by their labels, in the language asked for', () => {
    const note = { kind: 'sourceChanged', fields: ['summary', 'body'] } as const
    expect(formatHistoryNote(note, pickWorkflowMessages(messages.en), 'en')).toBe('Italian source changed: In short and Answer.')
    expect(formatHistoryNote(note, pickWorkflowMessages(messages.it), 'it')).toBe(
      'Fonte italiana modificata: In sintesi e Risposta.',
    )
    expect(formatHistoryNote({ kind: 'minorEdit', fields: ['title'] }, pickWorkflowMessages(messages.fr), 'fr')).toBe(
      'Modification mineure de la source italienne (Question (titre)) : la traduction reste telle quelle.',
    )
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
