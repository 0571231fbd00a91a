import type { Locale } from '@/i18n/locales'

/**
 * schema.org objects for `<script type="application/ld+json">`: what search
 * engines read to understand an article, its sources and the site.
 */

export type JsonLd = { '@context': 'https://schema.org'; '@type': string; [key: string]: unknown }

export type Crumb = { name: string; url: string }

export function breadcrumbList(crumbs: Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  }
}

export function webSite(args: {
  name: string
  url: string
  locale: Locale
  description?: string | null
  /** Search URL with `{search_term_string}` where the query goes. */
  searchUrlTemplate: string
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: args.name,
    url: args.url,
    inLanguage: args.locale,
    description: args.description ?? undefined,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: args.searchUrlTemplate },
      'query-input': 'required name=search_term_string',
    },
  }
}

export type CitedWork = { name: string; url?: string | null; author?: string[]; datePublished?: string | null }

export function techArticle(args: {
  url: string
  headline: string
  description?: string | null
  locale: Locale
  datePublished?: string | null
  dateModified?: string | null
  about?: { name: string; url: string } | null
  citations: CitedWork[]
  publisher: { name: string; url: string }
  /** The source-language version, when this page is a translation of it. */
  original?: { locale: Locale; url: string } | null
  /** Translations, when this page is the source-language version. */
  translations?: { locale: Locale; url: string }[]
}): JsonLd {
  const version = (v: { locale: Locale; url: string }) => ({ '@type': 'TechArticle', inLanguage: v.locale, url: v.url })
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    '@id': args.url,
    url: args.url,
    mainEntityOfPage: args.url,
    headline: args.headline,
    description: args.description ?? undefined,
    inLanguage: args.locale,
    datePublished: args.datePublished ?? undefined,
    dateModified: args.dateModified ?? undefined,
    about: args.about ? { '@type': 'Thing', name: args.about.name, url: args.about.url } : undefined,
    citation: args.citations.map((work) => ({
      '@type': 'CreativeWork',
      name: work.name,
      url: work.url ?? undefined,
      author: work.author?.length ? work.author.map((name) => ({ '@type': 'Person', name })) : undefined,
      datePublished: work.datePublished ?? undefined,
    })),
    author: { '@type': 'Organization', name: args.publisher.name, url: args.publisher.url },
    publisher: { '@type': 'Organization', name: args.publisher.name, url: args.publisher.url },
    isPartOf: { '@type': 'WebSite', name: args.publisher.name, url: args.publisher.url },
    translationOfWork: args.original ? version(args.original) : undefined,
    workTranslation: args.translations?.length ? args.translations.map(version) : undefined,
  }
}

/**
 * JSON for an inline script: `<` is escaped so text such as `</script>` inside a
 * title cannot end the script element early.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
