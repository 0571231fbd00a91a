import { describe, expect, it } from 'vitest'

import { buildRss } from '@/site/feedXml'
import { serializeJsonLd, webSite } from '@/site/jsonLd'
import { hreflangLinks, pageMetadata } from '@/site/metadata'
import { safeHref } from '@/site/safeHref'
import { buildSitemap } from '@/site/sitemap/xml'

const origin = 'http://localhost:3000'

describe('hreflang', () => {
  it('lists every version plus x-default (Italian when there is one)', () => {
    expect(hreflangLinks({ it: '/it/articoli/a', fr: '/fr/articles/b' })).toEqual({
      it: `${origin}/it/articoli/a`,
      fr: `${origin}/fr/articles/b`,
      'x-default': `${origin}/it/articoli/a`,
    })
    expect(hreflangLinks({ en: '/en/articles/c' })['x-default']).toBe(`${origin}/en/articles/c`)
  })

  it('is the same set from every version, so links are reciprocal', () => {
    const alternates = { it: '/it/articoli/a', fr: '/fr/articles/b', en: '/en/articles/c' }
    const it = pageMetadata({ locale: 'it', title: 'T', path: alternates.it, alternates, siteName: 'S' })
    const fr = pageMetadata({ locale: 'fr', title: 'T', path: alternates.fr, alternates, siteName: 'S' })
    expect(it.alternates?.languages).toEqual(fr.alternates?.languages)
    expect(it.alternates?.canonical).toBe(`${origin}/it/articoli/a`)
    expect(fr.alternates?.canonical).toBe(`${origin}/fr/articles/b`)
  })
})

describe('safe links', () => {
  it('keeps http(s), mailto, site paths and anchors only', () => {
    expect(safeHref('https://example.com/a')).toBe('https://example.com/a')
    expect(safeHref('mailto:dino@example.com')).toBe('mailto:dino@example.com')
    expect(safeHref('/it/argomenti')).toBe('/it/argomenti')
    expect(safeHref('#sources')).toBe('#sources')
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', '//evil.example', '/\\evil', '', 42]) {
      expect(safeHref(bad)).toBeNull()
    }
  })
})

describe('JSON-LD', () => {
  it('cannot close its script element', () => {
    const json = serializeJsonLd(
      webSite({
        name: '</script><script>alert(1)</script>',
        url: origin,
        locale: 'en',
        searchUrlTemplate: `${origin}/en/search?q={search_term_string}`,
      }),
    )
    expect(json).not.toContain('</script>')
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>')
  })
})

describe('sitemap', () => {
  it('lists each version once, with all alternates and x-default', () => {
    const xml = buildSitemap([
      {
        urls: { it: `${origin}/it/articoli/a`, fr: `${origin}/fr/articles/b` },
        lastmod: { it: '2026-03-01T10:00:00.000Z', fr: null },
      },
    ])
    expect(xml.match(/<url>/g)).toHaveLength(2)
    expect(xml).toContain(`<loc>${origin}/it/articoli/a</loc>`)
    expect(xml).toContain('<lastmod>2026-03-01T10:00:00.000Z</lastmod>')
    expect(xml.match(/hreflang="fr"/g)).toHaveLength(2)
    expect(xml.match(/hreflang="x-default" href="http:\/\/localhost:3000\/it\/articoli\/a"/g)).toHaveLength(2)
  })

  it('escapes XML', () => {
    expect(buildSitemap([{ urls: { en: `${origin}/en/search?q=a&b` }, lastmod: {} }])).toContain('q=a&amp;b')
  })
})

describe('RSS', () => {
  it('is RSS 2.0 with escaped items', () => {
    const xml = buildRss({
      title: 'DinoGeek',
      description: 'Latest',
      link: `${origin}/en`,
      self: `${origin}/en/feed.xml`,
      language: 'en-gb',
      items: [{ title: 'A & B <c>', url: `${origin}/en/articles/a`, publishedAt: '2026-03-17T08:30:00.000Z', summary: 'S' }],
    })
    expect(xml).toContain('<rss version="2.0"')
    expect(xml).toContain('<title>A &amp; B &lt;c&gt;</title>')
    expect(xml).toContain('<pubDate>Tue, 17 Mar 2026 08:30:00 GMT</pubDate>')
  })
})
