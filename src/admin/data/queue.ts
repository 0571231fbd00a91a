/**
 * The task lists of the Translations view: a page of tasks with what a
 * translator needs to pick one (article title, language, status, due date,
 * words) and, for tasks whose source changed, the diff of the changed fields.
 */
import type { Payload, TypedUser, Where } from 'payload'

import type { TargetLocale } from '@/i18n/locales'
import { readTaskLeverage, type TaskLeverage } from '@/memory/taskLeverage'
import type { Translation } from '@/payload-types'
import { relationId } from '@/lib/relations'
import type { FieldDiff } from '@/workflow/diff'
import type { TranslatableField } from '@/workflow/fingerprint'
import type { TaskStatus } from '@/workflow/states'
import { changedFieldDiffs } from '@/admin/lib/fieldDiffs'
import { pagesCovering, splitPage, type Segment } from '@/admin/lib/splitPage'
import { articleTitles, sourceValues, userNames, type Id } from './lookups'

export type QueueRow = {
  id: Id
  articleId: Id
  articleTitle: string
  locale: TargetLocale
  status: TaskStatus
  assignee: { id: Id; name: string } | null
  dueDate: string | null
  wordsToTranslate: number
  changedFields: TranslatableField[]
  /** Only for tasks with a snapshot and changed fields (outdated, or reworked after a change). */
  diffs: FieldDiff[]
  /** Words per memory match band, when counted. */
  leverage: TaskLeverage | null
}

export type QueuePage = { rows: QueueRow[]; page: number; totalPages: number; totalDocs: number }

/** The task fields a queue row shows (the task panel reads these and a few more). */
export const taskSelect = {
  article: true,
  locale: true,
  status: true,
  assignee: true,
  dueDate: true,
  wordsToTranslate: true,
  changedFields: true,
  leverage: true,
} as const

export async function loadQueue(
  payload: Payload,
  user: TypedUser,
  { where, page, limit = 20 }: { where: Where; page: number; limit?: number },
): Promise<QueuePage> {
  // Tasks with a due date first, the most urgent first; then the others, oldest first.
  const dated: Where = { and: [where, { dueDate: { exists: true } }] }
  const undated: Where = { and: [where, { dueDate: { exists: false } }] }
  const [datedTotal, undatedTotal] = await Promise.all([
    payload.count({ collection: 'translations', where: dated, overrideAccess: false, user }),
    payload.count({ collection: 'translations', where: undated, overrideAccess: false, user }),
  ])
  const window = splitPage(page, limit, datedTotal.totalDocs, undatedTotal.totalDocs)
  const readSegment = async (segmentWhere: Where, sort: string[], segment: Segment) => {
    const pages = await Promise.all(
      pagesCovering(segment, limit).map((n) =>
        payload.find({
          collection: 'translations',
          where: segmentWhere,
          sort,
          page: n,
          limit,
          depth: 0,
          select: taskSelect,
          overrideAccess: false,
          user,
        }),
      ),
    )
    const offset = segment.start % limit
    return pages.flatMap((result) => result.docs).slice(offset, offset + segment.count)
  }
  const tasks = [
    ...(await readSegment(dated, ['dueDate', 'createdAt', 'id'], window.first)),
    ...(await readSegment(undated, ['createdAt', 'id'], window.second)),
  ]
  const withChanges = tasks.filter((task) => (task.changedFields ?? []).length > 0)

  const [titles, names, snapshots, sources] = await Promise.all([
    articleTitles(payload, user, tasks.map((task) => relationId(task.article)).filter(isId)),
    userNames(payload, user, tasks.map((task) => relationId(task.assignee)).filter(isId)),
    loadSnapshots(
      payload,
      user,
      withChanges.map((task) => task.id),
    ),
    sourceValues(payload, user, withChanges.map((task) => relationId(task.article)).filter(isId), [
      ...new Set(withChanges.flatMap((task) => task.changedFields ?? [])),
    ]),
  ])

  const rows = tasks.map((task): QueueRow => {
    const articleId = relationId(task.article) ?? ''
    const assigneeId = relationId(task.assignee)
    const changedFields = task.changedFields ?? []
    const source = sources.get(String(articleId))
    return {
      id: task.id,
      articleId,
      articleTitle: titles.get(String(articleId)) ?? `#${articleId}`,
      locale: task.locale,
      status: task.status ?? 'todo',
      assignee:
        assigneeId === undefined ? null : { id: assigneeId, name: names.get(String(assigneeId)) ?? `#${assigneeId}` },
      dueDate: task.dueDate ?? null,
      wordsToTranslate: task.wordsToTranslate ?? 0,
      changedFields,
      diffs: source ? changedFieldDiffs({ changedFields, sourceSnapshot: snapshots.get(String(task.id)) }, source) : [],
      leverage: readTaskLeverage(task.leverage),
    }
  })
  return {
    rows,
    page,
    totalPages: window.totalPages,
    totalDocs: datedTotal.totalDocs + undatedTotal.totalDocs,
  }
}

function isId(value: Id | undefined): value is Id {
  return value !== undefined
}

/** Snapshots are whole source texts: read them only for the tasks on this page that need a diff. */
async function loadSnapshots(payload: Payload, user: TypedUser, ids: readonly Translation['id'][]) {
  if (ids.length === 0) return new Map<string, unknown>()
  const { docs } = await payload.find({
    collection: 'translations',
    where: { id: { in: [...ids] } },
    depth: 0,
    pagination: false,
    select: { sourceSnapshot: true },
    overrideAccess: false,
    user,
  })
  return new Map<string, unknown>(docs.map((doc) => [String(doc.id), doc.sourceSnapshot]))
}
