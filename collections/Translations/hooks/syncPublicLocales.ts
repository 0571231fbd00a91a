import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { isLocale } from '@/i18n/locales'
import type { Translation } from '@/payload-types'
import { applyRevalidation } from '@/site/revalidation/revalidate'
import { articleSnapshot } from '@/site/revalidation/snapshots'
import { articleChange, sameSnapshot } from '@/site/revalidation/targets'
import { relationId } from '@/lib/relations'
import type { PublicationChange } from '@/workflow/publication'
import { applyPublication } from '@/workflow/services/publication'

/**
 * A task's state decides whether its language is public: approving it
 * publishes that language's draft (and nothing else); any other change, or
 * deleting the task, keeps the published row to what is still public. The
 * pages that appear or disappear are revalidated (the article itself is not
 * saved through Payload here, so its own hooks do not run).
 */
async function publishAndRevalidate(req: PayloadRequest, task: Pick<Translation, 'article'>, change: PublicationChange) {
  const articleId = relationId(task.article)
  if (articleId === undefined) return
  const before = await articleSnapshot(req, articleId)
  const result = await applyPublication(req, articleId, change)
  if (!result?.changed) return
  const after = await articleSnapshot(req, articleId)
  if (!sameSnapshot(before, after)) await applyRevalidation(articleChange(before, after), req)
}

export const syncPublicLocales: CollectionAfterChangeHook<Translation> = async ({ doc, previousDoc, req }) => {
  const approvedNow = doc.status === 'approved' && previousDoc?.status !== 'approved'
  if (approvedNow && isLocale(doc.locale)) {
    await publishAndRevalidate(req, doc, { kind: 'publish', locale: doc.locale })
    return doc
  }
  const changed =
    !previousDoc ||
    previousDoc.status !== doc.status ||
    previousDoc.approvedAt !== doc.approvedAt ||
    previousDoc.locale !== doc.locale
  if (changed) await publishAndRevalidate(req, doc, { kind: 'sync' })
  return doc
}

export const syncPublicLocalesAfterDelete: CollectionAfterDeleteHook<Translation> = async ({ doc, req }) => {
  await publishAndRevalidate(req, doc, { kind: 'sync' })
  return doc
}
