import { locales } from '@/i18n/locales'
import { keysetBatches } from '@/db/keyset'
import type { LocaleMap } from '@/site/data/localized'
import { absoluteUrl, localizedPath } from '@/site/paths'
import type { ArticleId } from './split'
import { urlElements, URLSET_CLOSE, URLSET_OPEN, type SitemapPage } from './xml'

/**
 * A <urlset> as a stream: the head, the given pages, then articles read batch
 * by batch as the client reads (pull), then the foot. However many articles a
 * file lists, one batch is in memory at a time.
 */

/** An article's public slugs (only the locales where an anonymous reader sees it). */
export type SitemapArticle = { id: ArticleId; updatedAt: string | null; slugs: LocaleMap<string> }

/** Articles with `afterId < id <= upToId` (null: no bound). */
export type ArticleRange = { afterId: ArticleId | null; upToId: ArticleId | null }

export type LoadSitemapArticles = (query: ArticleRange & { limit: number }) => Promise<SitemapArticle[]>

export type UrlsetSource = { loadArticles: LoadSitemapArticles; batchSize: number; origin: string }

export function articlePage(article: SitemapArticle, origin: string): SitemapPage {
  const page: SitemapPage = { urls: {}, lastmod: {} }
  for (const locale of locales) {
    const slug = article.slugs[locale]
    if (!slug) continue
    page.urls[locale] = absoluteUrl(localizedPath(locale, '/articles/[slug]', { slug }), origin)
    page.lastmod[locale] = article.updatedAt
  }
  return page
}

async function* urlsetParts(pages: SitemapPage[], articles: ArticleRange | null, source: UrlsetSource): AsyncGenerator<string> {
  yield URLSET_OPEN
  if (pages.length > 0) yield pages.flatMap(urlElements).join('')
  if (articles) {
    const load = (afterId: ArticleId | null, limit: number) => source.loadArticles({ afterId, upToId: articles.upToId, limit })
    for await (const batch of keysetBatches(load, source.batchSize, articles.afterId)) {
      yield batch.flatMap((article) => urlElements(articlePage(article, source.origin))).join('')
    }
  }
  yield URLSET_CLOSE
}

/** Encodes the parts one at a time, when the consumer asks for more (backpressure). */
function textStream(parts: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await parts.next()
      if (done) controller.close()
      else if (value) controller.enqueue(encoder.encode(value))
    },
    async cancel() {
      await parts.return(undefined)
    },
  })
}

export function urlsetStream(
  pages: SitemapPage[],
  articles: ArticleRange | null,
  source: UrlsetSource,
): ReadableStream<Uint8Array> {
  return textStream(urlsetParts(pages, articles, source))
}
