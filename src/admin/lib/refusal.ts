/**
 * What to tell the user when the server refuses a task update.
 *
 * Why a fallback: the server's own message names the allowed moves, but a
 * production build loses the message of an error without an explicit name —
 * Payload formats an error by its class name, and the minified bundle leaves
 * `APIError` anonymous, so the body says only "An unknown error occurred."
 * (workflow refusals name themselves, see workflow/errors.ts; others may not).
 * A refused move is then explained from the same state machine the server
 * used, applied to the task as it is now.
 */
import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { actorFor } from '@/workflow/actor'
import { formatRefusal, type Refusal, type WorkflowMessages } from '@/workflow/refusals'
import { checkTransition, isTaskStatus } from '@/workflow/states'

/** Payload's placeholders for a message it did not pass on. */
const genericMessages: ReadonlySet<string> = new Set(['An unknown error occurred.', 'Something went wrong.'])

/** The messages of a Payload error body, or null when it has none worth showing. */
export function serverMessage(json: unknown): string | null {
  if (typeof json !== 'object' || json === null || !('errors' in json) || !Array.isArray(json.errors)) return null
  const messages = json.errors
    .map((error: unknown) =>
      typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
        ? error.message.trim()
        : '',
    )
    .filter((message) => message !== '' && !genericMessages.has(message))
  return messages.length > 0 ? messages.join(' ') : null
}

type Ref = number | string | { id: number | string } | null | undefined
type CurrentTask = { status?: unknown; assignee?: Ref }

/** A relation value from an untyped body: an id, a populated document, or nothing. */
function asRef(value: unknown): Ref {
  if (typeof value === 'number' || typeof value === 'string' || value === null) return value
  if (typeof value === 'object' && 'id' in value && (typeof value.id === 'number' || typeof value.id === 'string')) {
    return { id: value.id }
  }
  return undefined
}

function refId(value: Ref): string | undefined {
  if (value === null || value === undefined) return undefined
  return String(typeof value === 'object' ? value.id : value)
}

/** The refusal the server's checks (`applyWorkflow`) make of this update; null when they have no objection. */
function refusalOf(args: {
  task: CurrentTask
  user: Pick<User, 'id' | 'role'>
  body: { status?: unknown; assignee?: unknown; transitionComment?: unknown }
}): Refusal | null {
  const { task, user, body } = args
  const holder = refId(task.assignee)
  const claiming = body.assignee !== undefined && refId(asRef(body.assignee)) !== holder
  if (user.role === 'translator' && claiming && holder !== undefined) return { kind: 'claimOnlyUnassigned' }
  if (!isTaskStatus(body.status)) return null
  const from = isTaskStatus(task.status) ? task.status : 'todo'
  if (from === body.status) return null
  const assignee = claiming ? asRef(body.assignee) : (task.assignee ?? null)
  const actor = actorFor(user, { assignee })
  if (!actor) return { kind: 'claimFirst' }
  const comment = typeof body.transitionComment === 'string' ? body.transitionComment : undefined
  const check = checkTransition({ from, to: body.status, actor, comment })
  return check.ok ? null : check.refusal
}

/**
 * Why the update `body` of `task` is refused for `user`, worded as the server
 * words it (the same checks as `applyWorkflow`, on the task as it is now, in
 * the admin language, from the messages the server component handed over);
 * null when those checks have no objection (the refusal came from elsewhere:
 * a lock, a network error…).
 */
export function explainRefusal(args: {
  task: CurrentTask
  user: Pick<User, 'id' | 'role'>
  body: { status?: unknown; assignee?: unknown; transitionComment?: unknown }
  messages: WorkflowMessages
  language: Locale
}): string | null {
  const refusal = refusalOf(args)
  return refusal ? formatRefusal(refusal, args.messages, args.language) : null
}
