import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'

import { SearchPage, searchPageMetadata } from '@/components/site/pages/SearchPage'
import { routing } from '@/i18n/routing'
import { decodeQuerySegment } from '@/site/searchRoute'

type Props = { params: Promise<{ locale: string; query: string }> }

/**
 * Results of one query in its canonical form, reached only through the
 * proxy's rewrite of `/{locale}/{search}?q=…` (see src/site/searchRoute.ts).
 * Rendered on first request, then cached like every page and revalidated when
 * articles change. The page shows the canonical query (folded): every way of
 * typing it shares this one page.
 */
export function generateStaticParams(): never[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, query } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  return searchPageMetadata(locale, decodeQuerySegment(query))
}

export default async function SearchResultsPage({ params }: Props) {
  const { locale, query } = await params
  const normalized = decodeQuerySegment(query)
  if (!hasLocale(routing.locales, locale) || normalized === '') notFound()
  setRequestLocale(locale)
  return <SearchPage locale={locale} query={normalized} cached />
}
