import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'

import { TopicPage, topicPageMetadata, topicPagePath } from '@/components/site/pages/TopicPage'
import { routing } from '@/i18n/routing'

type Props = { params: Promise<{ locale: string; slug: string; page: string }> }

/** "2", "3"… only: no leading zeros or signs, so each page has exactly one URL. */
function pageNumber(raw: string): number | null {
  return /^[1-9]\d{0,4}$/.test(raw) ? Number(raw) : null
}

/** None at build time (no database then): each page is rendered on first request, then cached (see the locale layout). */
export function generateStaticParams(): never[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, page } = await params
  const n = pageNumber(page)
  if (!hasLocale(routing.locales, locale) || n === null) return {}
  return topicPageMetadata(locale, slug, n)
}

export default async function TopicNumberedPage({ params }: Props) {
  const { locale, slug, page } = await params
  const n = pageNumber(page)
  if (!hasLocale(routing.locales, locale) || n === null) notFound()
  setRequestLocale(locale)
  if (n === 1) permanentRedirect(topicPagePath(locale, slug, 1))
  return <TopicPage locale={locale} slug={slug} page={n} />
}
