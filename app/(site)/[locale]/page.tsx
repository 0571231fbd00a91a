import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { routing } from '@/i18n/routing'
import { allTopics, latestArticles, siteSettings } from '@/site/queries'

type Props = { params: Promise<{ locale: string }> }

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [t, settings, articles, topics] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    siteSettings(locale),
    latestArticles(locale),
    allTopics(locale),
  ])
  return (
    <main id="main" className="container">
      <p className="tagline">{settings.tagline}</p>
      <h2>{t('latest')}</h2>
      {articles.length === 0 ? (
        <p>{t('noArticles')}</p>
      ) : (
        <ul className="article-list">
          {articles.map((article) => (
            <li key={article.id}>
              <strong>{article.title}</strong>
              {article.summary ? <p>{article.summary}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('topicIndex')}</h2>
      <ul className="topic-index">
        {topics.map((topic) => (
          <li key={topic.id}>{topic.name}</li>
        ))}
      </ul>
    </main>
  )
}
