import type { PayloadRequest } from 'payload'

import type { Article } from '../payload-types'
import { publicLocalesFor } from './visibility'
import { childReq } from './childReq'

type ArticleId = Article['id']

/** Reads the article's translation tasks and derives its public locales (see `publicLocalesFor`). */
export async function articlePublicLocales(
  req: PayloadRequest,
  args: { articleId: ArticleId | string | undefined; sourcePublished: boolean },
): Promise<NonNullable<Article['publicLocales']>> {
  if (!args.sourcePublished) return []
  const tasks =
    args.articleId === undefined
      ? []
      : (
          await req.payload.find({
            collection: 'translations',
            where: { article: { equals: args.articleId } },
            pagination: false,
            limit: 0,
            depth: 0,
            req: childReq(req),
            select: { locale: true, status: true, approvedAt: true },
          })
        ).docs
  return publicLocalesFor({ sourcePublished: true, tasks })
}

/**
 * Writes `publicLocales` straight to the live (published) article row: a task
 * changing state must not create an article version or re-run article hooks.
 */
export async function syncArticlePublicLocales(req: PayloadRequest, articleId: ArticleId | string): Promise<boolean> {
  const article = await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    depth: 0,
    draft: false,
    req: childReq(req),
    disableErrors: true,
    select: { _status: true, publicLocales: true },
  })
  if (!article) return false
  const next = await articlePublicLocales(req, { articleId, sourcePublished: article._status === 'published' })
  const current = [...(article.publicLocales ?? [])].sort()
  if (current.join() === next.join()) return false
  await req.payload.db.updateOne({ collection: 'articles', id: articleId, data: { publicLocales: next }, req })
  return true
}
