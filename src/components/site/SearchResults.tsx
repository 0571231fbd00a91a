import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { formatDate, isoDate } from '@/site/format'
import { localizedPath } from '@/site/paths'
import type { SearchHit } from '@/site/search/search'

type Props = { locale: Locale; query: string; hits: SearchHit[] }

export async function SearchResults({ locale, query, hits }: Props) {
  const t = await getTranslations({ locale, namespace: 'Search' })
  return (
    <section aria-labelledby="search-results-title">
      <h2 id="search-results-title" className="results-count" role="status">
        {t('results', { count: hits.length, query })}
      </h2>
      {hits.length === 0 ? (
        <p>{t('noResults')}</p>
      ) : (
        <ol className="search-results">
          {hits.map(({ doc, snippet }) => {
            const date = formatDate(doc.publishedAt, locale)
            return (
              <li key={doc.id}>
                <h3 className="card-title">
                  <a href={localizedPath(locale, '/articles/[slug]', { slug: doc.slug })}>{doc.title}</a>
                </h3>
                <p className="meta">
                  {doc.topic ? <span>{doc.topic}</span> : null}
                  {date ? <time dateTime={isoDate(doc.publishedAt) ?? undefined}>{date}</time> : null}
                </p>
                {snippet.length > 0 ? (
                  <p className="snippet">
                    {snippet.map((part, index) =>
                      part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
                    )}
                  </p>
                ) : null}
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
