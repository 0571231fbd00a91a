import { describe, expect, it } from 'vitest'

import { isSlug, slugify } from '@/lib/slugify'

describe('slugify', () => {
  it.each([
    ['Che cos’è il DNS?', 'che-cos-e-il-dns'],
    ["Qu'est-ce que le DNS ?", 'qu-est-ce-que-le-dns'],
    ['  Perché   Node.js è veloce?  ', 'perche-node-js-e-veloce'],
    ['Ça marche à 100 %', 'ca-marche-a-100'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected)
    expect(isSlug(expected)).toBe(true)
  })

  it('caps the length without a trailing hyphen', () => {
    const slug = slugify('parola '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug.endsWith('-')).toBe(false)
  })

  it('rejects malformed slugs', () => {
    expect(isSlug('Upper-Case')).toBe(false)
    expect(isSlug('double--hyphen')).toBe(false)
    expect(isSlug('-leading')).toBe(false)
  })
})
