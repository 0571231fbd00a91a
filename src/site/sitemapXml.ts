import { defaultLocale, locales } from '../i18n/locales'
import type { LocaleMap } from './data/localized'
import { escapeXml } from './xml'

/**
 * One page in its language versions: absolute URL and last modification per
 * locale. Each version becomes one <url>, listing every version (itself
 * included, as Google asks) plus x-default as `xhtml:link` alternates.
 */
export type SitemapPage = { urls: LocaleMap<string>; lastmod: LocaleMap<string | null> }

function w3cDate(value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

export function buildSitemap(pages: SitemapPage[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ]
  for (const page of pages) {
    const present = locales.filter((locale) => page.urls[locale])
    const xDefault = page.urls[defaultLocale] ?? (present[0] ? page.urls[present[0]] : undefined)
    for (const locale of present) {
      const loc = page.urls[locale] as string
      lines.push('  <url>', `    <loc>${escapeXml(loc)}</loc>`)
      const lastmod = w3cDate(page.lastmod[locale])
      if (lastmod) lines.push(`    <lastmod>${lastmod}</lastmod>`)
      if (present.length > 1) {
        for (const other of present) {
          lines.push(`    <xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(page.urls[other] as string)}"/>`)
        }
        if (xDefault) lines.push(`    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(xDefault)}"/>`)
      }
      lines.push('  </url>')
    }
  }
  lines.push('</urlset>', '')
  return lines.join('\n')
}

/** The latest of several ISO dates. */
export function latest(...dates: (string | null | undefined)[]): string | null {
  let best: string | null = null
  for (const date of dates) if (date && (!best || date > best)) best = date
  return best
}

