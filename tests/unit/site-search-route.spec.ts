import { describe, expect, it } from 'vitest'

import {
  decodeQuerySegment,
  encodeQuerySegment,
  isInternalSearchPath,
  isSearchResultsPath,
  normalizeQuery,
  searchResultsPath,
} from '../../src/site/searchRoute'

describe('cached search results route', () => {
  it('normalizes the query a visitor typed', () => {
    expect(normalizeQuery(['  sécurité   DNS ', 'ignored'])).toBe('sécurité DNS')
    expect(normalizeQuery(undefined)).toBe('')
    expect(normalizeQuery('x'.repeat(500))).toHaveLength(100)
  })

  it('carries every query in one path segment and back', () => {
    for (const query of ['performance', 'sécurité DNS', '100% a/b ?x=1#y', 'naïve 🦖 query']) {
      const segment = encodeQuerySegment(query)
      expect(segment).toMatch(/^[A-Za-z0-9_-]+$/)
      expect(decodeQuerySegment(segment)).toBe(query)
    }
    expect(searchResultsPath('fr', 'dns')).toBe(`/fr/search-results/${encodeQuerySegment('dns')}`)
  })

  it('has one segment per query: others are not results pages', () => {
    expect(decodeQuerySegment('not base64!')).toBe('')
    // Decodes to a query with surrounding spaces, which the proxy never produces.
    expect(decodeQuerySegment(encodeQuerySegment('  dns  '))).toBe('')
    // Non-canonical trailing bits.
    const segment = encodeQuerySegment('ab')
    const sibling = segment.slice(0, -1) + (segment.endsWith('I') ? 'J' : 'I')
    expect(decodeQuerySegment(sibling)).toBe('')
  })

  it('recognizes the internal search route and the results route', () => {
    expect(isInternalSearchPath('/fr/search')).toBe('fr')
    expect(isInternalSearchPath('/de/search')).toBeNull()
    expect(isInternalSearchPath('/fr/recherche')).toBeNull()
    expect(isSearchResultsPath('/en/search-results/ZG5z')).toBe(true)
    expect(isSearchResultsPath('/en/search')).toBe(false)
  })
})
