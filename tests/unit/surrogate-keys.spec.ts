import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { pathnames } from '@/i18n/routing'
import { localizedPath } from '@/site/paths'
import {
  apiKey,
  apiResponseKeys,
  pageKey,
  purgeKeys,
  responseKeys,
  searchKey,
  siteKey,
  sitemapKey,
  topicPagesKey,
} from '@/site/revalidation/surrogateKeys'
import {
  articleChange,
  legalChange,
  siteSettingsChange,
  sourceChange,
  topicChange,
  type ArticleSnapshot,
} from '@/site/revalidation/targets'

const keysOf = responseKeys(pathnames)

const article = (slugs: ArticleSnapshot['slugs'], publicLocales: ArticleSnapshot['publicLocales']): ArticleSnapshot => ({
  publicLocales,
  slugs,
  topicSlugs: { it: 'reti', fr: 'reseaux', en: 'networks' },
})

/** Whether a purge of these keys evicts a response filed under those. */
const evicts = (purged: string[], filed: string[]) => purged.some((key) => filed.includes(key))

describe('surrogate keys of a response', () => {
  it('name the internal path of every page, whatever the language spells it', () => {
    expect(keysOf('/it/articoli/cache-dns')).toEqual([siteKey, pageKey('/it/articles/cache-dns')])
    expect(keysOf('/fr/sujets/reseaux')).toEqual([siteKey, pageKey('/fr/topics/reseaux')])
    expect(keysOf('/en')).toEqual([siteKey, pageKey('/en')])
    expect(keysOf('/en/')).toEqual([siteKey, pageKey('/en')])
    expect(keysOf('/fr/feed.xml')).toEqual([siteKey, pageKey('/fr/feed.xml')])
    for (const locale of locales) {
      const numbered = keysOf(localizedPath(locale, '/topics/[slug]/page/[page]', { slug: 'css', page: 3 }))
      expect(numbered).toContain(topicPagesKey)
      expect(numbered).toContain(pageKey(`/${locale}/topics/css/page/3`))
      expect(keysOf(localizedPath(locale, '/search'))).toContain(searchKey)
      expect(keysOf(localizedPath(locale, '/legal-notice'))).toEqual([siteKey, pageKey(`/${locale}/legal-notice`)])
    }
  })

  it('file the sitemap under its own key, other public paths under the site, and name nothing outside the site', () => {
    expect(keysOf('/sitemap.xml')).toEqual([siteKey, sitemapKey])
    expect(keysOf('/sitemaps/articles-2.xml')).toEqual([siteKey, sitemapKey])
    expect(keysOf('/it/una/pagina/che/non/esiste')).toEqual([siteKey])
    // A spelling with escapes is filed under the page it serves, so the page's purge evicts it too.
    expect(keysOf('/it/articoli/%66oo')).toEqual([siteKey, pageKey('/it/articles/foo')])
    expect(keysOf('/it/articoli/%E0%A4')).toEqual([siteKey])
    expect(keysOf(`/it/articoli/${'a'.repeat(600)}`)).toEqual([siteKey])
    for (const path of [
      '/admin',
      '/admin/collections/articles',
      '/api/articles',
      '/preview',
      '/',
      '/de/artikel',
      '/_next/static/x.js',
    ]) {
      expect(keysOf(path), path).toEqual([])
    }
  })
})

const change = articleChange(
  article({ it: 'cache-dns', fr: 'cache-dns-fr' }, ['it']),
  article({ it: 'cache-dns', fr: 'cache-dns-fr' }, ['it', 'fr']),
)

describe('keys purged by a revalidation', () => {
  it('evict every page the revalidation names, in the spelling visitors use', () => {
    const purged = purgeKeys(change)
    expect(evicts(purged, keysOf('/it/articoli/cache-dns'))).toBe(true)
    expect(evicts(purged, keysOf('/fr/articles/cache-dns-fr'))).toBe(true)
    expect(evicts(purged, keysOf(localizedPath('fr', '/topics')))).toBe(true)
    expect(evicts(purged, keysOf(localizedPath('it', '/topics/[slug]', { slug: 'reti' })))).toBe(true)
    expect(evicts(purged, keysOf(localizedPath('en', '/topics/[slug]/page/[page]', { slug: 'css', page: 2 })))).toBe(true)
    expect(evicts(purged, keysOf(localizedPath('fr', '/search')))).toBe(true)
    expect(evicts(purged, keysOf('/sitemap.xml'))).toBe(true)
    expect(evicts(purged, keysOf('/it/feed.xml'))).toBe(true)
  })

  it('leave the pages it does not name', () => {
    const purged = purgeKeys(change)
    expect(purged).not.toContain(siteKey)
    expect(evicts(purged, keysOf('/it/articoli/un-altro-articolo'))).toBe(false)
    expect(evicts(purged, keysOf(localizedPath('it', '/legal-notice')))).toBe(false)
    // English was public in neither version: its pages stay.
    expect(evicts(purged, keysOf('/en'))).toBe(false)
    expect(evicts(purged, keysOf(localizedPath('en', '/topics/[slug]', { slug: 'networks' })))).toBe(false)
    expect(purgeKeys(sourceChange([article({ it: 'uno' }, ['it'])]))).toEqual([apiKey, pageKey('/it/articles/uno')])
    expect(purgeKeys(legalChange())).toEqual(
      [apiKey, ...locales.map((locale) => pageKey(`/${locale}/legal-notice`)), sitemapKey].sort(),
    )
  })

  it('purge the whole site for what every page shows, and for what the table does not know', () => {
    expect(purgeKeys(topicChange())).toEqual([siteKey])
    expect(purgeKeys(siteSettingsChange())).toEqual([siteKey])
    expect(purgeKeys({ paths: [], routes: [{ route: '/(site)/[locale]/new-route', type: 'page' }], tags: [] })).toEqual([siteKey])
    expect(purgeKeys({ paths: [], routes: [], tags: ['site:something-new'] })).toEqual([siteKey])
    expect(purgeKeys({ paths: [], routes: [], tags: [] })).toEqual([])
  })
})

describe('keys of an anonymous API answer', () => {
  it('name the pages of the documents it shows, so their purge evicts it too', () => {
    const keys = apiResponseKeys('articles', 'fr', [{ slug: 'cache-dns-fr' }, { slug: 'autre' }])
    expect(keys).toEqual([siteKey, apiKey, pageKey('/fr/articles/cache-dns-fr'), pageKey('/fr/articles/autre')])
    expect(evicts(purgeKeys(change), keys)).toBe(true)
    expect(apiResponseKeys('topics', 'it', [{ slug: 'reti' }])).toContain(pageKey('/it/topics/reti'))
    // `locale=all`: a slug per language.
    expect(apiResponseKeys('articles', 'all', [{ slug: { it: 'uno', en: 'one', xx: 'nope' } }])).toEqual([
      siteKey,
      apiKey,
      pageKey('/it/articles/uno'),
      pageKey('/en/articles/one'),
    ])
  })

  it('are evicted by any change, and name nothing a hostile slug could smuggle in', () => {
    expect(apiResponseKeys('sources', 'it', [{ slug: 'x' }])).toEqual([siteKey, apiKey])
    expect(apiResponseKeys('articles', 'it', [{ slug: 'a b,c' }, { slug: 42 }, null])).toEqual([siteKey, apiKey])
    expect(evicts(purgeKeys(sourceChange([article({ it: 'uno' }, ['it'])])), apiResponseKeys('sources', 'it', []))).toBe(true)
  })
})
