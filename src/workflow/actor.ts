import { relationId, sameId } from '@/lib/relations'
import type { TaskActor } from './states'

type UserLike = { id: number | string; role: 'admin' | 'editor' | 'translator' } | null | undefined
type TaskLike = { assignee?: number | string | { id: number | string } | null }

/**
 * Maps a caller to a state-machine actor: editors and admins act as `editor`,
 * the task's assignee as `assignee`; anyone else has no role on this task.
 */
export function actorFor(user: UserLike, task: TaskLike): TaskActor | null {
  if (!user) return null
  if (user.role === 'admin' || user.role === 'editor') return 'editor'
  if (user.role === 'translator' && sameId(relationId(task.assignee), user.id)) return 'assignee'
  return null
}
