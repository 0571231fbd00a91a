import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Translation } from '../../../src/payload-types'
import { applyRevalidation } from '../../../src/site/revalidation/revalidate'
import { articleSnapshot } from '../../../src/site/revalidation/snapshots'
import { articleChange, sameSnapshot } from '../../../src/site/revalidation/targets'
import { relationId } from '../../../src/workflow/actor'
import { syncArticlePublicLocales } from '../../../src/workflow/articleVisibility'

/**
 * A task's state decides whether its locale is public: keep the article's
 * `publicLocales` in step, and revalidate the pages that appear or disappear
 * (the article itself is not saved, so its own revalidation hooks do not run).
 */
async function syncAndRevalidate(req: PayloadRequest, task: Pick<Translation, 'article'>): Promise<void> {
  const articleId = relationId(task.article)
  if (articleId === undefined) return
  const before = await articleSnapshot(req, articleId)
  const changed = await syncArticlePublicLocales(req, articleId)
  if (!changed) return
  const after = await articleSnapshot(req, articleId)
  if (!sameSnapshot(before, after)) await applyRevalidation(articleChange(before, after), req.context)
}

export const syncPublicLocales: CollectionAfterChangeHook<Translation> = async ({ doc, previousDoc, req }) => {
  const changed =
    !previousDoc ||
    previousDoc.status !== doc.status ||
    previousDoc.approvedAt !== doc.approvedAt ||
    previousDoc.locale !== doc.locale
  if (changed) await syncAndRevalidate(req, doc)
  return doc
}

export const syncPublicLocalesAfterDelete: CollectionAfterDeleteHook<Translation> = async ({ doc, req }) => {
  await syncAndRevalidate(req, doc)
  return doc
}
