import type { PayloadRequest } from 'payload'

import { applyRevalidation } from './revalidate'
import { articleSnapshot } from './snapshots'
import { articleChange, sameSnapshot, type ArticleSnapshot } from './targets'

/**
 * For writes that bypass the article hooks — e.g. the workflow setting
 * `publicLocales` with `payload.db.updateOne` when a translation is approved:
 *
 *   const before = await articleSnapshot(req, id)
 *   await req.payload.db.updateOne(…)
 *   await revalidateArticleWrite(req, id, before)
 */
export async function revalidateArticleWrite(
  req: PayloadRequest,
  id: number | string,
  before: ArticleSnapshot | null,
): Promise<void> {
  const after = await articleSnapshot(req, id)
  if (!sameSnapshot(before, after)) await applyRevalidation(articleChange(before, after), req)
}
