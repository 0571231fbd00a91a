import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { Article, Translation } from '../../../src/payload-types'
import { relationId, sameId } from '../../../src/workflow/actor'
import { childReq } from '../../../src/workflow/childReq'
import { findEditors, findUser, notify } from '../../../src/workflow/notify'

/** Approval makes the translator's saved draft the live version. */
async function publishPendingDraft(req: PayloadRequest, articleId: Article['id']): Promise<void> {
  const latest = await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    draft: true,
    depth: 0,
    req: childReq(req),
    disableErrors: true,
    select: { _status: true },
  })
  if (latest?._status !== 'draft') return
  await req.payload.update({
    collection: 'articles',
    id: articleId,
    data: { _status: 'published' },
    req: childReq(req, { publishedByApproval: true }),
  })
}

/** Side effects of a task change: publishing on approval, then the e-mails PRODUCT.md promises. */
export const afterWorkflowChange: CollectionAfterChangeHook<Translation> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const articleId = relationId(doc.article)
  const from = operation === 'update' ? previousDoc?.status : undefined
  const to = doc.status
  const assigneeId = relationId(doc.assignee)
  const assignee = await findUser(req, assigneeId)

  if (from !== to && to === 'approved' && articleId !== undefined) {
    await publishPendingDraft(req, articleId as Article['id'])
  }

  const newlyAssigned =
    assignee && !sameId(assigneeId, relationId(previousDoc?.assignee)) && !sameId(assigneeId, req.user?.id)
  if (newlyAssigned) {
    await notify(req, doc, [assignee], { kind: 'assigned', words: doc.wordsToTranslate ?? 0 })
  }
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
