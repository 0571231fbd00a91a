import { unstable_cache } from 'next/cache'

import { locales, type Locale } from '../../i18n/locales'
import { absoluteUrl, localizedPath } from '../paths'
import { sitemapTag } from '../revalidation/tags'
import { latest, type SitemapPage } from '../sitemapXml'
import { sitePayload } from '../payload'
import { allArticleStubs } from './articles'
import { localeStrings, relationId, type LocaleMap } from './localized'

/**
 * Every public page with its language versions. Articles are read per locale
 * as an anonymous visitor, so a translation that is not public is not listed
 * (neither as a page nor as an alternate).
 */
export async function loadSitemapPages(): Promise<SitemapPage[]> {
  const payload = await sitePayload()
  const articlesByLocale = await Promise.all(locales.map(async (locale) => [locale, await allArticleStubs(locale)] as const))

  const articles = new Map<string, SitemapPage>()
  const newestByLocale: LocaleMap<string | null> = {}
  const newestByTopic = new Map<string, LocaleMap<string | null>>()
  for (const [locale, stubs] of articlesByLocale) {
    for (const stub of stubs) {
      if (!stub.slug) continue
      const key = String(stub.id)
      const page = articles.get(key) ?? { urls: {}, lastmod: {} }
      page.urls[locale] = absoluteUrl(localizedPath(locale, '/articles/[slug]', { slug: stub.slug }))
      page.lastmod[locale] = stub.updatedAt
      articles.set(key, page)
      newestByLocale[locale] = latest(newestByLocale[locale], stub.updatedAt)
      const topicId = relationId(stub.topic)
      if (topicId !== null) {
        const perTopic = newestByTopic.get(String(topicId)) ?? {}
        perTopic[locale] = latest(perTopic[locale], stub.updatedAt)
        newestByTopic.set(String(topicId), perTopic)
      }
    }
  }

  const everyLocale = (build: (locale: Locale) => string, lastmod: (locale: Locale) => string | null): SitemapPage => {
    const page: SitemapPage = { urls: {}, lastmod: {} }
    for (const locale of locales) {
      page.urls[locale] = absoluteUrl(build(locale))
      page.lastmod[locale] = lastmod(locale)
    }
    return page
  }
  const pages: SitemapPage[] = [
    everyLocale((locale) => localizedPath(locale, '/'), (locale) => newestByLocale[locale] ?? null),
    everyLocale((locale) => localizedPath(locale, '/topics'), (locale) => newestByLocale[locale] ?? null),
  ]

  const topics = await payload.find({
    collection: 'topics',
    locale: 'all',
    overrideAccess: false,
    limit: 0,
    pagination: false,
    depth: 0,
    sort: 'order',
    select: { name: true, slug: true, updatedAt: true },
  })
  for (const topic of topics.docs) {
    const names = localeStrings(topic.name)
    const slugs = localeStrings(topic.slug)
    const page: SitemapPage = { urls: {}, lastmod: {} }
    for (const locale of locales) {
      const slug = slugs[locale]
      if (!names[locale] || !slug) continue
      page.urls[locale] = absoluteUrl(localizedPath(locale, '/topics/[slug]', { slug }))
      page.lastmod[locale] = latest(topic.updatedAt, newestByTopic.get(String(topic.id))?.[locale])
    }
    pages.push(page)
  }

  const legal = await payload.findGlobal({ slug: 'legal', locale: 'all', overrideAccess: false, depth: 0, select: { title: true } })
  const legalTitles = localeStrings(legal.title)
  const legalPage: SitemapPage = { urls: {}, lastmod: {} }
  for (const locale of locales) {
    if (!legalTitles[locale]) continue
    legalPage.urls[locale] = absoluteUrl(localizedPath(locale, '/legal-notice'))
    legalPage.lastmod[locale] = legal.updatedAt ?? null
  }
  pages.push(legalPage)

  return [...pages, ...articles.values()]
}

/** Cached in Next's data cache: serving the sitemap costs no database call until content changes. */
export const sitemapPages = unstable_cache(loadSitemapPages, ['site-sitemap'], {
  tags: [sitemapTag],
  // Safety net for changes made outside Payload's hooks (e.g. another instance or a script).
  revalidate: 3600,
})
