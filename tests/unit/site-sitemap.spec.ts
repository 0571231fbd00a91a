import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { keysetBatches } from '@/db/keyset'
import { SITEMAP_MAX_BYTES, SITEMAP_MAX_URLS } from '@/site/sitemap/protocol'
import {
  articleChunker,
  layoutSitemap,
  maxUrlBytes,
  packPages,
  parseSitemapChild,
  sitemapChildPath,
  sitemapIndexEntries,
  urlsPerFile,
  type ArticleId,
  type SitemapPlan,
} from '@/site/sitemap/split'
import { urlsetStream, type ArticleRange, type SitemapArticle } from '@/site/sitemap/stream'
import { buildSitemap, buildSitemapIndex, urlElements, type SitemapPage } from '@/site/sitemap/xml'
import { childText, elements, parseXml } from '../helpers/xml'

const origin = 'http://localhost:3000'
const protocol = { maxUrls: SITEMAP_MAX_URLS, maxBytes: SITEMAP_MAX_BYTES }

/** A page public in the given locales, under `/{locale}/articoli/{name}`-like URLs. */
function page(name: string, localesIn: ('it' | 'fr' | 'en')[], lastmod: string | null = null): SitemapPage {
  const result: SitemapPage = { urls: {}, lastmod: {} }
  for (const locale of localesIn) {
    result.urls[locale] = `${origin}/${locale}/x/${name}`
    result.lastmod[locale] = lastmod
  }
  return result
}

async function read(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text()
}

describe('sitemap index XML', () => {
  it('lists each child with its loc and lastmod, escaped', () => {
    const xml = buildSitemapIndex([
      { loc: `${origin}/sitemaps/pages-1.xml?a&b`, lastmod: '2026-03-01T10:00:00.000Z' },
      { loc: `${origin}/sitemaps/articles-1.xml`, lastmod: null },
    ])
    const root = parseXml(xml)
    expect(root.name).toBe('sitemapindex')
    expect(root.attributes.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    const children = elements(root, 'sitemap')
    expect(children.map((child) => childText(child, 'loc'))).toEqual([
      `${origin}/sitemaps/pages-1.xml?a&b`,
      `${origin}/sitemaps/articles-1.xml`,
    ])
    expect(children.map((child) => childText(child, 'lastmod'))).toEqual(['2026-03-01T10:00:00.000Z', null])
  })

  it('a urlset is well-formed and one <url> per language version', () => {
    const root = parseXml(buildSitemap([page('a', ['it', 'fr', 'en']), page('b', ['fr'])]))
    expect(root.name).toBe('urlset')
    expect(elements(root, 'url')).toHaveLength(4)
  })
})

describe('file limits', () => {
  it('bounds every <url> by the largest one the site can write', () => {
    const bound = maxUrlBytes(origin)
    const long = 'z'.repeat(96)
    const worst: SitemapPage = {
      urls: { it: `${origin}/it/argomenti/${long}`, fr: `${origin}/fr/sujets/${long}`, en: `${origin}/en/topics/${long}` },
      lastmod: { it: '2026-01-01T00:00:00.000Z', fr: '2026-01-01T00:00:00.000Z', en: '2026-01-01T00:00:00.000Z' },
    }
    for (const element of urlElements(worst)) expect(new TextEncoder().encode(element).length).toBeLessThanOrEqual(bound)
    // A longer origin makes longer elements.
    expect(maxUrlBytes('https://a-much-longer-origin.example.com')).toBeGreaterThan(bound)
  })

  it('holds the protocol’s 50,000 URLs on a short origin, fewer when 50 MB would not hold them', () => {
    const bound = maxUrlBytes(origin)
    const perFile = urlsPerFile(protocol, origin)
    // With today's three languages the 50,000-URL cap binds first; more alternates per URL make the size bind.
    expect(perFile === 50_000 || (perFile + 1) * bound > SITEMAP_MAX_BYTES).toBe(true)
    if (locales.length <= 3) expect(perFile).toBe(50_000)
    const small = urlsPerFile({ maxUrls: 50_000, maxBytes: 10 * bound + 1000 }, origin)
    expect(small).toBeLessThanOrEqual(10 + Math.ceil(1000 / bound))
    expect(small).toBeGreaterThanOrEqual(10)
    expect(urlsPerFile({ maxUrls: 5, maxBytes: SITEMAP_MAX_BYTES }, origin)).toBe(5)
  })

  it('refuses a limit below one article in every locale', () => {
    expect(() => urlsPerFile({ maxUrls: 2, maxBytes: SITEMAP_MAX_BYTES }, origin)).toThrow(RangeError)
  })
})

describe('splitting', () => {
  it('packs pages in order, each group within the limit, never splitting a page or keeping one without URLs', () => {
    const pages = [
      page('home', ['it', 'fr', 'en']),
      page('none', []),
      page('t1', ['it', 'fr']),
      page('t2', ['it', 'fr', 'en']),
      page('legal', ['it']),
    ]
    const groups = packPages(pages, 5)
    expect(groups.map((group) => group.map((p) => p.urls.it?.split('/').pop()))).toEqual([
      ['home', 't1'],
      ['t2', 'legal'],
    ])
  })

  it('cuts articles into chunks of a fixed size, each starting after the last id of the previous one, dated by its newest', () => {
    const chunker = articleChunker(2)
    const dates = ['2026-01-03', '2026-01-01', '2026-01-05', '2026-01-02', '2026-01-04']
    dates.forEach((date, i) => chunker.add(i + 10, `${date}T00:00:00.000Z`))
    expect(chunker.chunks()).toEqual([
      { afterId: null, lastmod: '2026-01-03T00:00:00.000Z' },
      { afterId: 11, lastmod: '2026-01-05T00:00:00.000Z' },
      { afterId: 13, lastmod: '2026-01-04T00:00:00.000Z' },
    ])
    expect(articleChunker(2).chunks()).toEqual([])
  })

  it('stays one urlset up to the limit and becomes an index past it', () => {
    const plan: SitemapPlan = {
      pages: [page('home', ['it', 'fr', 'en'], '2026-02-01T00:00:00.000Z'), page('legal', ['it'], '2026-01-01T00:00:00.000Z')],
      articleUrls: 3,
      articleChunks: [{ afterId: null, lastmod: '2026-03-01T00:00:00.000Z' }],
    }
    expect(layoutSitemap(plan, { maxUrls: 7, maxBytes: SITEMAP_MAX_BYTES }, origin)).toEqual({ split: false })
    const layout = layoutSitemap(plan, { maxUrls: 6, maxBytes: SITEMAP_MAX_BYTES }, origin)
    if (!layout.split) throw new Error('expected an index')
    expect(sitemapIndexEntries(layout, origin)).toEqual([
      { loc: `${origin}/sitemaps/pages-1.xml`, lastmod: '2026-02-01T00:00:00.000Z' },
      { loc: `${origin}/sitemaps/articles-1.xml`, lastmod: '2026-03-01T00:00:00.000Z' },
    ])
  })

  it('names children one way only', () => {
    expect(sitemapChildPath({ kind: 'articles', number: 12 })).toBe('/sitemaps/articles-12.xml')
    expect(parseSitemapChild('articles-12.xml')).toEqual({ kind: 'articles', number: 12 })
    expect(parseSitemapChild('pages-1.xml')).toEqual({ kind: 'pages', number: 1 })
    for (const bad of [
      'articles-0.xml',
      'articles-01.xml',
      'articles-1',
      'articles-1.xml.gz',
      'topics-1.xml',
      'articles--1.xml',
    ]) {
      expect(parseSitemapChild(bad), bad).toBeNull()
    }
  })
})

describe('keyset batches', () => {
  it('starts each batch after the last id and stops at a short batch', async () => {
    const ids = [1, 2, 3, 5, 8]
    const calls: (number | null)[] = []
    const load = async (afterId: number | null, limit: number) => {
      calls.push(afterId)
      return ids
        .filter((id) => afterId === null || id > afterId)
        .slice(0, limit)
        .map((id) => ({ id }))
    }
    const batches: number[][] = []
    for await (const batch of keysetBatches(load, 2)) batches.push(batch.map((doc) => doc.id))
    expect(batches).toEqual([[1, 2], [3, 5], [8]])
    expect(calls).toEqual([null, 2, 5])
  })

  it('stops when the id does not advance instead of looping', async () => {
    const load = async () => [{ id: 7 }]
    const batches = []
    for await (const batch of keysetBatches<number, { id: number }>(load, 1, 7)) batches.push(batch)
    expect(batches).toHaveLength(1)
  })
})

describe('streamed urlset', () => {
  const articles: SitemapArticle[] = [1, 2, 3, 4, 5].map((id) => ({
    id,
    updatedAt: `2026-01-0${id}T00:00:00.000Z`,
    slugs: id % 2 === 0 ? { it: `a-${id}`, fr: `b-${id}` } : { it: `a-${id}` },
  }))

  function source(calls: (ArticleRange & { limit: number })[]) {
    return {
      origin,
      batchSize: 2,
      loadArticles: async (query: ArticleRange & { limit: number }) => {
        calls.push(query)
        const { afterId, upToId } = query
        return articles
          .filter((a) => (afterId === null || a.id > afterId) && (upToId === null || a.id <= upToId))
          .slice(0, query.limit)
      },
    }
  }

  it('writes what buildSitemap writes, reading articles batch by batch within the range', async () => {
    const calls: (ArticleRange & { limit: number })[] = []
    const home = page('home', ['it', 'fr', 'en'])
    const xml = await read(urlsetStream([home], { afterId: 1 satisfies ArticleId, upToId: 4 }, source(calls)))
    const expected = [2, 3, 4].map((id) => ({
      urls: Object.fromEntries(
        Object.entries(articles[id - 1]?.slugs ?? {}).map(([locale, slug]) => [
          locale,
          `${origin}/${locale}/${locale === 'it' ? 'articoli' : 'articles'}/${slug}`,
        ]),
      ),
      lastmod: { it: `2026-01-0${id}T00:00:00.000Z`, fr: `2026-01-0${id}T00:00:00.000Z` },
    }))
    expect(xml).toBe(buildSitemap([home, ...expected]))
    expect(calls).toEqual([
      { afterId: 1, upToId: 4, limit: 2 },
      { afterId: 3, upToId: 4, limit: 2 },
    ])
  })

  it('reads no article before the client asks for more than the head', async () => {
    const calls: (ArticleRange & { limit: number })[] = []
    const reader = urlsetStream([], { afterId: null, upToId: null }, source(calls)).getReader()
    const first = await reader.read()
    expect(new TextDecoder().decode(first.value)).toContain('<urlset')
    expect(calls.length).toBeLessThanOrEqual(1)
    await reader.cancel()
  })
})
