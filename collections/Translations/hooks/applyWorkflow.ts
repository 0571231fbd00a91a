import type { CollectionBeforeChangeHook } from 'payload'

import { isEditorUser } from '@/access/roles'
import type { Translation } from '@/payload-types'
import { relationId, sameId } from '@/lib/relations'
import { actorFor } from '@/workflow/actor'
import { workflowRefusal } from '@/workflow/errors'
import { fingerprintFields } from '@/workflow/fingerprint'
import { readSource } from '@/workflow/services/source'
import { translationQuality } from '@/workflow/services/translationQuality'
import { actionForTransition, checkTransition, type TaskStatus } from '@/workflow/states'
import { isTaskLocalePublic } from '@/workflow/visibility'
import { sourceWordCount } from '@/workflow/wordCount'

type HistoryEntry = NonNullable<Translation['history']>[number]

/**
 * The server side of the state machine. Every save of a task passes here:
 * a status change must be a valid move for this caller (the error says which
 * moves are allowed), translators may only claim and move their own tasks, and
 * each move is appended to the history, which no API caller can write.
 * `context.workflowSystem` marks moves made by the system itself (outdating).
 */
export const applyWorkflow: CollectionBeforeChangeHook<Translation> = async ({ data, originalDoc, operation, req, context }) => {
  const user = req.user
  const system = context.workflowSystem === true || !user
  const systemComment = typeof context.transitionComment === 'string' ? context.transitionComment : ''
  const comment = (typeof data.transitionComment === 'string' ? data.transitionComment : systemComment).trim()
  const now = new Date().toISOString()
  const by = user ? user.id : undefined

  if (operation === 'create') {
    if (!system && data.status && data.status !== 'todo') {
      throw workflowRefusal(req, { kind: 'createNotTodo' }, 400)
    }
    if (!system || !data.history?.length) {
      data.history = [{ at: now, by, to: data.status ?? 'todo', comment: comment || undefined }]
    }
    if (data.wordsToTranslate === undefined || data.wordsToTranslate === null) {
      const articleId = relationId(data.article)
      const source = articleId === undefined ? null : await readSource(req, articleId, { latest: false })
      data.wordsToTranslate = source ? sourceWordCount(source) : 0
    }
    return data
  }

  if (!originalDoc) return data
  const from: TaskStatus = originalDoc.status ?? 'todo'
  const to: TaskStatus = data.status ?? from
  const previousAssignee = relationId(originalDoc.assignee)
  const nextAssignee = data.assignee === undefined ? previousAssignee : relationId(data.assignee)

  if (!system && user && !isEditorUser(user)) {
    const claiming = !sameId(previousAssignee, nextAssignee)
    if (claiming && (previousAssignee !== undefined || !sameId(nextAssignee, user.id))) {
      throw workflowRefusal(req, { kind: 'claimOnlyUnassigned' }, 403)
    }
  }

  const history: HistoryEntry[] = [...(originalDoc.history ?? [])]
  if (to !== from) {
    const actor = system ? 'system' : actorFor(user, { assignee: nextAssignee })
    if (!actor) {
      throw workflowRefusal(req, { kind: 'claimFirst' }, 403)
    }
    const check = checkTransition({ from, to, actor, comment, public: isTaskLocalePublic(originalDoc) })
    if (!check.ok) throw workflowRefusal(req, check.refusal, actor === 'editor' || actor === 'assignee' ? 400 : 403)
    const articleId = relationId(originalDoc.article)
    if (!system && articleId !== undefined && (to === 'in_review' || to === 'approved')) {
      // Errors block a submission; an editor may approve over them, saying why (the comment goes into the history).
      const errors = (await translationQuality(req, articleId, originalDoc.locale)).filter((found) => found.severity === 'error')
      if (errors.length > 0 && to === 'in_review') throw workflowRefusal(req, { kind: 'qualityErrors', issues: errors }, 400)
      if (errors.length > 0 && comment === '') throw workflowRefusal(req, { kind: 'qualityOverride', issues: errors }, 400)
    }
    history.push({ at: now, by, from, to, comment: comment || undefined })
    if (actionForTransition(from, to) === 'unpublish') {
      // No longer public: syncPublicLocales takes the language's text off the published row.
      data.approvedAt = null
    }

    if (to === 'approved') {
      // The published Italian is what this translation goes live beside, and what later edits are
      // compared with: an editor's pending Italian draft is not part of what was approved.
      const source = articleId === undefined ? null : await readSource(req, articleId, { latest: false })
      if (source) {
        data.sourceFingerprints = fingerprintFields(source)
        data.sourceSnapshot = source
      }
      data.approvedAt = now
      data.changedFields = []
      data.wordsToTranslate = 0
    }
  }
  if (to === from && typeof context.historyNote === 'string') {
    history.push({ at: now, by, from, to, comment: context.historyNote })
  }
  data.history = history
  return data
}
