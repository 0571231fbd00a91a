import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { PageShell } from '@/components/site/PageShell'
import { SearchForm } from '@/components/site/SearchForm'
import { SearchResults } from '@/components/site/SearchResults'
import { routing } from '@/i18n/routing'
import { everyLocale } from '@/site/alternates'
import { searchHits } from '@/site/data/search'
import { pageMetadata } from '@/site/metadata'
import { localizedPath } from '@/site/paths'
import { MAX_QUERY_LENGTH, queryTokens } from '@/site/search/search'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[] }> }

/** Results depend on the query string: rendered per request, from results cached per query (src/site/data/search.ts). */
export const dynamic = 'force-dynamic'

function readQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw
  return (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const query = readQuery((await searchParams).q)
  const [t, meta] = await Promise.all([
    getTranslations({ locale, namespace: 'Search' }),
    getTranslations({ locale, namespace: 'Meta' }),
  ])
  return pageMetadata({
    locale,
    title: query ? t('resultsTitle', { query }) : t('title'),
    description: t('description'),
    path: localizedPath(locale, '/search'),
    // Result pages are for visitors, not for search engines' indexes.
    alternates: {},
    noindex: true,
    siteName: meta('siteName'),
  })
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const query = readQuery((await searchParams).q)
  const [t, nav] = await Promise.all([
    getTranslations({ locale, namespace: 'Search' }),
    getTranslations({ locale, namespace: 'Nav' }),
  ])
  const tokens = queryTokens(query)
  const hits = tokens.length > 0 ? await searchHits(locale, tokens.join(' ')) : []
  const switcher = everyLocale('/search')
  if (query) for (const key of routing.locales) switcher[key] = `${switcher[key]}?${new URLSearchParams({ q: query })}`
  return (
    <PageShell locale={locale} alternates={switcher}>
      <div className="container">
        <Breadcrumbs label={nav('breadcrumb')} crumbs={[{ name: nav('home'), href: localizedPath(locale, '/') }, { name: t('title') }]} />
        <h1>{query ? t('resultsTitle', { query }) : t('title')}</h1>
        <SearchForm locale={locale} id="page-search" defaultValue={query} large />
        {query === '' ? (
          <p className="muted">{t('prompt')}</p>
        ) : tokens.length === 0 ? (
          <p role="status">{t('tooShort')}</p>
        ) : (
          <SearchResults locale={locale} query={query} hits={hits} />
        )}
      </div>
    </PageShell>
  )
}
