import { hasLocale } from 'next-intl'

import { routing } from '@/i18n/routing'
import { listArticles } from '@/site/data/articles'
import { buildRss } from '@/site/feedXml'
import { intlLocales } from '@/site/format'
import { translatorFor } from '@/i18n/messages'
import { absoluteUrl, feedPath, localizedPath } from '@/site/paths'

/** `/{locale}/feed.xml`: cached like the pages (first request, then until revalidated). */
export const dynamic = 'force-static'
export const revalidate = 3600

export function generateStaticParams(): { locale: string }[] {
  return []
}

const FEED_SIZE = 20

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 })
  const meta = translatorFor(locale, 'Meta')
  const { docs } = await listArticles(locale, { limit: FEED_SIZE })
  const xml = buildRss({
    title: meta('feedTitle'),
    description: meta('homeDescription'),
    link: absoluteUrl(localizedPath(locale, '/')),
    self: absoluteUrl(feedPath(locale)),
    language: intlLocales[locale].toLowerCase(),
    items: docs.map((article) => ({
      title: article.title,
      url: absoluteUrl(localizedPath(locale, '/articles/[slug]', { slug: article.slug })),
      summary: article.summary,
      publishedAt: article.publishedAt,
      category: article.topic?.name,
    })),
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
