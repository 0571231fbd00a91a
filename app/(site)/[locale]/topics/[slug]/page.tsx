import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'

import { TopicPage, topicPageMetadata } from '@/components/site/pages/TopicPage'
import { routing } from '@/i18n/routing'

type Props = { params: Promise<{ locale: string; slug: string }> }

/** None at build time (no database then): each page is rendered on first request, then cached (see the locale layout). */
export function generateStaticParams(): never[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  return topicPageMetadata(locale, slug, 1)
}

export default async function TopicFirstPage({ params }: Props) {
  const { locale, slug } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return <TopicPage locale={locale} slug={slug} page={1} />
}
