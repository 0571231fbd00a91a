import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  RequestContext,
} from 'payload'

import type { Article } from '@/payload-types'
import { applyRevalidation, revalidationDisabled } from '@/site/revalidation/revalidate'
import { articleSnapshot } from '@/site/revalidation/snapshots'
import { articleChange, sameSnapshot, type ArticleSnapshot } from '@/site/revalidation/targets'

/**
 * Keeps the public site's cache in step with articles: the live state is read
 * before and after each change, and every page that showed either is revalidated
 * (see `articleChange`). A draft save leaves the live state unchanged, so nothing happens.
 */

const KEY = 'revalidateArticleBefore'

type Stash = Record<string, ArticleSnapshot | null>

function isStash(value: unknown): value is Stash {
  return typeof value === 'object' && value !== null
}

/** Per-operation memory between the before and after hooks (`context` is shared by both; bulk operations key by id). */
function stash(context: RequestContext): Stash {
  const existing = context[KEY]
  if (isStash(existing)) return existing
  const created: Stash = {}
  context[KEY] = created
  return created
}

export const rememberArticleBeforeChange: CollectionBeforeChangeHook<Article> = async ({
  originalDoc,
  operation,
  req,
  context,
  data,
}) => {
  if (revalidationDisabled(context) || operation !== 'update' || !originalDoc) return data
  stash(context)[String(originalDoc.id)] = await articleSnapshot(req, originalDoc.id)
  return data
}

export const revalidateArticleAfterChange: CollectionAfterChangeHook<Article> = async ({ doc, req, context }) => {
  if (revalidationDisabled(context)) return doc
  const before = stash(context)[String(doc.id)] ?? null
  const after = await articleSnapshot(req, doc.id)
  if (!sameSnapshot(before, after)) await applyRevalidation(articleChange(before, after), req)
  return doc
}

export const rememberArticleBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
  if (revalidationDisabled(context)) return
  stash(context)[String(id)] = await articleSnapshot(req, id)
}

export const revalidateArticleAfterDelete: CollectionAfterDeleteHook<Article> = async ({ id, req, context }) => {
  if (revalidationDisabled(context)) return
  await applyRevalidation(articleChange(stash(context)[String(id)] ?? null, null), req)
}
