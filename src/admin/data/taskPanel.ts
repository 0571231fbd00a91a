/**
 * Everything the task edit view shows above the form: the article, the
 * people, the diff of the changed fields and the moves the user may make.
 */
import type { PayloadRequest } from 'payload'

import { isEditorUser } from '@/access/roles'
import type { Translation } from '@/payload-types'
import { relationId } from '@/lib/relations'
import type { FieldDiff } from '@/workflow/diff'
import { changedFieldDiffs } from '@/admin/lib/fieldDiffs'
import { taskMovesFor, type TaskMoves } from '@/admin/lib/taskMoves'
import { articleTitles, sourceValues, translatorOptions, userNames, type Id } from './lookups'
import { taskSelect } from './queue'
import { loadReview, type ReviewRow } from './review'

export type PanelTask = Pick<
  Translation,
  | 'id'
  | 'article'
  | 'locale'
  | 'status'
  | 'assignee'
  | 'dueDate'
  | 'wordsToTranslate'
  | 'leverage'
  | 'changedFields'
  | 'sourceSnapshot'
  | 'approvedAt'
>

export type TaskPanelData = {
  task: PanelTask
  articleId: Id | undefined
  articleTitle: string
  assignee: { id: Id; name: string } | null
  diffs: FieldDiff[]
  moves: TaskMoves
  /** Translators of the task's language, for an editor's reassign menu. */
  translators: { id: Id; name: string }[]
  /** For an editor on a task in review: source and translation, field by field. */
  review: ReviewRow[] | null
}

export async function loadTaskPanel(req: PayloadRequest, taskId: Id): Promise<TaskPanelData | null> {
  const { payload, user } = req
  if (!user) return null
  const task = await payload.findByID({
    collection: 'translations',
    id: taskId,
    depth: 0,
    select: { ...taskSelect, sourceSnapshot: true, approvedAt: true },
    overrideAccess: false,
    user,
    disableErrors: true,
  })
  if (!task) return null

  const articleId = relationId(task.article)
  const assigneeId = relationId(task.assignee)
  const changed = task.changedFields ?? []
  const reviewing = isEditorUser(user) && task.status === 'in_review' && articleId !== undefined
  const [titles, names, sources, translators, review] = await Promise.all([
    articleTitles(payload, user, articleId === undefined ? [] : [articleId]),
    userNames(payload, user, assigneeId === undefined ? [] : [assigneeId]),
    sourceValues(payload, user, articleId === undefined ? [] : [articleId], changed),
    isEditorUser(user) ? translatorOptions(payload, user, task.locale) : [],
    reviewing && articleId !== undefined ? loadReview(payload, user, articleId, task.locale) : null,
  ])
  const source = articleId === undefined ? undefined : sources.get(String(articleId))
  return {
    task,
    articleId,
    articleTitle: (articleId !== undefined && titles.get(String(articleId))) || `#${articleId ?? '?'}`,
    assignee:
      assigneeId === undefined ? null : { id: assigneeId, name: names.get(String(assigneeId)) ?? `#${assigneeId}` },
    diffs: source ? changedFieldDiffs(task, source) : [],
    moves: taskMovesFor(user, task),
    translators,
    review,
  }
}
