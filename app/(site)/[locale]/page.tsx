import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleList } from '@/components/site/ArticleList'
import { JsonLdScript } from '@/components/site/JsonLdScript'
import { PageShell } from '@/components/site/PageShell'
import { SearchForm } from '@/components/site/SearchForm'
import { routing } from '@/i18n/routing'
import { everyLocale } from '@/site/alternates'
import { listArticles } from '@/site/data/articles'
import { getSiteSettings } from '@/site/data/globals'
import { topicsInLocale } from '@/site/data/topics'
import { webSite } from '@/site/jsonLd'
import { pageMetadata } from '@/site/metadata'
import { absoluteUrl, feedPath, localizedPath } from '@/site/paths'

type Props = { params: Promise<{ locale: string }> }

const LATEST_COUNT = 10

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Meta' })
  return pageMetadata({
    locale,
    title: t('homeTitle'),
    absoluteTitle: true,
    description: t('homeDescription'),
    path: localizedPath(locale, '/'),
    alternates: everyLocale('/'),
    siteName: t('siteName'),
    feedPath: feedPath(locale),
  })
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [t, meta, settings, latest, topics] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    getTranslations({ locale, namespace: 'Meta' }),
    getSiteSettings(locale),
    listArticles(locale, { limit: LATEST_COUNT }),
    topicsInLocale(locale),
  ])
  const searchTemplate = `${absoluteUrl(localizedPath(locale, '/search'))}?q={search_term_string}`
  return (
    <PageShell locale={locale} alternates={everyLocale('/')} hideTagline>
      <JsonLdScript
        data={webSite({
          name: meta('siteName'),
          url: absoluteUrl(localizedPath(locale, '/')),
          locale,
          description: meta('homeDescription'),
          searchUrlTemplate: searchTemplate,
        })}
      />
      <section className="hero">
        <div className="container">
          {/* The tagline is required, but a language may not have it yet: never an empty <h1>. */}
          <h1 className="tagline">{settings.tagline || meta('homeTitle')}</h1>
          <p className="lead">{meta('homeDescription')}</p>
          <SearchForm locale={locale} id="home-search" />
        </div>
      </section>
      <div className="container home-grid">
        <section aria-labelledby="latest-title">
          <h2 id="latest-title">{t('latest')}</h2>
          {latest.docs.length === 0 ? (
            <p>{t('noArticles')}</p>
          ) : (
            <ArticleList locale={locale} articles={latest.docs} headingLevel="h3" />
          )}
        </section>
        <section aria-labelledby="topic-index-title" className="home-topics">
          <h2 id="topic-index-title">{t('topicIndex')}</h2>
          <ul className="topic-index">
            {topics.map((topic) => (
              <li key={topic.id}>
                <a href={localizedPath(locale, '/topics/[slug]', { slug: topic.slug })}>{topic.name}</a>
              </li>
            ))}
          </ul>
          <p>
            <a href={localizedPath(locale, '/topics')}>{t('allTopics')} →</a>
          </p>
        </section>
      </div>
    </PageShell>
  )
}
