import type { SitemapLimits } from './protocol'
import {
  articlesPerChild,
  layoutSitemap,
  parseSitemapChild,
  sitemapIndexEntries,
  type SitemapLayout,
  type SitemapPlan,
} from './split'
import { urlsetStream, type ArticleRange, type UrlsetSource } from './stream'
import { buildSitemapIndex, type SitemapPage } from './xml'

/**
 * What `/sitemap.xml` and `/sitemaps/{pages|articles}-N.xml` answer. The reads
 * are injected (cached ones in the routes, direct ones in tests), and so are the
 * limits, so a test can split a handful of articles.
 */

export type SitemapService = UrlsetSource & {
  loadPlan: (articlesPerChild: number, origin: string) => Promise<SitemapPlan>
  limits: SitemapLimits
}

function xmlResponse(body: string | ReadableStream<Uint8Array>): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': 'public, s-maxage=3600, stale-while-revalidate=86400',
    },
  })
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

async function layoutOf(service: SitemapService): Promise<{ plan: SitemapPlan; layout: SitemapLayout }> {
  const plan = await service.loadPlan(articlesPerChild(service.limits, service.origin), service.origin)
  return { plan, layout: layoutSitemap(plan, service.limits, service.origin) }
}

const everyArticle: ArticleRange = { afterId: null, upToId: null }

/** The whole site as one streamed <urlset> while it fits in a file, else the index of the children. */
export async function sitemapResponse(service: SitemapService): Promise<Response> {
  const { plan, layout } = await layoutOf(service)
  if (!layout.split) return xmlResponse(urlsetStream(plan.pages, everyArticle, service))
  return xmlResponse(buildSitemapIndex(sitemapIndexEntries(layout, service.origin)))
}

/** One child of the index, streamed; a 404 for a name or number the index does not list. */
export async function sitemapChildResponse(file: string, service: SitemapService): Promise<Response> {
  const child = parseSitemapChild(file)
  if (!child) return notFound()
  const { layout } = await layoutOf(service)
  if (!layout.split) return notFound()
  const index = child.number - 1
  if (child.kind === 'pages') {
    const pages: SitemapPage[] | undefined = layout.pageChunks[index]
    return pages ? xmlResponse(urlsetStream(pages, null, service)) : notFound()
  }
  const chunk = layout.articleChunks[index]
  if (!chunk) return notFound()
  // Up to where the next child starts: each article is in exactly one child, even one published meanwhile.
  const upToId = layout.articleChunks[index + 1]?.afterId ?? null
  return xmlResponse(urlsetStream([], { afterId: chunk.afterId, upToId }, service))
}
