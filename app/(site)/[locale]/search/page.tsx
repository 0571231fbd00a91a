import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'

import { SearchPage, searchPageMetadata } from '@/components/site/pages/SearchPage'
import { routing } from '@/i18n/routing'
import { queryTokens, queryWords } from '@/site/search/search'
import { normalizeQuery } from '@/site/searchRoute'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[] }> }

/**
 * The search form. A query the proxy can cache is rewritten to the results
 * route (`../search-results/[query]`); the others — nothing searchable, past
 * the caps, or once the process has cached its share of queries — are
 * answered here, per request and without any cache (see src/site/searchRoute.ts).
 */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  return searchPageMetadata(locale, normalizeQuery((await searchParams).q))
}

export default async function SearchFormPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const { q } = await searchParams
  const query = normalizeQuery(q)
  const typed = (Array.isArray(q) ? q[0] : q) ?? ''
  return (
    <SearchPage locale={locale} query={query} cached={false} shortened={queryWords(typed).length > queryTokens(query).length} />
  )
}
