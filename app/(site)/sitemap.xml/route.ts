import { sitemapPages } from '@/site/data/sitemap'
import { buildSitemap } from '@/site/sitemapXml'

/**
 * Rendered at request time — never at build time, which has no database —
 * from data cached until an editor's change revalidates it.
 */
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  return new Response(buildSitemap(await sitemapPages()), {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': 'public, s-maxage=3600, stale-while-revalidate=86400',
    },
  })
}
