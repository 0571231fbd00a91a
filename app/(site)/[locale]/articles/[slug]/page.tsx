import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'

import { ArticlePage, articlePageMetadata } from '@/components/site/pages/ArticlePage'
import { routing } from '@/i18n/routing'
import { ArticlePreview, articlePreviewMetadata } from '@/preview/ArticlePreview'
import { currentArticlePreview } from '@/preview/data/current'

type Props = { params: Promise<{ locale: string; slug: string }> }

/** None at build time (no database then): each page is rendered on first request, then cached (see the locale layout). */
export function generateStaticParams(): never[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  // In draft mode, for a user allowed to preview it: the draft (src/preview); else the published page.
  const preview = await currentArticlePreview(locale, slug)
  return preview ? articlePreviewMetadata(locale, preview) : articlePageMetadata(locale, slug)
}

export default async function ArticleRoute({ params }: Props) {
  const { locale, slug } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const preview = await currentArticlePreview(locale, slug)
  return preview ? <ArticlePreview locale={locale} article={preview} /> : <ArticlePage locale={locale} slug={slug} />
}
