import type { Refusal } from './refusals'

/**
 * The translation task state machine, as pure data plus two small checks.
 *
 * Why a table: the admin UI (which buttons to show), the server hook (which
 * saves to refuse) and the tests all read the same rows, so they cannot drift.
 */

export const taskStatuses = ['todo', 'in_progress', 'in_review', 'approved', 'outdated'] as const
export type TaskStatus = (typeof taskStatuses)[number]

/**
 * Who is acting on the task. `assignee` is the translator the task is assigned
 * to; `editor` covers editors and admins; `system` is the source-change hook.
 * Mapping a logged-in user to one of these is the caller's job.
 */
export const taskActors = ['assignee', 'editor', 'system'] as const
export type TaskActor = (typeof taskActors)[number]

export const taskActions = ['start', 'submit', 'approve', 'request_changes', 'mark_outdated', 'unpublish'] as const
export type TaskAction = (typeof taskActions)[number]

export type TaskTransition = {
  readonly from: TaskStatus
  readonly to: TaskStatus
  readonly action: TaskAction
  readonly actors: readonly TaskActor[]
  /** A comment must explain the move (e.g. what to change). */
  readonly requiresComment: boolean
}

export const transitions: readonly TaskTransition[] = [
  { from: 'todo', to: 'in_progress', action: 'start', actors: ['assignee', 'editor'], requiresComment: false },
  { from: 'in_progress', to: 'in_review', action: 'submit', actors: ['assignee', 'editor'], requiresComment: false },
  // A translator may never approve their own work: review is the editor's call.
  { from: 'in_review', to: 'approved', action: 'approve', actors: ['editor'], requiresComment: false },
  // Sending work back without saying why wastes a round trip, so a comment is mandatory.
  { from: 'in_review', to: 'in_progress', action: 'request_changes', actors: ['editor'], requiresComment: true },
  // Only the source-change hook knows whether a source field really changed.
  { from: 'approved', to: 'outdated', action: 'mark_outdated', actors: ['system'], requiresComment: false },
  { from: 'outdated', to: 'in_progress', action: 'start', actors: ['assignee', 'editor'], requiresComment: false },
  // Taking one language offline is the editor's call, and the history must say why. It applies
  // while the language is public: approved, outdated, or approved once and being reworked.
  ...(['approved', 'outdated', 'in_progress', 'in_review'] as const).map((from): TaskTransition => ({
    from,
    to: 'todo',
    action: 'unpublish',
    actors: ['editor'],
    requiresComment: true,
  })),
]

/**
 * A target locale stays online while approved, and also while outdated: the
 * last approved translation is better than nothing while it is being updated.
 */
export const publicStatuses = ['approved', 'outdated'] as const satisfies readonly TaskStatus[]
export type PublicStatus = (typeof publicStatuses)[number]

export function isTaskStatus(value: unknown): value is TaskStatus {
  return typeof value === 'string' && (taskStatuses as readonly string[]).includes(value)
}

export function isTaskActor(value: unknown): value is TaskActor {
  return typeof value === 'string' && (taskActors as readonly string[]).includes(value)
}

/** Accepts `unknown` because it is fed raw documents (status may be missing). */
export function isPublicStatus(status: unknown): status is PublicStatus {
  return typeof status === 'string' && (publicStatuses as readonly string[]).includes(status)
}

/** Transitions `actor` may perform from `from`, in table order. */
export function allowedTransitions(from: TaskStatus, actor: TaskActor): TaskTransition[] {
  return transitions.filter((t) => t.from === from && t.actors.includes(actor))
}

/** The action name for a move, whoever performs it; `null` when no such move exists. */
export function actionForTransition(from: TaskStatus, to: TaskStatus): TaskAction | null {
  return transitions.find((t) => t.from === from && t.to === to)?.action ?? null
}

export type TransitionCheck = { ok: true } | { ok: false; refusal: Refusal }

export type TransitionRequest = {
  from: TaskStatus
  to: TaskStatus
  actor: TaskActor
  comment?: string | null
  /** Whether the task's language is online now; only then can it be unpublished. */
  public?: boolean
}

/** Targets `actor` may move a task to from `from`. */
function allowedTargets(from: TaskStatus, actor: TaskActor): TaskStatus[] {
  return allowedTransitions(from, actor).map((t) => t.to)
}

/**
 * Checks one move. Why the refusal carries the allowed moves: it is shown
 * as-is in the admin (worded by refusals.ts), so it tells the user what they
 * *can* do, not just what failed. Callers should only check real moves;
 * staying in the same status is refused.
 */
export function checkTransition(request: TransitionRequest): TransitionCheck {
  const { from, to, actor, comment } = request
  // Runtime guards: values come from documents and request bodies.
  if (!isTaskStatus(from)) return { ok: false, refusal: { kind: 'unknownStatus', status: String(from) } }
  if (!isTaskStatus(to)) return { ok: false, refusal: { kind: 'unknownStatus', status: String(to) } }
  if (!isTaskActor(actor)) return { ok: false, refusal: { kind: 'unknownActor', actor: String(actor) } }

  const allowed = allowedTargets(from, actor)
  if (from === to) return { ok: false, refusal: { kind: 'alreadyThere', from, actor, allowed } }

  const transition = transitions.find((t) => t.from === from && t.to === to)
  if (!transition) return { ok: false, refusal: { kind: 'noSuchMove', from, to, actor, allowed } }

  if (!transition.actors.includes(actor)) {
    return {
      ok: false,
      refusal: { kind: 'notYourMove', from, to, actor, allowed, actors: transition.actors, action: transition.action },
    }
  }

  if (transition.action === 'unpublish' && request.public === false) {
    return { ok: false, refusal: { kind: 'notPublic' } }
  }

  if (transition.requiresComment && (comment ?? '').trim() === '') {
    return {
      ok: false,
      refusal: transition.action === 'unpublish' ? { kind: 'reasonRequired' } : { kind: 'commentRequired', from, to },
    }
  }

  return { ok: true }
}
