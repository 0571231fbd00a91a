import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { perLocaleSlug } from '@/site/alternates'
import { ARTICLES_PER_PAGE, listArticles } from '@/site/data/articles'
import type { LocaleMap } from '@/site/data/localized'
import { findMovedSlug } from '@/site/data/redirects'
import { getTopic, topicLocalesWithArticles, topicSlugs } from '@/site/data/topics'
import { breadcrumbList } from '@/site/jsonLd'
import { pageMetadata } from '@/site/metadata'
import { absoluteUrl, localizedPath } from '@/site/paths'

import { ArticleList } from '@/components/site/ArticleList'
import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { JsonLdScript } from '@/components/site/JsonLdScript'
import { PageShell } from '@/components/site/PageShell'
import { Pagination } from '@/components/site/Pagination'
import { notFoundMetadata } from '@/site/notFoundMetadata'

/** One topic's articles, newest first, `ARTICLES_PER_PAGE` per page; shared by page 1 and the numbered pages. */

export function topicPagePath(locale: Locale, slug: string, page: number): string {
  return page <= 1
    ? localizedPath(locale, '/topics/[slug]', { slug })
    : localizedPath(locale, '/topics/[slug]/page/[page]', { slug, page })
}

function pick<T>(map: LocaleMap<T>, keep: readonly Locale[]): LocaleMap<T> {
  const out: LocaleMap<T> = {}
  for (const locale of keep) if (map[locale] !== undefined) out[locale] = map[locale]
  return out
}

export async function topicPageMetadata(locale: Locale, slug: string, page: number): Promise<Metadata> {
  const topic = await getTopic(locale, slug)
  if (!topic) return notFoundMetadata(locale)
  const [t, meta, slugs, withArticles] = await Promise.all([
    getTranslations({ locale, namespace: 'Topic' }),
    getTranslations({ locale, namespace: 'Meta' }),
    topicSlugs(topic.id),
    topicLocalesWithArticles(topic.id),
  ])
  // Thin content: a topic without a public article in this language is not for search engines,
  // and hreflang points only at the languages where it has some.
  const indexable = pick({ ...slugs, [locale]: topic.slug }, withArticles)
  return pageMetadata({
    locale,
    title: page > 1 ? t('pageTitle', { topic: topic.name, page }) : topic.name,
    description: topic.description ?? t('metaDescription', { topic: topic.name }),
    path: topicPagePath(locale, topic.slug, page),
    // Numbered pages hold different articles in each language: only page 1 has language versions.
    alternates: page > 1 ? {} : perLocaleSlug('/topics/[slug]', indexable),
    siteName: meta('siteName'),
    noindex: !withArticles.includes(locale),
  })
}

export async function TopicPage({ locale, slug, page }: { locale: Locale; slug: string; page: number }) {
  const topic = await getTopic(locale, slug)
  if (!topic) {
    // An old slug of this language (src/redirects): one hop to the same page under the current one.
    const moved = await findMovedSlug('topics', locale, slug)
    if (moved) permanentRedirect(topicPagePath(locale, moved, page))
    notFound()
  }
  const [t, nav, topicsT, slugs, list] = await Promise.all([
    getTranslations({ locale, namespace: 'Topic' }),
    getTranslations({ locale, namespace: 'Nav' }),
    getTranslations({ locale, namespace: 'Topics' }),
    topicSlugs(topic.id),
    listArticles(locale, { topicId: topic.id, page, limit: ARTICLES_PER_PAGE }),
  ])
  if (page > list.totalPages) notFound()
  const home = localizedPath(locale, '/')
  const index = localizedPath(locale, '/topics')
  const self = topicPagePath(locale, topic.slug, page)
  return (
    <PageShell locale={locale} alternates={perLocaleSlug('/topics/[slug]', { ...slugs, [locale]: topic.slug })}>
      <JsonLdScript
        data={breadcrumbList([
          { name: nav('home'), url: absoluteUrl(home) },
          { name: topicsT('title'), url: absoluteUrl(index) },
          { name: topic.name, url: absoluteUrl(self) },
        ])}
      />
      <div className="container">
        <Breadcrumbs
          label={nav('breadcrumb')}
          crumbs={[{ name: nav('home'), href: home }, { name: topicsT('title'), href: index }, { name: topic.name }]}
        />
        <h1>{page > 1 ? t('pageTitle', { topic: topic.name, page }) : topic.name}</h1>
        {topic.description ? <p className="lead">{topic.description}</p> : null}
        <p className="muted">{t('count', { count: list.totalDocs })}</p>
        {list.docs.length === 0 ? (
          <p>{t('noArticles')}</p>
        ) : (
          <ArticleList locale={locale} articles={list.docs} headingLevel="h2" showTopic={false} />
        )}
        <Pagination
          locale={locale}
          page={list.page}
          totalPages={list.totalPages}
          hrefFor={(n) => topicPagePath(locale, topic.slug, n)}
        />
      </div>
    </PageShell>
  )
}
