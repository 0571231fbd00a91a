import { sitemapService } from '@/site/sitemap/reads'
import { sitemapChildResponse } from '@/site/sitemap/responses'

/** `/sitemaps/pages-N.xml` and `/sitemaps/articles-N.xml`, the children of the sitemap index: streamed, at request time. */
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params
  return sitemapChildResponse(file, sitemapService)
}
