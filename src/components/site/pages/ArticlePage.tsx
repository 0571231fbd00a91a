import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import type { ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'

import { locales, sourceLocale, type Locale } from '@/i18n/locales'
import { citationLink, formatCitation } from '@/lib/sourceReference'
import { citationMarkers } from '@/richtext/citationMarkers'
import { perLocaleSlug } from '@/site/alternates'
import { findTranslatedSlug, getArticle, type ArticlePage as ArticleData } from '@/site/data/articles'
import { getSiteSettings } from '@/site/data/globals'
import { findMovedSlug } from '@/site/data/redirects'
import { formatDate, isoDate } from '@/site/format'
import { breadcrumbList, techArticle } from '@/site/jsonLd'
import { pageMetadata } from '@/site/metadata'
import { absoluteUrl, localizedPath } from '@/site/paths'

import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { CitationSection } from '@/components/site/CitationSection'
import { JsonLdScript } from '@/components/site/JsonLdScript'
import { PageShell } from '@/components/site/PageShell'
import { RichText } from '@/components/site/RichText'
import { SourceList } from '@/components/site/SourceList'
import { notFoundMetadata } from '@/site/notFoundMetadata'

/**
 * The article, or: a 308 to the right URL when `slug` is this article's slug in
 * another language and it is public in this one, or one of its old slugs in this
 * language; the localized 404 otherwise.
 */
async function loadOrRedirect(locale: Locale, slug: string) {
  const article = await getArticle(locale, slug)
  if (article) return article
  const translated = await findTranslatedSlug(locale, slug)
  if (translated) permanentRedirect(localizedPath(locale, '/articles/[slug]', { slug: translated }))
  // An old slug of this language (src/redirects): one hop to the current URL.
  const moved = await findMovedSlug('articles', locale, slug)
  if (moved) permanentRedirect(localizedPath(locale, '/articles/[slug]', { slug: moved }))
  notFound()
}

export async function articlePageMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const article = await getArticle(locale, slug)
  return article ? articleMetadata(locale, article) : notFoundMetadata(locale)
}

export async function articleMetadata(
  locale: Locale,
  article: ArticleData,
  options: { noindex?: boolean } = {},
): Promise<Metadata> {
  const meta = await getTranslations({ locale, namespace: 'Meta' })
  return pageMetadata({
    locale,
    title: article.seoTitle || article.title,
    description: article.seoDescription || article.summary,
    path: localizedPath(locale, '/articles/[slug]', { slug: article.slug }),
    alternates: perLocaleSlug('/articles/[slug]', article.slugs),
    siteName: meta('siteName'),
    noindex: options.noindex,
    article: { publishedTime: article.publishedAt, modifiedTime: article.updatedAt, section: article.topic?.name },
  })
}

function sameDay(a: string | null, b: string | null): boolean {
  return isoDate(a) === isoDate(b)
}

export async function ArticlePage({ locale, slug }: { locale: Locale; slug: string }) {
  const article = await loadOrRedirect(locale, slug)
  return <ArticleView locale={locale} article={article} />
}

/** What a preview adds to the page (src/preview): a banner, the switcher's mark, the live-updating wrapper. */
export type PreviewChrome = { banner: ReactNode; switcherMark: string; wrap: (content: ReactNode) => ReactNode }

export async function ArticleView({
  locale,
  article,
  preview,
}: {
  locale: Locale
  article: ArticleData
  preview?: PreviewChrome
}) {
  const [nav, meta] = await Promise.all([
    getTranslations({ locale, namespace: 'Nav' }),
    getTranslations({ locale, namespace: 'Meta' }),
  ])
  const alternates = perLocaleSlug('/articles/[slug]', article.slugs)
  const home = localizedPath(locale, '/')
  const self = localizedPath(locale, '/articles/[slug]', { slug: article.slug })
  const topicPath = article.topic ? localizedPath(locale, '/topics/[slug]', { slug: article.topic.slug }) : null
  const siteUrl = absoluteUrl(home)
  const content = <ArticleContent locale={locale} article={article} />
  const versions = locales
    .filter((other) => other !== locale && alternates[other])
    .map((other) => ({ locale: other, url: absoluteUrl(alternates[other] ?? '') }))

  return (
    <PageShell locale={locale} alternates={alternates} banner={preview?.banner} currentMark={preview?.switcherMark}>
      <JsonLdScript
        data={[
          techArticle({
            url: absoluteUrl(self),
            headline: article.title,
            description: article.seoDescription || article.summary,
            locale,
            datePublished: article.publishedAt,
            dateModified: article.updatedAt,
            about: article.topic && topicPath ? { name: article.topic.name, url: absoluteUrl(topicPath) } : null,
            citations: article.sources.map((source) => ({
              name: formatCitation(source, locale),
              url: citationLink(source)?.href,
              author: (source.authors ?? []).map((a) => [a.given, a.family].filter(Boolean).join(' ')),
              datePublished: source.year ? String(source.year) : null,
            })),
            publisher: { name: meta('siteName'), url: siteUrl },
            original: locale === sourceLocale ? null : (versions.find((v) => v.locale === sourceLocale) ?? null),
            translations: locale === sourceLocale ? versions : [],
          }),
          breadcrumbList([
            { name: nav('home'), url: siteUrl },
            ...(article.topic && topicPath ? [{ name: article.topic.name, url: absoluteUrl(topicPath) }] : []),
            { name: article.title, url: absoluteUrl(self) },
          ]),
        ]}
      />
      {preview ? preview.wrap(content) : content}
    </PageShell>
  )
}

/** The page's own content, below the header: also what a Live Preview update renders again. */
export async function ArticleContent({ locale, article }: { locale: Locale; article: ArticleData }) {
  const [t, cite, nav, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'Article' }),
    getTranslations({ locale, namespace: 'CitationMarkers' }),
    getTranslations({ locale, namespace: 'Nav' }),
    getSiteSettings(locale),
  ])
  const home = localizedPath(locale, '/')
  const self = localizedPath(locale, '/articles/[slug]', { slug: article.slug })
  const topicPath = article.topic ? localizedPath(locale, '/topics/[slug]', { slug: article.topic.slug }) : null
  const published = formatDate(article.publishedAt, locale)
  const updated =
    article.publishedAt && !sameDay(article.publishedAt, article.updatedAt) ? formatDate(article.updatedAt, locale) : null
  const sourceCount = article.sources.length
  const cited = new Set(citationMarkers(article.body).filter((n) => n <= sourceCount))
  return (
    <div className="container container--article">
      <Breadcrumbs
        label={nav('breadcrumb')}
        crumbs={[
          { name: nav('home'), href: home },
          ...(article.topic && topicPath ? [{ name: article.topic.name, href: topicPath }] : []),
          { name: article.title },
        ]}
      />
      <article className="article">
        <header className="article-header">
          <h1>{article.title}</h1>
          <p className="meta">
            {article.topic && topicPath ? (
              <>
                <span className="visually-hidden">{t('topic')}: </span>
                <a className="topic-chip" href={topicPath}>
                  {article.topic.name}
                </a>
              </>
            ) : null}
            {published ? (
              <time dateTime={isoDate(article.publishedAt) ?? undefined}>{t('published', { date: published })}</time>
            ) : null}
            {updated ? <time dateTime={isoDate(article.updatedAt) ?? undefined}>{t('updated', { date: updated })}</time> : null}
          </p>
        </header>
        <RichText value={article.body} locale={locale} citations={{ count: sourceCount, label: (n) => cite('marker', { n }) }} />
        {article.sources.length > 0 ? (
          <section className="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{t('sources')}</h2>
            <SourceList locale={locale} sources={article.sources} cited={cited} backLabel={(n) => cite('backToText', { n })} />
          </section>
        ) : null}
        {article.summary ? (
          <section className="summary" aria-labelledby="summary-title">
            <h2 id="summary-title">{t('summary')}</h2>
            <p>{article.summary}</p>
          </section>
        ) : null}
        {article.topic && topicPath ? (
          <p className="more-on-topic">
            <a href={topicPath}>{t('moreOnTopic', { topic: article.topic.name })} →</a>
          </p>
        ) : null}
      </article>
      <CitationSection locale={locale} articleId={article.id} contactEmail={settings.contactEmail} articlePath={self} />
    </div>
  )
}
