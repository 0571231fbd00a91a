import { defaultLocale, locales } from '@/i18n/locales'
import type { LocaleMap } from '@/site/data/localized'
import { escapeXml } from '@/site/xml'

/**
 * One page in its language versions: absolute URL and last modification per
 * locale. Each version becomes one <url>, listing every version (itself
 * included, as Google asks) plus x-default as `xhtml:link` alternates.
 */
export type SitemapPage = { urls: LocaleMap<string>; lastmod: LocaleMap<string | null> }

/** One child of a sitemap index. */
export type SitemapIndexEntry = { loc: string; lastmod: string | null }

export const URLSET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
export const URLSET_CLOSE = '</urlset>\n'

function w3cDate(value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** The <url> elements of one page, one string per language version (streamed and measured one by one). */
export function urlElements(page: SitemapPage): string[] {
  const present = locales.filter((locale) => page.urls[locale])
  const xDefault = page.urls[defaultLocale] ?? (present[0] ? page.urls[present[0]] : undefined)
  const alternates =
    present.length > 1
      ? [
          ...present.map(
            (other) => `    <xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(page.urls[other] as string)}"/>\n`,
          ),
          xDefault ? `    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(xDefault)}"/>\n` : '',
        ].join('')
      : ''
  return present.map((locale) => {
    const lastmod = w3cDate(page.lastmod[locale])
    return (
      '  <url>\n' +
      `    <loc>${escapeXml(page.urls[locale] as string)}</loc>\n` +
      (lastmod ? `    <lastmod>${lastmod}</lastmod>\n` : '') +
      alternates +
      '  </url>\n'
    )
  })
}

/** The number of <url> elements of a page. */
export function urlCount(page: SitemapPage): number {
  return locales.filter((locale) => page.urls[locale]).length
}

/** A whole <urlset> in one string: for small sets only (tests, one child's few pages); big ones are streamed. */
export function buildSitemap(pages: SitemapPage[]): string {
  return URLSET_OPEN + pages.flatMap(urlElements).join('') + URLSET_CLOSE
}

/** A <sitemapindex>: one <sitemap> per child, small by nature (one line per 50,000 URLs). */
export function buildSitemapIndex(children: SitemapIndexEntry[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
  for (const child of children) {
    const lastmod = w3cDate(child.lastmod)
    lines.push('  <sitemap>', `    <loc>${escapeXml(child.loc)}</loc>`)
    if (lastmod) lines.push(`    <lastmod>${lastmod}</lastmod>`)
    lines.push('  </sitemap>')
  }
  lines.push('</sitemapindex>', '')
  return lines.join('\n')
}

/** The latest of several ISO dates. */
export function latest(...dates: (string | null | undefined)[]): string | null {
  let best: string | null = null
  for (const date of dates) if (date && (!best || date > best)) best = date
  return best
}
