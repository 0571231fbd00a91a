import {
  getRedirectUrl,
  getRewrittenUrl,
  isRewrite,
  unstable_doesMiddlewareMatch,
  unstable_getResponseFromNextConfig,
} from 'next/experimental/testing/server'
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { GET as segmentRedirect } from '../../app/segment-redirect/[...path]/route'
import nextConfig from '../../next.config'
import proxy, { config as proxyConfig } from '../../proxy'
import { locales } from '@/i18n/locales'
import { localizedPathRules, mergePathRules, SEGMENT_REDIRECT_ROUTE } from '@/i18n/pathRules'
import { pathnames } from '@/i18n/routing'
import { LANGUAGE_SWITCH_PARAM, languageSwitchHref } from '@/site/languageSwitch'
import { searchResultsPath } from '@/site/searchRoute'
import { parseAcceptLanguage, preferredLocale } from '@/site/localeNegotiation'
import { feedPath, internalPath, localizedPath } from '@/site/paths'

describe('localized paths', () => {
  it('uses each locale’s own segments', () => {
    expect(localizedPath('it', '/articles/[slug]', { slug: 'cos-e-il-dns' })).toBe('/it/articoli/cos-e-il-dns')
    expect(localizedPath('fr', '/topics/[slug]', { slug: 'dns' })).toBe('/fr/sujets/dns')
    expect(localizedPath('en', '/legal-notice')).toBe('/en/legal-notice')
    expect(localizedPath('it', '/search')).toBe('/it/cerca')
    expect(localizedPath('fr', '/search')).toBe('/fr/recherche')
    expect(localizedPath('it', '/topics/[slug]/page/[page]', { slug: 'llm', page: 2 })).toBe('/it/argomenti/llm/pagina/2')
    expect(localizedPath('en', '/')).toBe('/en')
  })

  it('internal paths follow the route folders (what revalidatePath needs)', () => {
    expect(internalPath('it', '/articles/[slug]', { slug: 'x' })).toBe('/it/articles/x')
    expect(internalPath('fr', '/topics')).toBe('/fr/topics')
    expect(internalPath('it', '/')).toBe('/it')
    expect(feedPath('fr')).toBe('/fr/feed.xml')
  })

  it('encodes parameters and refuses missing ones', () => {
    expect(localizedPath('en', '/articles/[slug]', { slug: 'a b' })).toBe('/en/articles/a%20b')
    expect(() => localizedPath('en', '/articles/[slug]')).toThrow(/slug/)
  })

  it('gives every locale a distinct segment for every localized route', () => {
    for (const config of Object.values(pathnames)) {
      if (typeof config === 'string') continue
      expect(Object.keys(config).sort()).toEqual([...locales].sort())
    }
  })
})

describe('language of /', () => {
  it('orders Accept-Language by quality, ties in header order', () => {
    expect(parseAcceptLanguage('en;q=0.5, fr-CH, fr;q=0.9, *;q=0.1')).toEqual(['fr-ch', 'fr', 'en', '*'])
    expect(parseAcceptLanguage('de;q=0, it')).toEqual(['it'])
    expect(parseAcceptLanguage(null)).toEqual([])
  })

  it('prefers Accept-Language, then the cookie, then Italian', () => {
    expect(preferredLocale({ acceptLanguage: 'fr-FR,fr;q=0.9,en;q=0.8', cookieLocale: 'en' })).toBe('fr')
    expect(preferredLocale({ acceptLanguage: 'de-DE, es;q=0.8, en-US;q=0.5' })).toBe('en')
    expect(preferredLocale({ acceptLanguage: 'de-DE', cookieLocale: 'fr' })).toBe('fr')
    expect(preferredLocale({ acceptLanguage: 'de-DE', cookieLocale: 'xx' })).toBe('it')
    expect(preferredLocale({})).toBe('it')
  })
})

describe('which requests reach the proxy (its matcher)', () => {
  const reaches = (url: string) => unstable_doesMiddlewareMatch({ config: proxyConfig, url, nextConfig })

  it('pages under a locale do not: no middleware, no cookie on cached pages', () => {
    for (const path of [
      '/it',
      '/fr/articles/x',
      '/it/articoli/cos-e-il-dns',
      '/en/topics/dns/page/2',
      '/fr/sujets',
      '/it/cerca',
      '/de',
      '/fr/recherche?page=2',
    ]) {
      expect(reaches(path), path).toBe(false)
    }
  })

  it('the root, paths without a locale, searches, the results route, a language switch and escapes do', () => {
    for (const path of [
      '/',
      '/argomenti',
      '/articoli/x',
      '/fr/recherche?q=dns',
      '/it/search-results/ZG5z',
      `/fr/articles/x?${LANGUAGE_SWITCH_PARAM}=1`,
      '/it/articoli/%zz',
      '/it/%ZZ/x',
      '/%',
    ]) {
      expect(reaches(path), path).toBe(true)
    }
  })

  it('not the admin, the APIs, Next’s files or files with an extension', () => {
    for (const path of [
      '/admin',
      '/admin/collections/articles',
      '/api/articles',
      '/_next/static/chunks/a.js',
      '/sitemap.xml',
      '/robots.txt',
      '/it/feed.xml',
    ]) {
      expect(reaches(path), path).toBe(false)
    }
  })
})

describe('what the proxy answers', () => {
  it('a language switch remembers the language and redirects to the clean URL, privately', () => {
    const response = proxy(new NextRequest(`http://localhost:3000/fr/articles/x?${LANGUAGE_SWITCH_PARAM}`))
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('http://localhost:3000/fr/articles/x')
    expect(response.headers.get('set-cookie')).toMatch(/^NEXT_LOCALE=fr; Path=\/; .*SameSite=lax/i)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
  })

  it('a page under a locale passes through without a cookie', () => {
    const response = proxy(new NextRequest('http://localhost:3000/it/articoli/x'))
    expect(response.headers.get('x-middleware-next')).toBe('1')
    expect(response.headers.get('set-cookie')).toBeNull()
  })

  it('a search with a query goes to its cached results page; without one it stays on the search page', () => {
    const rewritten = proxy(new NextRequest('http://localhost:3000/fr/recherche?q=S%C3%A9curit%C3%A9+DNS'))
    expect(rewritten.headers.get('x-middleware-rewrite')).toBe(`http://localhost:3000${searchResultsPath('fr', 'securite dns')}`)
    expect(proxy(new NextRequest('http://localhost:3000/fr/recherche?q=')).headers.get('x-middleware-next')).toBe('1')
    expect(proxy(new NextRequest('http://localhost:3000/fr/articles?q=dns')).headers.get('x-middleware-next')).toBe('1')
  })

  it('a path without a locale is next-intl’s: a redirect into a locale', () => {
    const response = proxy(new NextRequest('http://localhost:3000/argomenti', { headers: { 'accept-language': 'it' } }))
    expect(response.status).toBe(307)
    expect(new URL(response.headers.get('location') ?? '').pathname).toBe('/it/argomenti')
  })

  it('the switcher’s links carry the parameter', () => {
    expect(languageSwitchHref('/fr/articles/x')).toBe(`/fr/articles/x?${LANGUAGE_SWITCH_PARAM}=1`)
    expect(languageSwitchHref('/fr/recherche?q=dns')).toBe(`/fr/recherche?q=dns&${LANGUAGE_SWITCH_PARAM}=1`)
  })
})

describe('localized segments as static rules (next.config.ts)', () => {
  const answer = (path: string) => unstable_getResponseFromNextConfig({ url: `http://localhost:3000${path}`, nextConfig })

  it.each([
    // Each language's segments are served from the route folders…
    ['/it/articoli/cos-e-il-dns', '/it/articles/cos-e-il-dns'],
    ['/it/argomenti/llm/pagina/2', '/it/topics/llm/page/2'],
    ['/fr/sujets/dns', '/fr/topics/dns'],
    ['/fr/mentions-legales', '/fr/legal-notice'],
    ['/it/cerca', '/it/search'],
    // …another language's (or the internal ones) go to the redirect route, with the query.
    ['/it/topics', `${SEGMENT_REDIRECT_ROUTE}/it/argomenti`],
    ['/it/sujets/dns', `${SEGMENT_REDIRECT_ROUTE}/it/argomenti/dns`],
    ['/fr/topics/dns/page/2', `${SEGMENT_REDIRECT_ROUTE}/fr/sujets/dns/page/2`],
    ['/en/articoli/x', `${SEGMENT_REDIRECT_ROUTE}/en/articles/x`],
    ['/it/search?q=dns', `${SEGMENT_REDIRECT_ROUTE}/it/cerca?q=dns`],
  ])('%s is rewritten to %s', async (path, target) => {
    expect(getRewrittenUrl(await answer(path))).toBe(`http://localhost:3000${target}`)
  })

  it('the redirect route answers a 307 to the path after it, on this site and under a locale only', async () => {
    const redirect = (path: string[], search = '') =>
      segmentRedirect(new NextRequest(`http://localhost:3000${SEGMENT_REDIRECT_ROUTE}/${path.join('/')}${search}`), {
        params: Promise.resolve({ path }),
      })
    const moved = await redirect(['it', 'cerca'], '?q=dns')
    expect(moved.status).toBe(307)
    expect(moved.headers.get('location')).toBe('/it/cerca?q=dns')
    expect((await redirect(['fr', 'articles', 'a b'])).headers.get('location')).toBe('/fr/articles/a%20b')
    expect((await redirect(['evil.example', 'x'])).status).toBe(404)
    expect((await redirect(['', 'evil.example'])).status).toBe(404)
  })

  it('leave a language’s own paths alone', async () => {
    for (const path of ['/fr/articles/x', '/en/topics/dns', '/en/search', '/it']) {
      const response = await answer(path)
      expect(getRedirectUrl(response), path).toBeNull()
      expect(isRewrite(response) ? getRewrittenUrl(response) : null, path).toBeNull()
    }
  })

  it('every other spelling of every route goes to the language’s own; mixed spellings are no route', async () => {
    const fill = (template: string) => template.replace('[slug]', 'dns').replace('[page]', '2')
    for (const locale of locales) {
      for (const value of Object.values(pathnames)) {
        if (typeof value === 'string') continue
        const own = fill(value[locale])
        for (const other of Object.values(value)) {
          const path = `/${locale}${fill(other)}`
          const response = await answer(path)
          const expected = other === value[locale] ? null : `http://localhost:3000${SEGMENT_REDIRECT_ROUTE}/${locale}${own}`
          expect(
            isRewrite(response) && getRewrittenUrl(response)?.startsWith(`http://localhost:3000${SEGMENT_REDIRECT_ROUTE}`)
              ? getRewrittenUrl(response)
              : null,
            path,
          ).toBe(expected)
        }
      }
    }
    for (const path of ['/fr/topics/dns/pagina/2', '/en/argomenti/dns/page/2', '/it/topics/dns/pagina/2']) {
      const response = await answer(path)
      expect(isRewrite(response) ? getRewrittenUrl(response) : null, path).toBeNull()
    }
  })

  it('rules differing in one word become one rule with a group, matching the same paths', () => {
    expect(
      mergePathRules([
        { source: '/it/topics', destination: '/it/argomenti' },
        { source: '/it/sujets', destination: '/it/argomenti' },
        { source: '/it/topics/:slug', destination: '/it/argomenti/:slug' },
        { source: '/it/sujets/:slug', destination: '/it/argomenti/:slug' },
        { source: '/fr/topics/:slug/page/:page', destination: '/fr/sujets/:slug/page/:page' },
        { source: '/fr/argomenti/:slug/pagina/:page', destination: '/fr/sujets/:slug/page/:page' },
        { source: '/it/search', destination: '/it/cerca' },
        { source: '/it/a.b', destination: '/it/cerca' },
      ]),
    ).toEqual([
      { source: '/it/(topics|sujets)', destination: '/it/argomenti' },
      { source: '/it/(topics|sujets)/:slug', destination: '/it/argomenti/:slug' },
      // Two words differ: one group each would also match the mixed spellings.
      { source: '/fr/topics/:slug/page/:page', destination: '/fr/sujets/:slug/page/:page' },
      { source: '/fr/argomenti/:slug/pagina/:page', destination: '/fr/sujets/:slug/page/:page' },
      // Only plain words go into a group (a dot would match any character there).
      { source: '/it/search', destination: '/it/cerca' },
      { source: '/it/a.b', destination: '/it/cerca' },
    ])
  })

  it('one rewrite per localized route and language; no redirect leaves a path its language uses', () => {
    const { rewrites, redirects } = localizedPathRules(pathnames)
    expect(new Set(rewrites.map((rule) => rule.source)).size).toBe(rewrites.length)
    expect(redirects.some((rule) => rewrites.some((rewrite) => rewrite.source === rule.source))).toBe(false)
  })
})
