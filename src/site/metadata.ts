import type { Metadata } from 'next'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import type { LocaleMap } from '@/site/data/localized'
import { ogLocales } from './format'
import { absoluteUrl } from './paths'

/** Localized path of the same page in each locale where it exists (the current one included). */
export type Alternates = LocaleMap<string>

export type PageMetaInput = {
  locale: Locale
  title: string
  description?: string | null
  /** Localized path of this page. */
  path: string
  alternates: Alternates
  siteName: string
  /** Use the title as is instead of the layout's "… · DinoGeek" template. */
  absoluteTitle?: boolean
  noindex?: boolean
  feedPath?: string
  article?: { publishedTime?: string | null; modifiedTime?: string | null; section?: string | null }
}

/**
 * hreflang links: every locale where the page exists, plus `x-default` (the
 * Italian version, or the first one there is). Every version of a page builds
 * this from the same data, so the links are reciprocal.
 */
export function hreflangLinks(alternates: Alternates): Record<string, string> {
  const links: Record<string, string> = {}
  for (const locale of locales) {
    const path = alternates[locale]
    if (path) links[locale] = absoluteUrl(path)
  }
  const fallback = alternates[defaultLocale] ?? locales.map((locale) => alternates[locale]).find(Boolean)
  if (fallback) links['x-default'] = absoluteUrl(fallback)
  return links
}

function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`
}

/** `<title>`, description, canonical, hreflang, feed link, Open Graph and Twitter tags for one page. */
export function pageMetadata(input: PageMetaInput): Metadata {
  const url = absoluteUrl(input.path)
  const description = input.description ? clip(input.description, 200) : undefined
  const otherLocales = locales.filter((locale) => locale !== input.locale && input.alternates[locale])
  const openGraphBase = {
    title: input.title,
    description,
    url,
    siteName: input.siteName,
    locale: ogLocales[input.locale],
    alternateLocale: otherLocales.map((locale) => ogLocales[locale]),
  }
  return {
    title: input.absoluteTitle ? { absolute: input.title } : input.title,
    description,
    alternates: {
      canonical: url,
      languages: hreflangLinks(input.alternates),
      types: input.feedPath ? { 'application/rss+xml': absoluteUrl(input.feedPath) } : undefined,
    },
    robots: input.noindex ? { index: false, follow: true } : undefined,
    openGraph: input.article
      ? {
          ...openGraphBase,
          type: 'article',
          publishedTime: input.article.publishedTime ?? undefined,
          modifiedTime: input.article.modifiedTime ?? undefined,
          section: input.article.section ?? undefined,
        }
      : { ...openGraphBase, type: 'website' },
    twitter: { card: 'summary', title: input.title, description },
  }
}
