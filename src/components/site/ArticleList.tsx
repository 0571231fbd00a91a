import type { Locale } from '@/i18n/locales'
import type { ArticleCard } from '@/site/data/articles'
import { formatDate, isoDate } from '@/site/format'
import { localizedPath } from '@/site/paths'

type Props = { locale: Locale; articles: ArticleCard[]; headingLevel?: 'h2' | 'h3'; showTopic?: boolean }

export function ArticleList({ locale, articles, headingLevel = 'h3', showTopic = true }: Props) {
  const Heading = headingLevel
  return (
    <ul className="article-list">
      {articles.map((article) => {
        const date = formatDate(article.publishedAt, locale)
        return (
          <li key={article.id}>
            <article className="card">
              <Heading className="card-title">
                <a href={localizedPath(locale, '/articles/[slug]', { slug: article.slug })}>{article.title}</a>
              </Heading>
              {(showTopic && article.topic) || date ? (
                <p className="meta">
                  {showTopic && article.topic ? (
                    <a className="topic-chip" href={localizedPath(locale, '/topics/[slug]', { slug: article.topic.slug })}>
                      {article.topic.name}
                    </a>
                  ) : null}
                  {date ? <time dateTime={isoDate(article.publishedAt) ?? undefined}>{date}</time> : null}
                </p>
              ) : null}
              {article.summary ? <p className="card-summary">{article.summary}</p> : null}
            </article>
          </li>
        )
      })}
    </ul>
  )
}
