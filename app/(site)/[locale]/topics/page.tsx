import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { JsonLdScript } from '@/components/site/JsonLdScript'
import { KickerSection } from '@/components/site/KickerSection'
import { PageShell } from '@/components/site/PageShell'
import { TopicLinks } from '@/components/site/TopicLinks'
import { routing } from '@/i18n/routing'
import { everyLocale } from '@/site/alternates'
import { articleCountsByTopic, topicsInLocale } from '@/site/data/topics'
import { breadcrumbList } from '@/site/jsonLd'
import { partitionTopics } from '@/site/topicIndex/partitionTopics'
import { pageMetadata } from '@/site/metadata'
import { absoluteUrl, localizedPath } from '@/site/paths'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const [t, meta] = await Promise.all([
    getTranslations({ locale, namespace: 'Topics' }),
    getTranslations({ locale, namespace: 'Meta' }),
  ])
  return pageMetadata({
    locale,
    title: t('title'),
    description: t('description'),
    path: localizedPath(locale, '/topics'),
    alternates: everyLocale('/topics'),
    siteName: meta('siteName'),
  })
}

export default async function TopicIndexPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [t, nav, topics, counts] = await Promise.all([
    getTranslations({ locale, namespace: 'Topics' }),
    getTranslations({ locale, namespace: 'Nav' }),
    topicsInLocale(locale),
    articleCountsByTopic(locale),
  ])
  const { withArticles, withoutArticles } = partitionTopics(topics, counts)
  const home = localizedPath(locale, '/')
  const self = localizedPath(locale, '/topics')
  return (
    <PageShell locale={locale} alternates={everyLocale('/topics')}>
      <JsonLdScript
        data={breadcrumbList([
          { name: nav('home'), url: absoluteUrl(home) },
          { name: t('title'), url: absoluteUrl(self) },
        ])}
      />
      <div className="container">
        <Breadcrumbs label={nav('breadcrumb')} crumbs={[{ name: nav('home'), href: home }, { name: t('title') }]} />
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        {withArticles.length > 0 ? (
          <KickerSection id="topics-with-articles" title={t('withArticles')}>
            <ul className="topic-grid">
              {withArticles.map((topic) => (
                <li key={topic.id}>
                  <a href={localizedPath(locale, '/topics/[slug]', { slug: topic.slug })}>
                    <span className="topic-name">{topic.name}</span>
                    <span className="topic-count">{t('articleCount', { count: topic.count })}</span>
                  </a>
                </li>
              ))}
            </ul>
          </KickerSection>
        ) : null}
        {withoutArticles.length > 0 ? (
          <KickerSection id="topics-without-articles" title={t('withoutArticles')} className="topics-compact">
            <TopicLinks locale={locale} topics={withoutArticles} className="topic-index" />
          </KickerSection>
        ) : null}
      </div>
    </PageShell>
  )
}
