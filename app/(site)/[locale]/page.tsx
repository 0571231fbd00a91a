import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleList } from '@/components/site/ArticleList'
import { JsonLdScript } from '@/components/site/JsonLdScript'
import { KickerSection } from '@/components/site/KickerSection'
import { PageShell } from '@/components/site/PageShell'
import { routing } from '@/i18n/routing'
import { everyLocale } from '@/site/alternates'
import { listArticles } from '@/site/data/articles'
import { getSiteSettings } from '@/site/data/globals'
import { topicsInLocale } from '@/site/data/topics'
import { latestByTopic } from '@/site/home/latestByTopic'
import { webSite } from '@/site/jsonLd'
import { pageMetadata } from '@/site/metadata'
import { absoluteUrl, feedPath, localizedPath } from '@/site/paths'

type Props = { params: Promise<{ locale: string }> }

/** One query for the newest articles; grouped by topic in code (src/site/home/latestByTopic.ts). */
const LATEST_COUNT = 60
const PER_TOPIC = 3
const MAX_SECTIONS = 12

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
  const { lead, sections } = latestByTopic(latest.docs, PER_TOPIC, MAX_SECTIONS)
  const topicCount = topics.length
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
          <p className="hero-lead">{meta('homeDescription')}</p>
        </div>
      </section>
      <div className="container">
        {lead ? (
          <KickerSection id="latest-title" title={t('latest')} className="home-lead">
            <ArticleList locale={locale} articles={[lead]} headingLevel="h3" featured />
          </KickerSection>
        ) : (
          <p>{t('noArticles')}</p>
        )}
        {sections.length > 0 ? (
          <KickerSection id="by-topic-title" title={t('byTopic')} className="home-sections">
            <div className="topic-sections">
              {sections.map(({ topic, articles }) => (
                <section key={topic.id} className="topic-section" aria-labelledby={`home-topic-${topic.id}`}>
                  <h3 id={`home-topic-${topic.id}`} className="topic-section-title">
                    <a href={localizedPath(locale, '/topics/[slug]', { slug: topic.slug })}>{topic.name}</a>
                  </h3>
                  <ArticleList locale={locale} articles={articles} headingLevel="h4" showTopic={false} compact />
                </section>
              ))}
            </div>
          </KickerSection>
        ) : null}
        <p className="home-all-topics">
          <a href={localizedPath(locale, '/topics')}>{t('allTopics', { count: topicCount })} →</a>
        </p>
      </div>
    </PageShell>
  )
}
