/**
 * One page of the editors' coverage matrix. Articles are paged (never all of
 * them: there may be thousands) and read with `select: { title }`; the tasks
 * of just those articles come in one more query.
 */
import type { Payload, TypedUser, Where } from 'payload'

import { sourceLocale, targetLocales } from '@/i18n/locales'
import { buildCoverageRows, type CoverageRow } from '@/admin/lib/coverageMatrix'

export type CoveragePage = { rows: CoverageRow[]; page: number; totalPages: number; totalDocs: number }

export async function loadCoverage(
  payload: Payload,
  user: TypedUser,
  { page, limit = 25, search }: { page: number; limit?: number; search?: string },
): Promise<CoveragePage> {
  const where: Where = search ? { title: { like: search } } : {}
  const articles = await payload.find({
    collection: 'articles',
    where,
    locale: sourceLocale,
    fallbackLocale: false,
    draft: true,
    page,
    limit,
    sort: '-updatedAt',
    depth: 0,
    select: { title: true },
    overrideAccess: false,
    user,
  })
  const ids = articles.docs.map((doc) => doc.id)
  const tasks =
    ids.length === 0
      ? []
      : (
          await payload.find({
            collection: 'translations',
            where: { article: { in: ids } },
            depth: 0,
            pagination: false,
            select: { article: true, locale: true, status: true },
            overrideAccess: false,
            user,
          })
        ).docs
  return {
    rows: buildCoverageRows(articles.docs, tasks, targetLocales),
    page: articles.page ?? page,
    totalPages: Math.max(1, articles.totalPages),
    totalDocs: articles.totalDocs,
  }
}
