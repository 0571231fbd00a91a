import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { compileHint } from '../../src/build/compileHints'
import { seedArticles } from '../../src/seed/data/articles'
import { seedTopics } from '../../src/seed/data/topics'
import { richText } from '../../src/seed/richText'
import { seedLanguages, type SeedLanguage } from '../../src/seed/types'
import { launchBrowser } from '../helpers/browser'

/**
 * The public site on a production build with the demo content: routing,
 * languages, SEO signals, the citation form and search, as a visitor (and a
 * search engine) sees them.
 */

const baseURL = inject('baseURL')
let browser: Browser
let editorToken = ''

const segments: Record<SeedLanguage, { topics: string; articles: string; legal: string; search: string }> = {
  it: { topics: 'argomenti', articles: 'articoli', legal: 'avviso-legale', search: 'cerca' },
  fr: { topics: 'sujets', articles: 'articles', legal: 'mentions-legales', search: 'recherche' },
  en: { topics: 'topics', articles: 'articles', legal: 'legal-notice', search: 'search' },
}

const article = seedArticles[0]
const topic = seedTopics.find((candidate) => candidate.key === article.topic)
if (!article || !topic) throw new Error('demo content changed: no first article or its topic')

const articlePath = (locale: SeedLanguage, slug = article.content[locale].slug) => `/${locale}/${segments[locale].articles}/${slug}`

async function get(path: string, init: RequestInit = {}) {
  const response = await fetch(`${baseURL}${path}`, { redirect: 'manual', ...init })
  return { status: response.status, location: response.headers.get('location'), html: await response.text(), headers: response.headers }
}

function htmlLang(html: string): string | undefined {
  return /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1]
}

/** `<link rel="alternate" hreflang>` of a page, as { hreflang: href }. */
function hreflangs(html: string): Record<string, string> {
  const head = html.slice(0, html.indexOf('</head>'))
  const links: Record<string, string> = {}
  for (const [tag] of head.matchAll(/<link[^>]*rel="alternate"[^>]*>/gi)) {
    const lang = /hreflang="([^"]+)"/i.exec(tag)?.[1]
    const href = /href="([^"]+)"/i.exec(tag)?.[1]
    if (lang && href) links[lang] = href
  }
  return links
}

async function api(method: string, path: string, body?: unknown) {
  const response = await fetch(`${baseURL}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(editorToken ? { Authorization: `JWT ${editorToken}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as Record<string, unknown>
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

async function citationRequestsFrom(email: string): Promise<number> {
  const result = await api('GET', `/citation-requests?where[email][equals]=${encodeURIComponent(email)}&depth=0`)
  return Number(result.totalDocs)
}

beforeAll(async () => {
  browser = await launchBrowser()
  const login = await api('POST', '/users/login', { email: 'editor@example.com', password: 'dinogeek-dev' })
  editorToken = String(login.token)
})

afterAll(async () => {
  await browser?.close()
})

describe('language of /', () => {
  it.each([
    ['fr-CH,fr;q=0.9,en;q=0.8', undefined, '/fr'],
    ['en-US,en;q=0.9', undefined, '/en'],
    ['de-DE,de;q=0.9', undefined, '/it'],
    ['de-DE,de;q=0.9', 'NEXT_LOCALE=en', '/en'],
    ['fr-FR', 'NEXT_LOCALE=en', '/fr'],
  ])('Accept-Language %s, cookie %s → %s', async (acceptLanguage, cookie, target) => {
    const response = await get('/', { headers: { 'accept-language': acceptLanguage, ...(cookie ? { cookie } : {}) } })
    expect(response.status).toBe(307)
    expect(new URL(response.location ?? '', baseURL).pathname).toBe(target)
  })
})

describe('pages in every locale', () => {
  it.each(seedLanguages)('%s: home, topic index, topic, article and legal page render in that language', async (locale) => {
    const pages = [
      `/${locale}`,
      `/${locale}/${segments[locale].topics}`,
      `/${locale}/${segments[locale].topics}/${topic.slug[locale]}`,
      articlePath(locale),
      `/${locale}/${segments[locale].legal}`,
    ]
    for (const path of pages) {
      const page = await get(path)
      expect(page.status, path).toBe(200)
      expect(htmlLang(page.html), path).toBe(locale)
      expect(page.html, path).toMatch(/<h1[^>]*>[^<]+/)
      expect(page.headers.get('cache-control'), path).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/)
    }
    const articlePage = await get(articlePath(locale))
    expect(articlePage.html).toContain(article.content[locale].title.replace(/'/g, '&#x27;'))
    expect(articlePage.html).toContain('"@type":"TechArticle"')
  })

  it('the framework runtime is served with V8’s compile hint, the page’s own chunks without it', async () => {
    const { html } = await get(articlePath('it'))
    const sources = [...new Set([...html.matchAll(/<script src="(\/_next\/static\/[^"]+\.js)"/g)].map((match) => match[1] ?? ''))]
    const scripts = await Promise.all(sources.map(async (src) => (await fetch(`${baseURL}${src}`)).text()))
    const hinted = scripts.filter((source) => source.startsWith(`${compileHint}\n`))
    // React's client (the biggest start-up cost) is among the hinted files; the citation form's chunk is not.
    expect(hinted.some((source) => source.includes('hydrateRoot'))).toBe(true)
    expect(hinted.length).toBeLessThan(scripts.length)
    expect(scripts.find((source) => source.includes('honeypot'))?.startsWith(compileHint)).toBe(false)
  })

  it('a localized segment of another language redirects to this language’s', async () => {
    const response = await get('/it/topics')
    expect(response.status).toBe(307)
    expect(response.location).toMatch(/\/it\/argomenti$/)
  })
})

describe('language switcher and hreflang', () => {
  it('goes from the Italian article to its French slug', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseURL}${articlePath('it')}`)
    const link = page.locator('.language-switcher a[hreflang="fr"]')
    expect(await link.getAttribute('lang')).toBe('fr')
    await link.click()
    await page.waitForURL(`${baseURL}${articlePath('fr')}`)
    expect(await page.getAttribute('html', 'lang')).toBe('fr')
    expect(await page.locator('h1').textContent()).toBe(article.content.fr.title)
    await page.close()
  })

  it('hreflang alternates are reciprocal across the three versions, with x-default', async () => {
    const sets = await Promise.all(seedLanguages.map(async (locale) => hreflangs((await get(articlePath(locale))).html)))
    const expected = {
      it: `${baseURL}${articlePath('it')}`,
      fr: `${baseURL}${articlePath('fr')}`,
      en: `${baseURL}${articlePath('en')}`,
      'x-default': `${baseURL}${articlePath('it')}`,
    }
    for (const set of sets) expect(set).toEqual(expected)
  })

  it('a slug from another language redirects (308) to this language’s URL', async () => {
    const response = await get(articlePath('fr', article.content.it.slug))
    expect(response.status).toBe(308)
    // Next 16 may repeat an identical Location header on the first (uncached) render; fetch joins them.
    const location = (response.location ?? '').split(',')[0]?.trim() ?? ''
    expect(new URL(location, baseURL).pathname).toBe(articlePath('fr'))
  })
})

describe('visibility and 404s', () => {
  let slugs: Record<SeedLanguage, string>

  beforeAll(async () => {
    const topics = await api('GET', `/topics?where[slug][equals]=${topic.slug.it}&locale=it&depth=0`)
    const topicId = (topics.docs as { id: number }[])[0]?.id
    const stamp = Date.now()
    slugs = { it: `articolo-solo-italiano-${stamp}`, fr: `article-pas-encore-public-${stamp}`, en: `not-public-yet-${stamp}` }
    const body = (text: string) => richText([{ type: 'p', text }])
    const created = await api('POST', '/articles?locale=it', {
      title: 'Articolo solo in italiano',
      slug: slugs.it,
      topic: topicId,
      body: body('Testo italiano.'),
      summary: 'Sintesi iniziale.',
      _status: 'published',
    })
    const id = (created.doc as { id: number }).id
    // French and English text exist (saved as drafts: a target language is never published from
    // the article), but no translation has been approved: not public.
    await api('PATCH', `/articles/${id}?locale=fr&draft=true`, { title: 'Pas encore public', slug: slugs.fr, body: body('Texte.') })
    await api('PATCH', `/articles/${id}?locale=en&draft=true`, { title: 'Not public yet', slug: slugs.en, body: body('Text.') })
  })

  it('a locale that is not public is not linked, has no hreflang and its URL is a 404', async () => {
    const italian = await get(articlePath('it', slugs.it))
    expect(italian.status).toBe(200)
    expect(Object.keys(hreflangs(italian.html)).sort()).toEqual(['it', 'x-default'])
    expect(italian.html).not.toContain(slugs.fr)
    expect(italian.html).not.toMatch(/language-switcher.*hrefLang="fr"/s)
    for (const locale of ['fr', 'en'] as const) {
      const hidden = await get(articlePath(locale, slugs[locale]))
      expect(hidden.status).toBe(404)
      expect(hidden.html).not.toContain('Pas encore public')
      expect(hidden.html).not.toContain('Not public yet')
    }
  })

  it('an edit is visible on the next request (pages are revalidated by the save)', async () => {
    expect((await get(articlePath('it', slugs.it))).html).toContain('Sintesi iniziale.')
    const found = await api('GET', `/articles?where[slug][equals]=${slugs.it}&locale=it&depth=0`)
    const id = (found.docs as { id: number }[])[0]?.id
    await api('PATCH', `/articles/${id}?locale=it`, { summary: 'Sintesi aggiornata.', _status: 'published' })
    expect((await get(articlePath('it', slugs.it))).html).toContain('Sintesi aggiornata.')
  })

  it.each([
    ['/de', 'unknown locale'],
    ['/it/articoli/questo-articolo-non-esiste', 'unknown article slug'],
    ['/fr/sujets/sujet-inconnu', 'unknown topic slug'],
    ['/en/no-such-page', 'unknown path'],
  ])('%s (%s) is a 404', async (path) => {
    const response = await fetch(`${baseURL}${path}`)
    expect(response.status).toBe(404)
  })

  it('the 404 page is localized', async () => {
    // Next 16.3+ renders a notFound() page in the browser, not in the HTML
    // (vercel/next.js#62228): check what a visitor sees, in a browser.
    const page = await browser.newPage()
    const response = await page.goto(`${baseURL}/fr/articles/inconnu`)
    expect(response?.status()).toBe(404)
    await page.locator('h1').waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('fr')
    expect(await page.locator('h1').textContent()).toBe('Page introuvable')
    expect(await page.locator('a[href="/fr/sujets"]').count()).toBe(1)
    await page.close()
  })
})

describe('sitemap, robots and feeds', () => {
  it('the sitemap is valid XML listing each public URL once, with its alternates', async () => {
    const xml = await (await fetch(`${baseURL}/sitemap.xml`)).text()
    const page = await browser.newPage()
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml')
      const ns = 'http://www.w3.org/1999/xhtml'
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        urls: [...doc.getElementsByTagName('url')].map((url) => ({
          loc: url.getElementsByTagName('loc')[0]?.textContent ?? '',
          lastmod: url.getElementsByTagName('lastmod')[0]?.textContent ?? null,
          alternates: Object.fromEntries(
            [...url.getElementsByTagNameNS(ns, 'link')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
          ),
        })),
      }
    }, xml)
    await page.close()
    expect(parsed.errors).toBe(0)
    const locs = parsed.urls.map((url) => url.loc)
    expect(new Set(locs).size).toBe(locs.length)
    const italian = parsed.urls.find((url) => url.loc === `${baseURL}${articlePath('it')}`)
    expect(italian?.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(italian?.alternates).toEqual({
      it: `${baseURL}${articlePath('it')}`,
      fr: `${baseURL}${articlePath('fr')}`,
      en: `${baseURL}${articlePath('en')}`,
      'x-default': `${baseURL}${articlePath('it')}`,
    })
    expect(locs.some((loc) => loc.includes('pas-encore-public'))).toBe(false)
  })

  it('robots.txt points to the sitemap', async () => {
    const robots = await (await fetch(`${baseURL}/robots.txt`)).text()
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
  })

  it.each(seedLanguages)('/%s/feed.xml is an RSS feed of that language', async (locale) => {
    const response = await fetch(`${baseURL}/${locale}/feed.xml`)
    expect(response.headers.get('content-type')).toContain('application/rss+xml')
    const xml = await response.text()
    expect(xml).toContain('<rss version="2.0"')
    expect(xml).toContain(`<link>${baseURL}${articlePath(locale)}</link>`)
  })
})

describe('citation request form', () => {
  async function fill(page: Page, values: { name: string; email: string; url: string }) {
    await page.fill('#cite-name', values.name)
    await page.fill('#cite-email', values.email)
    await page.fill('#cite-proposedUrl', values.url)
    await page.fill('#cite-message', 'Please consider this source.')
  }

  it('with JavaScript: stores a valid request and thanks the visitor in their language', async () => {
    const email = `visitor-${Date.now()}@example.com`
    const page = await browser.newPage()
    await page.goto(`${baseURL}${articlePath('en')}`)
    await fill(page, { name: 'Grace Hopper', email, url: 'https://example.com/cobol' })
    // The form refuses submissions faster than a person can type.
    await page.waitForTimeout(3200)
    await page.click('.citation-form button[type="submit"]')
    await page.locator('.form-status--success').waitFor()
    expect(await page.locator('.form-status--success').textContent()).toContain(`The editors will reply to ${email}`)
    await page.close()
    expect(await citationRequestsFrom(email)).toBe(1)
  })

  it('with JavaScript: shows errors next to the fields and stores nothing', async () => {
    const email = `not-an-email-${Date.now()}`
    const page = await browser.newPage()
    await page.goto(`${baseURL}${articlePath('it')}`)
    await fill(page, { name: '', email, url: 'ftp://example.com/file' })
    await page.click('.citation-form button[type="submit"]')
    await page.locator('.form-status--error').waitFor()
    expect(await page.locator('#cite-name-error').textContent()).toBe('Questo campo è obbligatorio.')
    expect(await page.locator('#cite-email').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#cite-proposedUrl-error').textContent()).toContain('http:// o https://')
    expect(await page.inputValue('#cite-email')).toBe(email)
    await page.close()
    expect(await citationRequestsFrom(email)).toBe(0)
  })

  it('without JavaScript: the plain form posts, shows errors in place, then stores a corrected request', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const email = `nojs-${Date.now()}@example.com`
    await page.goto(`${baseURL}${articlePath('fr')}`)
    await fill(page, { name: 'Marie Curie', email, url: 'not a url' })
    await Promise.all([page.waitForLoadState('load'), page.click('.citation-form button[type="submit"]')])
    await page.locator('#cite-proposedUrl-error').waitFor()
    expect(await page.locator('#cite-proposedUrl-error').textContent()).toContain('http:// ou https://')
    expect(await page.inputValue('#cite-name')).toBe('Marie Curie')
    expect(await citationRequestsFrom(email)).toBe(0)

    await page.fill('#cite-proposedUrl', 'https://example.com/radium')
    await page.waitForTimeout(3200)
    await Promise.all([page.waitForLoadState('load'), page.click('.citation-form button[type="submit"]')])
    await page.locator('.form-status--success').waitFor()
    expect(await page.locator('.form-status--success').textContent()).toContain('Merci')
    await context.close()
    expect(await citationRequestsFrom(email)).toBe(1)
  })
})

describe('search', () => {
  /** A long word of an English article body that no French article contains. */
  function englishOnlyWord(): { word: string; slug: string } {
    const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    const french = fold(seedArticles.flatMap((a) => a.content.fr.body.map((block) => JSON.stringify(block))).join(' '))
    for (const candidate of seedArticles) {
      const text = candidate.content.en.body.flatMap((block) => ('text' in block ? [block.text] : [])).join(' ')
      const word = text.split(/[^A-Za-z]+/).find((w) => w.length >= 9 && !french.includes(fold(w)))
      if (word) return { word, slug: candidate.content.en.slug }
    }
    throw new Error('no English-only word found in the demo content')
  }

  it('finds an article by a word of its body, in the same language only', async () => {
    const { word, slug } = englishOnlyWord()
    const page = await browser.newPage()
    await page.goto(`${baseURL}/en`)
    await page.fill('#home-search', word)
    await Promise.all([page.waitForURL(/\/en\/search\?q=/), page.press('#home-search', 'Enter')])
    const links = await page.locator('.search-results a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
    expect(links).toContain(`/en/articles/${slug}`)
    expect(await page.locator('.search-results mark').first().textContent()).toMatch(new RegExp(word, 'i'))
    await page.close()

    const french = await get(`/fr/recherche?q=${encodeURIComponent(word)}`)
    expect(french.status).toBe(200)
    expect(htmlLang(french.html)).toBe('fr')
    expect(french.html).toContain('Aucun article en français ne correspond')
  })

  it('serves results from the page cache, under the search URL only', async () => {
    const { word } = englishOnlyWord()
    const path = `/en/search?q=${encodeURIComponent(` ${word.toUpperCase()} `)}`
    await get(path)
    const cached = await get(path)
    expect(cached.status).toBe(200)
    expect(cached.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(cached.headers.get('cache-control')).toMatch(/s-maxage=\d+.*stale-while-revalidate/)
    expect(cached.html).toContain('<mark>')
    expect(cached.html).toMatch(/<meta name="robots" content="noindex/)
    // Another way of typing the same query shares that cache entry.
    const retyped = await get(`/en/search?q=${encodeURIComponent(`${word.toLowerCase()}!`)}`)
    expect(retyped.headers.get('x-nextjs-cache')).toBe('HIT')
    // The internal route behind it is not a second address for the same page.
    const internal = await get(`/en/search-results/${Buffer.from(word).toString('base64url')}`)
    expect(internal.status).toBe(404)
    // Without a query the search page is the form.
    const empty = await get('/fr/recherche?q=%20')
    expect(empty.status).toBe(200)
    expect(empty.html).toContain('id="page-search"')
  })
})

describe('topic pagination', () => {
  const stamp = Date.now()
  const topicSlug = `paginazione-${stamp}`
  const topicPath = `/it/${segments.it.topics}/${topicSlug}`

  /** Numbers of this test's articles linked from a page, newest first. */
  function listed(html: string): number[] {
    const pattern = new RegExp(`href="/it/${segments.it.articles}/prova-${stamp}-(\\d+)"`, 'g')
    return [...html.matchAll(pattern)].map((match) => Number(match[1]))
  }

  beforeAll(async () => {
    const topic = await api('POST', '/topics?locale=it', { name: `Paginazione ${stamp}`, slug: topicSlug, order: 999 })
    const topicId = (topic.doc as { id: number }).id
    // 12 articles: a full first page and 2 on the last. Dated 2001 so the home page and feeds keep the demo articles.
    for (let n = 1; n <= 12; n++) {
      await api('POST', '/articles?locale=it', {
        title: `Prova di paginazione ${n}`,
        slug: `prova-${stamp}-${n}`,
        topic: topicId,
        body: richText([{ type: 'p', text: `Testo ${n}.` }]),
        publishedAt: `2001-01-${String(n).padStart(2, '0')}T08:00:00.000Z`,
        _status: 'published',
      })
    }
  })

  it('the last page lists the remaining (oldest) articles, links back and not forward; the page after it is a 404', async () => {
    const first = await get(topicPath)
    expect(first.status).toBe(200)
    expect(listed(first.html)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3])
    expect(first.html).toContain(`href="${topicPath}/pagina/2" rel="next"`)

    const last = await get(`${topicPath}/pagina/2`)
    expect(last.status).toBe(200)
    expect(listed(last.html)).toEqual([2, 1])
    expect(last.html).toContain(`href="${topicPath}" rel="prev"`)
    expect(last.html).not.toContain('rel="next"')

    expect((await get(`${topicPath}/pagina/3`)).status).toBe(404)
  })
})
