import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { TargetLocale } from '@/i18n/locales'
import { SITEMAP_MAX_BYTES, SITEMAP_MAX_URLS } from '@/site/sitemap/protocol'
import type { SitemapService } from '@/site/sitemap/responses'
import { createLocalizedTopic, createPublicArticle } from '../helpers/siteFixtures'
import { createSiteTestPayload } from '../helpers/sitePayload'
import type { TestPayload } from '../helpers/testPayload'
import { childText, elements, parseXml } from '../helpers/xml'

/**
 * What `/sitemap.xml` and `/sitemaps/*.xml` serve, on a real database, with
 * small limits so a handful of articles splits it: one urlset up to the limit,
 * an index of streamed children past it, every public URL exactly once.
 */

let ctx: TestPayload

// The site reads through `sitePayload()`; here it is this file's test database.
vi.mock('@/site/payload', () => import('../helpers/sitePayload'))

const { loadSitemapArticles, loadSitemapPlan } = await import('@/site/sitemap/reads')
const { sitemapChildResponse, sitemapResponse } = await import('@/site/sitemap/responses')

const origin = 'http://localhost:3000'

/** Direct (uncached) reads, `maxUrls` per file, one article per query so children take several batches. */
function service(maxUrls: number, overrides: Partial<SitemapService> = {}): SitemapService {
  return {
    loadPlan: loadSitemapPlan,
    loadArticles: loadSitemapArticles,
    batchSize: 1,
    limits: { maxUrls, maxBytes: SITEMAP_MAX_BYTES },
    origin,
    ...overrides,
  }
}

type Entry = { loc: string; lastmod: string | null; alternates: Record<string, string> }

/** The <url> entries of a urlset, after checking it is well-formed XML. */
function urlEntries(xml: string): Entry[] {
  const root = parseXml(xml)
  expect(root.name).toBe('urlset')
  return elements(root, 'url').map((url) => ({
    loc: childText(url, 'loc') ?? '',
    lastmod: childText(url, 'lastmod'),
    alternates: Object.fromEntries(
      elements(url, 'xhtml:link').map((link) => [link.attributes.hreflang ?? '', link.attributes.href ?? '']),
    ),
  }))
}

function byLoc(entries: Entry[]): Entry[] {
  return [...entries].sort((a, b) => a.loc.localeCompare(b.loc))
}

async function child(file: string, use: SitemapService): Promise<Response> {
  return sitemapChildResponse(file, use)
}

/** Articles 1–7 in creation (id) order: Italian always public, translations public where listed. */
const fixtures: { slug: string; publicIn: TargetLocale[] }[] = [
  { slug: 'uno', publicIn: [] },
  { slug: 'due', publicIn: ['fr'] },
  { slug: 'tre', publicIn: ['fr', 'en'] },
  { slug: 'quattro', publicIn: [] },
  { slug: 'cinque', publicIn: ['en'] },
  { slug: 'sei', publicIn: ['fr', 'en'] },
  { slug: 'sette', publicIn: ['fr'] },
]
const articleUrls = fixtures.reduce((sum, fixture) => sum + 1 + fixture.publicIn.length, 0)
// Home and topic index (3 each), the topic (3), the legal page (Italian only).
const pageUrls = 3 + 3 + 3 + 1
const totalUrls = articleUrls + pageUrls

const articleUrl = (locale: 'it' | TargetLocale, slug: string) =>
  `${origin}/${locale}/${locale === 'it' ? 'articoli' : 'articles'}/${slug}-${locale}`

beforeAll(async () => {
  ctx = await createSiteTestPayload()
  const topic = await createLocalizedTopic(ctx.payload, { it: 'reti', fr: 'reseaux', en: 'networks' })
  // No article: its pages are thin content, answered noindex and left out of the sitemap.
  await createLocalizedTopic(ctx.payload, { it: 'vuoto', fr: 'vide', en: 'empty' })
  await ctx.payload.updateGlobal({ slug: 'legal', locale: 'it', data: { title: 'Avviso legale' } })
  for (const { slug, publicIn } of fixtures) {
    // Every fixture has French and English text: only `publicIn` may reach the sitemap.
    await createPublicArticle(ctx.payload, {
      topic: topic.id,
      content: {
        it: { title: `IT ${slug}`, slug: `${slug}-it` },
        fr: { title: `FR ${slug}`, slug: `${slug}-fr` },
        en: { title: `EN ${slug}`, slug: `${slug}-en` },
      },
      publicIn,
    })
  }
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('below the limit', () => {
  it('is one urlset of every public URL once, with public alternates only', async () => {
    const response = await sitemapResponse(service(SITEMAP_MAX_URLS))
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    expect(response.headers.get('cache-control')).toMatch(/^public, s-maxage=\d+, stale-while-revalidate=\d+$/)
    const entries = urlEntries(await response.text())
    const locs = entries.map((entry) => entry.loc)
    expect(locs).toHaveLength(totalUrls)
    expect(new Set(locs).size).toBe(locs.length)
    expect(locs).toContain(`${origin}/en/topics/networks`)
    expect(locs.filter((loc) => /\/(vuoto|vide|empty)$/.test(loc))).toEqual([])
    expect(locs).toContain(`${origin}/it/avviso-legale`)
    expect(locs).not.toContain(`${origin}/fr/mentions-legales`)
    for (const { slug, publicIn } of fixtures) {
      for (const hidden of (['fr', 'en'] as const).filter((locale) => !publicIn.includes(locale))) {
        expect(
          locs.some((loc) => loc.includes(`${slug}-${hidden}`)),
          `${slug} ${hidden}`,
        ).toBe(false)
      }
    }
    expect(entries.find((entry) => entry.loc === articleUrl('fr', 'due'))?.alternates).toEqual({
      it: articleUrl('it', 'due'),
      fr: articleUrl('fr', 'due'),
      'x-default': articleUrl('it', 'due'),
    })
  })

  it('stays a urlset at exactly the limit and becomes an index one URL past it', async () => {
    expect(parseXml(await (await sitemapResponse(service(totalUrls))).text()).name).toBe('urlset')
    expect(parseXml(await (await sitemapResponse(service(totalUrls - 1))).text()).name).toBe('sitemapindex')
  })

  it('has no children', async () => {
    expect((await child('articles-1.xml', service(SITEMAP_MAX_URLS))).status).toBe(404)
    expect((await child('pages-1.xml', service(SITEMAP_MAX_URLS))).status).toBe(404)
  })
})

describe('past the limit (7 URLs per file)', () => {
  const small = () => service(7)

  async function indexEntries(use: SitemapService) {
    const root = parseXml(await (await sitemapResponse(use)).text())
    expect(root.name).toBe('sitemapindex')
    return elements(root, 'sitemap').map((entry) => ({
      loc: childText(entry, 'loc') ?? '',
      lastmod: childText(entry, 'lastmod'),
    }))
  }

  it('lists the page children, then one child per 2 articles (7 URLs hold 2 articles in 3 languages)', async () => {
    const entries = await indexEntries(small())
    // Pages: home + topic index (6 URLs), then topic + legal page (4).
    expect(entries.map((entry) => entry.loc)).toEqual([
      `${origin}/sitemaps/pages-1.xml`,
      `${origin}/sitemaps/pages-2.xml`,
      ...[1, 2, 3, 4].map((n) => `${origin}/sitemaps/articles-${n}.xml`),
    ])
    for (const entry of entries) expect(entry.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  })

  it('each child is valid, within the limit, dated by its newest URL, and keeps an article’s versions together', async () => {
    for (const entry of await indexEntries(small())) {
      const response = await child(entry.loc.split('/').pop() ?? '', small())
      expect(response.status, entry.loc).toBe(200)
      expect(response.headers.get('cache-control')).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/)
      const urls = urlEntries(await response.text())
      expect(urls.length, entry.loc).toBeGreaterThan(0)
      expect(urls.length, entry.loc).toBeLessThanOrEqual(7)
      const newest = urls
        .map((url) => url.lastmod ?? '')
        .sort()
        .pop()
      expect(entry.lastmod, entry.loc).toBe(newest)
      const locs = new Set(urls.map((url) => url.loc))
      for (const url of urls)
        for (const href of Object.values(url.alternates)) expect(locs.has(href), `${url.loc} → ${href}`).toBe(true)
    }
  })

  it('together, the children list exactly what the single urlset lists, alternates included', async () => {
    const children: Entry[] = []
    for (const entry of await indexEntries(small())) {
      children.push(...urlEntries(await (await child(entry.loc.split('/').pop() ?? '', small())).text()))
    }
    const whole = urlEntries(await (await sitemapResponse(service(SITEMAP_MAX_URLS))).text())
    expect(children).toHaveLength(totalUrls)
    expect(byLoc(children)).toEqual(byLoc(whole))
  })

  it('serving the index or a page child reads no article; an article child reads its articles a batch at a time', async () => {
    const queries: unknown[] = []
    const counted = service(7, {
      loadArticles: async (query) => {
        queries.push(query)
        return loadSitemapArticles(query)
      },
    })
    await (await sitemapResponse(counted)).text()
    await (await child('pages-1.xml', counted)).text()
    expect(queries).toEqual([])
    const urls = urlEntries(await (await child('articles-2.xml', counted)).text())
    expect(urls.map((url) => url.loc).filter((loc) => loc.startsWith(`${origin}/it/`))).toEqual([
      articleUrl('it', 'tre'),
      articleUrl('it', 'quattro'),
    ])
    // One article per batch: two batches, then an empty one that ends the child.
    expect(queries).toHaveLength(3)
  })

  it('answers 404 for a child the index does not list', async () => {
    for (const file of [
      'pages-3.xml',
      'articles-5.xml',
      'articles-0.xml',
      'articles-01.xml',
      'topics-1.xml',
      'articles-1.xml.gz',
    ]) {
      expect((await child(file, small())).status, file).toBe(404)
    }
  })

  it('an article published after the index was read lands in the last child only', async () => {
    const plan = await loadSitemapPlan(2, origin)
    const stale = service(7, { loadPlan: async () => plan })
    const topic = (await ctx.payload.find({ collection: 'topics', locale: 'it', limit: 1, depth: 0 })).docs[0]
    if (!topic) throw new Error('no topic')
    await createPublicArticle(ctx.payload, { topic: topic.id, content: { it: { title: 'IT otto', slug: 'otto-it' } } })
    const found: string[] = []
    for (const n of [1, 2, 3, 4]) {
      const locs = urlEntries(await (await child(`articles-${n}.xml`, stale)).text()).map((url) => url.loc)
      if (locs.includes(articleUrl('it', 'otto'))) found.push(`articles-${n}`)
    }
    expect(found).toEqual(['articles-4'])
  })
})
