import type { CollectionAfterChangeHook } from 'payload'

import type { Translation } from '@/payload-types'
import { relationId, sameId } from '@/lib/relations'
import { findEditors, findUser, notify } from '@/workflow/services/notify'
import { queueNewTaskDigests } from '@/workflow/services/newTaskDigest'

/** The e-mails a task change sends (publishing on approval is ./syncPublicLocales). */
export const afterWorkflowChange: CollectionAfterChangeHook<Translation> = async ({ doc, previousDoc, operation, req }) => {
  const from = operation === 'update' ? previousDoc?.status : undefined
  const to = doc.status
  const assigneeId = relationId(doc.assignee)
  const assignee = await findUser(req, assigneeId)

  const newlyAssigned = assignee && !sameId(assigneeId, relationId(previousDoc?.assignee)) && !sameId(assigneeId, req.user?.id)
  if (newlyAssigned) {
    await notify(req, doc, [assignee], { kind: 'assigned', words: doc.wordsToTranslate ?? 0 })
  }
  // Translators of the language hear of a new unassigned task in their hourly digest.
  if (operation === 'create') await queueNewTaskDigests(req, doc)
  if (from === to || !from) return doc

  const lastComment = doc.history?.at(-1)?.comment ?? ''
  if (from === 'in_review' && to === 'in_progress' && assignee) {
    await notify(req, doc, [assignee], { kind: 'changes_requested', comment: lastComment })
  }
  if (to === 'in_review') {
    const translator = req.user && 'name' in req.user ? String(req.user.name) : (assignee?.name ?? '')
    await notify(req, doc, await findEditors(req), { kind: 'submitted', translator })
  }
  if (to === 'outdated' && assignee) {
    await notify(req, doc, [assignee], { kind: 'outdated', fields: doc.changedFields ?? [] })
  }
  return doc
}
