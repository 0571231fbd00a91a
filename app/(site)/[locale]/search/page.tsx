import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'

import { SearchPage, searchPageMetadata } from '@/components/site/pages/SearchPage'
import { routing } from '@/i18n/routing'
import { normalizeQuery } from '@/site/searchRoute'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[] }> }

/**
 * The search form. A request with a query is rewritten by the proxy to the
 * cached results route (`../search-results/[query]`); this page still answers
 * one if it gets here, rendered per request.
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
  return <SearchPage locale={locale} query={normalizeQuery((await searchParams).q)} />
}
