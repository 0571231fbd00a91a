import type { Metadata } from 'next'

import { LivePreviewArticle } from '@/components/site/LivePreviewArticle'
import { PreviewBanner } from '@/components/site/PreviewBanner'
import { articleMetadata, ArticleView } from '@/components/site/pages/ArticlePage'
import type { Locale } from '@/i18n/locales'
import type { ArticlePage } from '@/site/data/articles'
import { localizedPath } from '@/site/paths'
import { getTranslations } from 'next-intl/server'
import { renderLivePreview } from './actions'
import { exitHref } from './routes'

/** The article page as its draft would publish it: the real layout, a banner, noindex, live updates in the admin. */
export async function ArticlePreview({ locale, article }: { locale: Locale; article: ArticlePage }) {
  const t = await getTranslations({ locale, namespace: 'Preview' })
  const path = localizedPath(locale, '/articles/[slug]', { slug: article.slug })
  const render = renderLivePreview.bind(null, locale, article.slug)
  return (
    <ArticleView
      locale={locale}
      article={article}
      preview={{
        banner: <PreviewBanner locale={locale} exitHref={exitHref(path)} />,
        switcherMark: t('switcherMark'),
        wrap: (content) => (
          <LivePreviewArticle locale={locale} render={render}>
            {content}
          </LivePreviewArticle>
        ),
      }}
    />
  )
}

export function articlePreviewMetadata(locale: Locale, article: ArticlePage): Promise<Metadata> {
  return articleMetadata(locale, article, { noindex: true })
}
