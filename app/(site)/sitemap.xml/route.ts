import { sitemapService } from '@/site/data/sitemap'
import { sitemapResponse } from '@/site/sitemapResponses'

/**
 * One streamed <urlset>, or a sitemap index once the site passes a file's
 * limits (`src/site/sitemapSplit.ts`). Rendered at request time — never at
 * build time, which has no database — from data cached until an editor's
 * change revalidates it.
 */
export const dynamic = 'force-dynamic'

export function GET(): Promise<Response> {
  return sitemapResponse(sitemapService)
}
