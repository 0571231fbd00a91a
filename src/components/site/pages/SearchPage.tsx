import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { PageShell } from '@/components/site/PageShell'
import { SearchForm } from '@/components/site/SearchForm'
import { SearchResults } from '@/components/site/SearchResults'
import type { Locale } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { everyLocale } from '@/site/alternates'
import { loadSearchHits, searchHits } from '@/site/data/search'
import { pageMetadata } from '@/site/metadata'
import { localizedPath } from '@/site/paths'
import { queryTokens } from '@/site/search/search'

/** The search page: the form, and the results of `query` when there is one (normalized). */
export async function searchPageMetadata(locale: Locale, query: string): Promise<Metadata> {
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

type SearchPageProps = {
  locale: Locale
  query: string
  /**
   * Whether this render is a cached results page. The per-request search page
   * must not use the data cache either: its entries are files too, one per query.
   */
  cached: boolean
  /** The visitor typed more words than are searched for. */
  shortened?: boolean
}

export async function SearchPage({ locale, query, cached, shortened = false }: SearchPageProps) {
  const [t, nav] = await Promise.all([
    getTranslations({ locale, namespace: 'Search' }),
    getTranslations({ locale, namespace: 'Nav' }),
  ])
  const tokens = queryTokens(query)
  const hits = tokens.length > 0 ? await (cached ? searchHits : loadSearchHits)(locale, tokens.join(' ')) : []
  const switcher = everyLocale('/search')
  if (query) for (const key of routing.locales) switcher[key] = `${switcher[key]}?${new URLSearchParams({ q: query })}`
  return (
    <PageShell locale={locale} alternates={switcher}>
      <div className="container">
        <Breadcrumbs
          label={nav('breadcrumb')}
          crumbs={[{ name: nav('home'), href: localizedPath(locale, '/') }, { name: t('title') }]}
        />
        <h1>{query ? t('resultsTitle', { query }) : t('title')}</h1>
        <SearchForm locale={locale} id="page-search" defaultValue={query} large />
        {query === '' ? (
          <p className="muted">{t('prompt')}</p>
        ) : tokens.length === 0 ? (
          <p role="status">{t('tooShort')}</p>
        ) : (
          <>
            {shortened ? <p className="muted">{t('shortened')}</p> : null}
            <SearchResults locale={locale} query={query} hits={hits} />
          </>
        )}
      </div>
    </PageShell>
  )
}
