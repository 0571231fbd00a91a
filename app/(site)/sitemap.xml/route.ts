import { sitemapService } from '@/site/sitemap/reads'
import { sitemapResponse } from '@/site/sitemap/responses'

/**
 * One streamed <urlset>, or a sitemap index once the site passes a file's
 * limits (`src/site/sitemap/split.ts`). Rendered at request time — never at
 * build time, which has no database — from data cached until an editor's
 * change revalidates it.
 */
export const dynamic = 'force-dynamic'

export function GET(): Promise<Response> {
  return sitemapResponse(sitemapService)
}
