import type { Locale } from '@/i18n/locales'
import type { ArticleCard } from '@/site/data/articles'
import { formatDate, isoDate } from '@/site/format'
import { localizedPath } from '@/site/paths'

type Props = {
  locale: Locale
  articles: ArticleCard[]
  headingLevel?: 'h2' | 'h3' | 'h4'
  showTopic?: boolean
  /** The home page's lead story: larger title and summary. */
  featured?: boolean
  /** Title and date only (the home page's topic sections). */
  compact?: boolean
}

export function ArticleList({ locale, articles, headingLevel = 'h3', showTopic = true, featured, compact }: Props) {
  const Heading = headingLevel
  const variant = featured ? ' article-list--featured' : compact ? ' article-list--compact' : ''
  return (
    <ul className={`article-list${variant}`}>
      {articles.map((article) => {
        const date = formatDate(article.publishedAt, locale)
        return (
          <li key={article.id}>
            <article className="card">
              {showTopic && article.topic ? (
                <a className="kicker" href={localizedPath(locale, '/topics/[slug]', { slug: article.topic.slug })}>
                  {article.topic.name}
                </a>
              ) : null}
              <Heading className="card-title">
                <a href={localizedPath(locale, '/articles/[slug]', { slug: article.slug })}>{article.title}</a>
              </Heading>
              {article.summary && !compact ? <p className="card-summary">{article.summary}</p> : null}
              {date ? (
                <p className="meta">
                  <time dateTime={isoDate(article.publishedAt) ?? undefined}>{date}</time>
                </p>
              ) : null}
            </article>
          </li>
        )
      })}
    </ul>
  )
}
