import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { compileHint } from '@/build/compileHints'
import { seedArticles } from '@/seed/data/articles'
import { seedSiteSettings } from '@/seed/data/siteSettings'
import { seedTopics } from '@/seed/data/topics'
import { richText } from '@/richtext/build'
import { seedLanguages, type SeedLanguage } from '@/seed/types'
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

const articlePath = (locale: SeedLanguage, slug = article.content[locale].slug) =>
  `/${locale}/${segments[locale].articles}/${slug}`

async function get(path: string, init: RequestInit = {}) {
  const response = await fetch(`${baseURL}${path}`, { redirect: 'manual', ...init })
  return {
    status: response.status,
    location: response.headers.get('location'),
    html: await response.text(),
    headers: response.headers,
  }
}

/** The text of each script file a page loads. */
async function pageScripts(html: string): Promise<string[]> {
  const sources = [...new Set([...html.matchAll(/<script src="(\/_next\/static\/[^"]+\.js)"/g)].map((match) => match[1] ?? ''))]
  return Promise.all(sources.map(async (src) => (await fetch(`${baseURL}${src}`)).text()))
}

/** Whether the element is entirely on screen (works with JavaScript disabled in the page). */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox()
  const viewport = page.viewportSize()
  return !!box && !!viewport && box.y >= 0 && box.y + box.height <= viewport.height
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

describe('cached pages are cacheable by anyone', () => {
  it.each(seedLanguages)(
    '%s: home, topic index, topic and article set no cookie and are served from the cache',
    async (locale) => {
      const pages = [
        `/${locale}`,
        `/${locale}/${segments[locale].topics}`,
        `/${locale}/${segments[locale].topics}/${topic.slug[locale]}`,
        articlePath(locale),
      ]
      for (const path of pages) {
        await get(path)
        const second = await get(path)
        expect(second.status, path).toBe(200)
        expect(second.headers.get('set-cookie'), path).toBeNull()
        expect(second.headers.get('x-nextjs-cache'), path).toBe('HIT')
        expect(second.headers.get('vary') ?? '', path).not.toMatch(/cookie|accept-language/i)
      }
    },
  )

  it('the language switcher remembers the chosen language for /', async () => {
    const page = await browser.newPage({ extraHTTPHeaders: { 'accept-language': 'de-DE' } })
    await page.goto(`${baseURL}${articlePath('it')}`)
    expect((await page.context().cookies()).some((cookie) => cookie.name === 'NEXT_LOCALE')).toBe(false)
    await page.locator('.language-switcher a[hreflang="en"]').click()
    await page.waitForURL(`${baseURL}${articlePath('en')}`)
    expect((await page.context().cookies()).find((cookie) => cookie.name === 'NEXT_LOCALE')?.value).toBe('en')
    await page.goto(`${baseURL}/`)
    expect(new URL(page.url()).pathname).toBe('/en')
    await page.close()
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
    const scripts = await pageScripts(html)
    const hinted = scripts.filter((source) => source.startsWith(`${compileHint}\n`))
    // React's client (the biggest start-up cost) is among the hinted files; the citation form's chunk is not.
    expect(hinted.some((source) => source.includes('hydrateRoot'))).toBe(true)
    expect(hinted.length).toBeLessThan(scripts.length)
    expect(scripts.find((source) => source.includes('honeypot'))?.startsWith(compileHint)).toBe(false)
  })

  it.each([
    ['article', articlePath('it')],
    ['home', '/it'],
    ['topic index', `/it/${segments.it.topics}`],
  ])('the %s carries the 404 page of its own language only, and no message formatter in its JavaScript', async (_, path) => {
    const { html } = await get(path)
    // Every page holds its not-found boundary in the RSC payload: one language's, not a copy per language.
    expect(html).toContain('Pagina non trovata')
    expect(html).not.toContain('Page introuvable')
    expect(html).not.toContain('Page not found')
    const scripts = await pageScripts(html)
    expect(scripts.length).toBeGreaterThan(0)
    // next-intl's client provider brings the ICU formatter; the site's client code takes its strings as props.
    for (const source of scripts) expect(source).not.toContain('IntlMessageFormat')
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

describe('inline citation markers', () => {
  /** Whether the element's box lies inside the window (what a reader sees after the jump). */
  const inView = (page: Page, selector: string) =>
    page.locator(selector).evaluate((element) => {
      const box = element.getBoundingClientRect()
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight
    })
  /** The jump may scroll smoothly: wait until the target has arrived in the window. */
  const scrolledTo = (page: Page, selector: string) =>
    page.waitForFunction(
      (target) => {
        const box = document.querySelector(target)?.getBoundingClientRect()
        return box !== undefined && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight
      },
      selector,
      { timeout: 5_000 },
    )

  it.each(['it', 'en'] as const)(
    '%s: a marker jumps to its source entry, and the entry links back to the text',
    async (locale) => {
      const page = await browser.newPage({ viewport: { width: 390, height: 740 } })
      await page.goto(`${baseURL}${articlePath(locale)}`)
      const marker = page.locator('.prose sup.cite a[href="#source-2"]').first()
      expect(await marker.textContent()).toBe('[2]')
      expect(await marker.getAttribute('aria-label')).toBe(locale === 'it' ? 'Fonte 2' : 'Source 2')
      expect(await inView(page, '#source-2')).toBe(false)

      await marker.click()
      await page.waitForURL(`${baseURL}${articlePath(locale)}#source-2`)
      await scrolledTo(page, '#source-2')
      expect(await page.locator('#source-2').textContent()).toContain('Conformer')

      // Told apart from the text by more than its colour (Lighthouse's "links rely on color").
      const backLink = page.locator('#source-2 a.cite-back')
      expect(await backLink.evaluate((link) => getComputedStyle(link).textDecorationLine)).toBe('underline')
      await backLink.click()
      await page.waitForURL(`${baseURL}${articlePath(locale)}#cite-2`)
      await scrolledTo(page, '#cite-2')
      expect(await inView(page, '#source-2')).toBe(false)
      await page.close()
    },
  )
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
    await api('PATCH', `/articles/${id}?locale=fr&draft=true`, {
      title: 'Pas encore public',
      slug: slugs.fr,
      body: body('Texte.'),
    })
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

  const notFoundTitles: Record<string, string> = { it: 'Pagina non trovata', fr: 'Page introuvable', en: 'Page not found' }

  it.each([
    ['/fr/articles/inconnu', 'fr'],
    ['/en/no-such-page', 'en'],
    // An unknown language: the visitor lands on a 404 in one of ours (the browser's, else Italian).
    ['/de', null],
  ])('%s: the 404 keeps the header, the language switcher and the footer, with a localized title', async (path, expected) => {
    const page = await browser.newPage()
    const response = await page.goto(`${baseURL}${path}`)
    expect(response?.status()).toBe(404)
    await page.locator('h1').waitFor()
    const lang = (await page.getAttribute('html', 'lang')) ?? ''
    if (expected) expect(lang).toBe(expected)
    expect(await page.locator('h1').textContent()).toBe(notFoundTitles[lang])
    // The tab and search results name the page too: one <title>, in the page's language.
    expect(await page.locator('head title').count()).toBe(1)
    expect(await page.title()).toMatch(new RegExp(`^${notFoundTitles[lang]} · `))
    const robots = await page
      .locator('head meta[name="robots"]')
      .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')))
    expect(robots.length).toBeGreaterThan(0)
    for (const content of robots) expect(content).toContain('noindex')
    expect(await page.locator('header.site-header .brand').count()).toBe(1)
    expect(await page.locator('header.site-header input[type="search"]').count()).toBe(1)
    // The switcher offers the home page of the other languages.
    const others = await page.locator('.language-switcher a').evaluateAll((links) => links.map((a) => a.getAttribute('hreflang')))
    expect(others.sort()).toEqual(seedLanguages.filter((locale) => locale !== lang).sort())
    expect(await page.locator('footer.site-footer .footer-topics li').count()).toBeGreaterThanOrEqual(seedTopics.length)
    await page.close()
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
    expect(await page.locator('main a[href="/fr/sujets"]').count()).toBe(1)
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
    // The feed holds the latest articles: the newest demo article is in it.
    const newest = [...seedArticles].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0]
    expect(xml).toContain(`<link>${baseURL}${articlePath(locale, newest?.content[locale].slug)}</link>`)
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
    // The answer opens at the form, its confirmation on screen, not at the top of the page
    // (the browser scrolls there smoothly: give it a moment).
    expect(new URL(page.url()).hash).toBe('#cite')
    let visible = false
    for (let attempt = 0; attempt < 20 && !visible; attempt += 1) {
      visible = await inViewport(page, '.form-status--success')
      if (!visible) await page.waitForTimeout(150)
    }
    expect(visible).toBe(true)
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
    await page.fill('#header-search', word)
    await Promise.all([page.waitForURL(/\/en\/search\?q=/), page.press('#header-search', 'Enter')])
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

describe('design: a publication on a phone and on a desktop', () => {
  const withArticles = new Set(seedArticles.map((candidate) => candidate.topic))
  const emptyTopic = seedTopics.find((candidate) => !withArticles.has(candidate.key))
  if (!emptyTopic) throw new Error('demo content changed: every topic has articles')

  async function phone() {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
    })
    return { context, page: await context.newPage() }
  }

  it.each(seedLanguages)(
    '%s home at 390 px: the header takes at most 120 px, one search box, its placeholder fits',
    async (locale) => {
      const { context, page } = await phone()
      await page.goto(`${baseURL}/${locale}`)
      const main = await page.locator('main#main').boundingBox()
      expect(main?.y).toBeLessThanOrEqual(120)
      expect(await page.locator('input[type="search"]').count()).toBe(1)
      // The placeholder's text width fits the box's content width.
      const fit = await page.locator('#header-search').evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input)
        const context2d = document.createElement('canvas').getContext('2d')
        if (!context2d) return null
        context2d.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
        return { text: context2d.measureText(input.placeholder).width, room }
      })
      expect(fit).not.toBeNull()
      expect(fit?.text ?? Infinity).toBeLessThanOrEqual(fit?.room ?? 0)
      // Content, not chrome: the H1 (the tagline) is on the first screen, and so is an article link.
      const h1 = await page.locator('main h1').boundingBox()
      expect((h1?.y ?? Infinity) + (h1?.height ?? 0)).toBeLessThan(844)
      const firstStory = await page.locator('main .article-list .card-title a').first().boundingBox()
      expect(firstStory?.y ?? Infinity).toBeLessThan(844)
      // No horizontal scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
      await context.close()
    },
  )

  it('the article header at 390 px stays within 120 px too', async () => {
    const { context, page } = await phone()
    await page.goto(`${baseURL}${articlePath('it')}`)
    expect((await page.locator('main#main').boundingBox())?.y).toBeLessThanOrEqual(120)
    expect(await page.locator('input[type="search"]').count()).toBe(1)
    await context.close()
  })

  it.each(seedLanguages)(
    '%s home: the H1 is the site settings’ tagline and the page leads with articles per topic',
    async (locale) => {
      const home = await get(`/${locale}`)
      const h1 = /<h1[^>]*>([^<]+)<\/h1>/.exec(home.html)?.[1]
      expect(h1?.replace(/&#x27;/g, "'")).toBe(seedSiteSettings.tagline[locale])
      expect(home.html).toMatch(/class="topic-section"/)
      expect(home.html).not.toContain('id="home-search"')
    },
  )

  it('the footer’s topic index is a list of links, with no separator characters', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseURL}/en`)
    const items = page.locator('footer .footer-topics > li')
    expect(await items.count()).toBe(seedTopics.length)
    expect(await page.locator('footer .footer-topics > li > a').count()).toBe(seedTopics.length)
    const separators = await items.evaluateAll(
      (lis) =>
        lis.filter(
          (li) => /[|]/.test(li.textContent ?? '') || !['none', 'normal', ''].includes(getComputedStyle(li, '::after').content),
        ).length,
    )
    expect(separators).toBe(0)
    const names = await page.locator('footer .footer-topics a').allTextContents()
    for (const product of ['WordPress', 'VMware', 'IPv6', 'Zimbra', 'E-mail']) expect(names).toContain(product)
    await page.close()
  })

  it('the topic index lists the topics with articles first, with counts, then the others compactly', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseURL}/it/${segments.it.topics}`)
    const counted = await page.locator('.topic-grid li').count()
    const compact = await page.locator('.topics-compact li').count()
    // The demo topics with articles, and any topic given one by the tests above.
    expect(counted).toBeGreaterThanOrEqual(withArticles.size)
    // Every topic once (the tests above may have added one).
    expect(counted + compact).toBeGreaterThanOrEqual(seedTopics.length)
    const counts = await page.locator('.topic-grid .topic-count').allTextContents()
    const numbers = counts.map((text) => Number(/\d+/.exec(text)?.[0]))
    expect(numbers.every((n) => n > 0)).toBe(true)
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a))
    expect(await page.locator('.topics-compact a', { hasText: emptyTopic.name.it }).count()).toBe(1)
    await page.close()
  })

  it('a topic page without a public article answers noindex and is not in the sitemap; one with articles is indexed', async () => {
    const empty = await get(`/it/${segments.it.topics}/${emptyTopic.slug.it}`)
    expect(empty.status).toBe(200)
    expect(empty.html).toMatch(/<meta name="robots" content="noindex, follow"/)
    const full = await get(`/it/${segments.it.topics}/${topic.slug.it}`)
    expect(full.html).not.toMatch(/<meta name="robots"/)
    const sitemap = await (await fetch(`${baseURL}/sitemap.xml`)).text()
    expect(sitemap).not.toContain(`/it/${segments.it.topics}/${emptyTopic.slug.it}<`)
    expect(sitemap).toContain(`/it/${segments.it.topics}/${topic.slug.it}<`)
  })
})
