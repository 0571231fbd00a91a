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

  it('cuts a long slug between words, never inside one', () => {
    const title = 'Perché un resolver DNS ricorsivo conserva in cache anche le risposte negative e per quanto tempo le tiene'
    const slug = slugify(title)
    expect(slug.length).toBeLessThanOrEqual(96)
    // The full slug has 105 characters: it loses "-le-tiene", not "…-tem".
    expect(slug).toBe('perche-un-resolver-dns-ricorsivo-conserva-in-cache-anche-le-risposte-negative-e-per-quanto-tempo')
    // A boundary exactly at the limit keeps the whole last word.
    const exact = `${'a'.repeat(90)}-bcdef-ghi`
    expect(slugify(exact)).toBe(`${'a'.repeat(90)}-bcdef`)
    // One word longer than the limit: cut inside, there is no boundary to use.
    expect(slugify('x'.repeat(120))).toBe('x'.repeat(96))
  })

  it('rejects malformed slugs', () => {
    expect(isSlug('Upper-Case')).toBe(false)
    expect(isSlug('double--hyphen')).toBe(false)
    expect(isSlug('-leading')).toBe(false)
  })
})
