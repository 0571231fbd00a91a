import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Translation } from '../../../src/payload-types'
import { syncArticlePublicLocales } from '../../../src/workflow/articleVisibility'

function articleId(task: Pick<Translation, 'article'>) {
  return typeof task.article === 'object' ? task.article.id : task.article
}

/** A task's state decides whether its locale is public: keep the article's `publicLocales` in step. */
export const syncPublicLocales: CollectionAfterChangeHook<Translation> = async ({ doc, previousDoc, req }) => {
  const changed =
    !previousDoc ||
    previousDoc.status !== doc.status ||
    previousDoc.approvedAt !== doc.approvedAt ||
    previousDoc.locale !== doc.locale
  if (changed) await syncArticlePublicLocales(req, articleId(doc))
  return doc
}

export const syncPublicLocalesAfterDelete: CollectionAfterDeleteHook<Translation> = async ({ doc, req }) => {
  await syncArticlePublicLocales(req, articleId(doc))
  return doc
}
