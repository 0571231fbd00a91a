import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { pathnames } from '@/i18n/routing'
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
