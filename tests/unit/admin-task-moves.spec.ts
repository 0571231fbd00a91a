import { describe, expect, it } from 'vitest'

import { taskMovesFor, type MoveUser } from '@/admin/lib/taskMoves'
import { taskStatuses, type TaskStatus } from '@/workflow/states'

const editor: MoveUser = { id: 1, role: 'editor' }
const admin: MoveUser = { id: 2, role: 'admin' }
const translator: MoveUser = { id: 3, role: 'translator', translatorLocales: ['fr'] }
const colleague: MoveUser = { id: 4, role: 'translator', translatorLocales: ['fr'] }
const english: MoveUser = { id: 5, role: 'translator', translatorLocales: ['en'] }

const actions = (user: MoveUser | null, status: TaskStatus, assignee: number | null = 3, approvedAt: string | null = null) =>
  taskMovesFor(user, { status, locale: 'fr', assignee, approvedAt }).moves.map((move) => move.action)

describe('taskMovesFor', () => {
  it('gives editors and admins the editor moves of every state, and reassignment', () => {
    for (const user of [editor, admin]) {
      expect(actions(user, 'todo')).toEqual(['start'])
      expect(actions(user, 'in_progress')).toEqual(['submit'])
      expect(actions(user, 'in_review')).toEqual(['approve', 'request_changes'])
      expect(actions(user, 'approved')).toEqual(['unpublish'])
      expect(actions(user, 'outdated')).toEqual(['start', 'unpublish'])
      expect(taskMovesFor(user, { status: 'todo', locale: 'fr', assignee: null })).toMatchObject({
        claim: false,
        reassign: true,
      })
    }
  })

  it('offers unpublishing a reworked translation only once it has been approved', () => {
    expect(actions(editor, 'in_progress', 3, '2026-11-01T10:00:00.000Z')).toEqual(['submit', 'unpublish'])
    expect(actions(editor, 'in_review', 3, '2026-11-01T10:00:00.000Z')).toEqual(['approve', 'request_changes', 'unpublish'])
    expect(actions(translator, 'approved')).toEqual([])
  })

  it('marks the comment as required only for a request for changes', () => {
    const moves = taskMovesFor(editor, { status: 'in_review', locale: 'fr', assignee: 3 }).moves
    expect(moves.map((move) => [move.action, move.to, move.requiresComment])).toEqual([
      ['approve', 'approved', false],
      ['request_changes', 'in_progress', true],
    ])
  })

  it('gives the assigned translator start and submit, never approve or request changes', () => {
    expect(actions(translator, 'todo')).toEqual(['start'])
    expect(actions(translator, 'in_progress')).toEqual(['submit'])
    expect(actions(translator, 'in_review')).toEqual([])
    expect(actions(translator, 'approved')).toEqual([])
    expect(actions(translator, 'outdated')).toEqual(['start'])
    expect(taskMovesFor(translator, { status: 'todo', locale: 'fr', assignee: { id: 3 } }).moves).toHaveLength(1)
  })

  it('offers a translator the claim of an unassigned task in their language, with "claim and start" when startable', () => {
    for (const status of taskStatuses) {
      const moves = taskMovesFor(translator, { status, locale: 'fr', assignee: null })
      expect(moves.claim).toBe(true)
      expect(moves.moves).toEqual([])
      expect(moves.claimAndStart).toBe(status === 'todo' || status === 'outdated')
      expect(moves.reassign).toBe(false)
    }
  })

  it('offers nothing on another translator’s task, in another language, or without a user', () => {
    const nothing = { moves: [], claim: false, claimAndStart: false, reassign: false }
    expect(taskMovesFor(colleague, { status: 'todo', locale: 'fr', assignee: 3 })).toEqual(nothing)
    expect(taskMovesFor(english, { status: 'todo', locale: 'fr', assignee: null })).toEqual(nothing)
    expect(taskMovesFor(null, { status: 'todo', locale: 'fr', assignee: null })).toEqual(nothing)
  })

  it('treats a missing status as todo', () => {
    expect(taskMovesFor(editor, { status: null, locale: 'fr' }).moves.map((move) => move.action)).toEqual(['start'])
  })
})
