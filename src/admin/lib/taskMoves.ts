/**
 * Which buttons the task view offers to a user. Pure, so the admin and the
 * tests read the same answer; the server (`applyWorkflow`) stays the judge —
 * these buttons only avoid offering moves that would be refused.
 */
import { translatorLocales } from '@/access/roles'
import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { relationId } from '@/lib/relations'
import { actorFor } from '@/workflow/actor'
import { allowedTransitions, type TaskAction, type TaskStatus } from '@/workflow/states'
import { isTaskLocalePublic } from '@/workflow/visibility'

export type MoveUser = Pick<User, 'id' | 'role' | 'translatorLocales'>

export type MoveTask = {
  status?: TaskStatus | null
  approvedAt?: string | null
  locale: Locale
  assignee?: number | string | { id: number | string } | null
}

export type TaskMove = { action: TaskAction; to: TaskStatus; requiresComment: boolean }

export type TaskMoves = {
  /** State-machine moves the user may make now, in table order. */
  moves: TaskMove[]
  /** An unassigned task of one of the translator's languages: they may take it. */
  claim: boolean
  /** Claiming and starting in one save is valid (the task is todo or outdated). */
  claimAndStart: boolean
  /** Editors and admins (re)assign tasks. */
  reassign: boolean
}

const none: TaskMoves = { moves: [], claim: false, claimAndStart: false, reassign: false }

export function taskMovesFor(user: MoveUser | null | undefined, task: MoveTask): TaskMoves {
  if (!user) return none
  const status: TaskStatus = task.status ?? 'todo'
  const toMove = (t: ReturnType<typeof allowedTransitions>[number]): TaskMove => ({
    action: t.action,
    to: t.to,
    requiresComment: t.requiresComment,
  })

  if (user.role === 'admin' || user.role === 'editor') {
    const online = isTaskLocalePublic({ locale: task.locale, status, approvedAt: task.approvedAt })
    const moves = allowedTransitions(status, 'editor').filter((t) => t.action !== 'unpublish' || online)
    return { ...none, moves: moves.map(toMove), reassign: true }
  }
  if (!translatorLocales(user).includes(task.locale)) return none

  if (relationId(task.assignee) === undefined) {
    // A translator acts on a task only once it is theirs, so the moves follow the claim.
    const startable = allowedTransitions(status, 'assignee').some((t) => t.action === 'start')
    return { ...none, claim: true, claimAndStart: startable }
  }
  const actor = actorFor(user, task)
  return actor ? { ...none, moves: allowedTransitions(status, actor).map(toMove) } : none
}
