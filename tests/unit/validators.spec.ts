import { describe, expect, it } from 'vitest'

import { isHttpUrl, isValidDoi } from '@/lib/validators'

describe('isValidDoi', () => {
  it('accepts bare modern DOIs, case-insensitively', () => {
    expect(isValidDoi('10.1000/xyz123')).toBe(true)
    expect(isValidDoi('10.48550/arXiv.1706.03762')).toBe(true)
    expect(isValidDoi('10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0')).toBe(false)
    expect(isValidDoi('10.1093/MIND/LIX.236.433')).toBe(true)
    expect(isValidDoi('10.1016/S0004-3702(98)00023-X')).toBe(true)
  })

  it('rejects prefixes, short registrants, spaces and non-strings', () => {
    expect(isValidDoi('https://doi.org/10.1000/xyz123')).toBe(false)
    expect(isValidDoi('doi:10.1000/xyz123')).toBe(false)
    expect(isValidDoi('10.100/xyz')).toBe(false)
    expect(isValidDoi('10.1000/')).toBe(false)
    expect(isValidDoi('10.1000/xyz 123')).toBe(false)
    expect(isValidDoi(' 10.1000/xyz123')).toBe(false)
    expect(isValidDoi('')).toBe(false)
    expect(isValidDoi(null)).toBe(false)
    expect(isValidDoi(10.1)).toBe(false)
  })
})

describe('isHttpUrl', () => {
  it('accepts absolute http and https URLs', () => {
    expect(isHttpUrl('https://example.org')).toBe(true)
    expect(isHttpUrl('http://example.org/path?q=1#frag')).toBe(true)
    expect(isHttpUrl('https://it.wikipedia.org/wiki/Intelligenza_artificiale')).toBe(true)
  })

  it('rejects other schemes, relative URLs, whitespace and non-strings', () => {
    expect(isHttpUrl('javascript:alert(1)')).toBe(false)
    expect(isHttpUrl('data:text/html,<b>x</b>')).toBe(false)
    expect(isHttpUrl('ftp://example.org')).toBe(false)
    expect(isHttpUrl('mailto:a@example.org')).toBe(false)
    expect(isHttpUrl('/relative/path')).toBe(false)
    expect(isHttpUrl('example.org')).toBe(false)
    expect(isHttpUrl(' https://example.org')).toBe(false)
    expect(isHttpUrl('')).toBe(false)
    expect(isHttpUrl(undefined)).toBe(false)
    expect(isHttpUrl(42)).toBe(false)
  })
})
