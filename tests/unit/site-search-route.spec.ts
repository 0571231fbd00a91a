import { describe, expect, it, vi } from 'vitest'

import { queryTokens } from '@/site/search/search'
import {
  createCacheAdmission,
  decodeQuerySegment,
  encodeQuerySegment,
  localizedSearchLocale,
  isSearchResultsPath,
  MAX_CACHED_QUERY_BYTES,
  normalizeQuery,
  searchResultsPath,
  searchRewrite,
  searchRoute,
} from '@/site/searchRoute'

describe('cached search results route', () => {
  it('normalizes the query a visitor typed', () => {
    expect(normalizeQuery(['  sécurité   DNS ', 'ignored'])).toBe('sécurité DNS')
    expect(normalizeQuery(undefined)).toBe('')
    expect(normalizeQuery('x'.repeat(500))).toHaveLength(100)
  })

  it('carries every canonical query in one path segment and back', () => {
    for (const query of ['performance', 'securite dns', '100 ab x1', 'naive query', 'δικτυο 網絡']) {
      const segment = encodeQuerySegment(query)
      expect(segment).toMatch(/^[A-Za-z0-9_-]+$/)
      expect(decodeQuerySegment(segment)).toBe(query)
    }
    expect(searchResultsPath('fr', 'dns')).toBe(`/fr/search-results/${encodeQuerySegment('dns')}`)
  })

  it('has one segment per query: others are not results pages', () => {
    expect(decodeQuerySegment('not base64!')).toBe('')
    // Queries the proxy never produces: surrounding spaces, capitals, accents, punctuation.
    for (const query of ['  dns  ', 'DNS', 'sécurité', '100% a/b ?x=1#y'])
      expect(decodeQuerySegment(encodeQuerySegment(query)), query).toBe('')
    // Non-canonical trailing bits.
    const segment = encodeQuerySegment('ab')
    const sibling = segment.slice(0, -1) + (segment.endsWith('I') ? 'J' : 'I')
    expect(decodeQuerySegment(sibling)).toBe('')
  })

  it('recognizes each language’s public search page and the results route', () => {
    expect(localizedSearchLocale('/fr/recherche')).toBe('fr')
    expect(localizedSearchLocale('/it/cerca/')).toBe('it')
    expect(localizedSearchLocale('/en/search')).toBe('en')
    expect(localizedSearchLocale('/fr/search')).toBeNull()
    expect(localizedSearchLocale('/it/search')).toBeNull()
    expect(localizedSearchLocale('/de/search')).toBeNull()
    expect(isSearchResultsPath('/en/search-results/ZG5z')).toBe(true)
    expect(isSearchResultsPath('/en/search')).toBe(false)
  })
})

describe('bounded search cache', () => {
  const unbounded = () => createCacheAdmission(Number.POSITIVE_INFINITY)

  it('folds case, accents, punctuation, spacing and repeats into one canonical query', () => {
    const typings = ['Sécurité DNS', 'securite dns', '  SÉCURITÉ\t\tdns!', 'sécurité, DNS… sécurité', ['Securite DNS', 'ignored']]
    for (const raw of typings) expect(searchRoute(raw), String(raw)).toEqual({ kind: 'cached', query: 'securite dns' })
    // The canonical form is what the search looks for, so the shared page shows the right results.
    expect(queryTokens('securite dns')).toEqual(queryTokens('  SÉCURITÉ\t\tdns!'))
  })

  it('rewrites every typing of a query to the same results page', () => {
    const admission = unbounded()
    const targets = new Set(['Sécurité DNS', 'securite dns', 'SECURITE   dns?'].map((raw) => searchRewrite('fr', raw, admission)))
    expect([...targets]).toEqual([searchResultsPath('fr', 'securite dns')])
    expect(searchRewrite('it', 'Sécurité DNS', admission)).toBe(searchResultsPath('it', 'securite dns'))
  })

  it('leaves the form and queries with nothing to search on the search page', () => {
    expect(searchRoute(undefined)).toEqual({ kind: 'form' })
    expect(searchRoute('   ')).toEqual({ kind: 'form' })
    expect(searchRoute('a ! ?')).toEqual({ kind: 'uncached' })
    expect(searchRewrite('fr', 'a', unbounded())).toBeNull()
  })

  it('caches at most 8 distinct words and 100 characters; longer queries are answered uncached', () => {
    const eight = 'un deux trois quatre cinq six sept huit'
    expect(searchRoute(eight)).toEqual({ kind: 'cached', query: eight })
    expect(searchRoute(`${eight} neuf`)).toEqual({ kind: 'uncached' })
    // Repeats do not count.
    expect(searchRoute(`${eight} un deux`)).toEqual({ kind: 'cached', query: eight })
    expect(searchRoute('x'.repeat(100))).toEqual({ kind: 'cached', query: 'x'.repeat(100) })
    expect(searchRoute('x'.repeat(101))).toEqual({ kind: 'uncached' })
    expect(searchRewrite('fr', `${eight} neuf`, unbounded())).toBeNull()
  })

  it('keeps every cached segment a valid file name', () => {
    // 60 characters of a 3-byte script: within 100 characters, but 180 bytes.
    expect(searchRoute('網'.repeat(60))).toEqual({ kind: 'uncached' })
    const widest = '網'.repeat(MAX_CACHED_QUERY_BYTES / 3)
    expect(searchRoute(widest)).toEqual({ kind: 'cached', query: widest })
    // Next stores `<segment>.segments/…`, `.html`, `.rsc`, `.meta`: file names stop at 255 bytes.
    expect(`${encodeQuerySegment(widest)}.segments`.length).toBeLessThanOrEqual(255)
  })

  it('caches only the first N distinct queries of the process, and keeps those', () => {
    const onFull = vi.fn()
    const admission = createCacheAdmission(2, onFull)
    expect(searchRewrite('fr', 'dns', admission)).not.toBeNull()
    expect(searchRewrite('fr', 'smtp', admission)).not.toBeNull()
    expect(searchRewrite('fr', 'DNS!', admission)).toBe(searchResultsPath('fr', 'dns'))
    expect(searchRewrite('fr', 'convolution', admission)).toBeNull()
    expect(searchRewrite('en', 'dns', admission)).toBeNull()
    expect(searchRewrite('fr', 'smtp', admission)).toBe(searchResultsPath('fr', 'smtp'))
    expect(onFull).toHaveBeenCalledTimes(1)
  })
})
