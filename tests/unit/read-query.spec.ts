import { describe, expect, it } from 'vitest'

import { queryPathProblem, sortPaths, wherePaths, type QueryPathRules } from '@/access/queryPaths'
import { locales } from '@/i18n/locales'
import { parseRequestLocale } from '@/i18n/requestLocale'

describe('parseRequestLocale', () => {
  it.each([
    [undefined, 'it'],
    [null, 'it'],
    ['', 'it'],
    ['  ', 'it'],
    ['it', 'it'],
    ['fr', 'fr'],
    ['en', 'en'],
    ['FR', 'fr'],
    [' en ', 'en'],
    ['fr-FR', 'fr'],
    ['fr_CA', 'fr'],
    ['en-Latn-GB', 'en'],
    ['all', 'all'],
    ['ALL', 'all'],
    ['*', 'all'],
  ] as const)('%j reads %s', (raw, locale) => {
    expect(parseRequestLocale(raw)).toEqual({ ok: true, locale })
  })

  it.each(['xx', 'xx-FR', 'de', 'fra', 'fr-', 'fr--FR', 'it,fr', 'null', 'none', 'false', '**'])('%j is refused', (raw) => {
    const parsed = parseRequestLocale(raw)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? '' : parsed.message).toContain('Unknown locale')
  })

  it('refuses a value that is not one string (a list, a number)', () => {
    for (const raw of [['fr'], 3, { fr: true }]) expect(parseRequestLocale(raw).ok).toBe(false)
  })

  it('quotes a long unknown value only in part', () => {
    const parsed = parseRequestLocale('x'.repeat(500))
    expect(parsed.ok ? '' : parsed.message).toHaveLength(
      `Unknown locale "${'x'.repeat(40)}": use ${locales.join(', ')} or all.`.length,
    )
  })
})

describe('wherePaths and sortPaths', () => {
  it('collect every field of a where, through and/or in any case', () => {
    expect(
      wherePaths({
        title: { like: 'x' },
        and: [{ 'slug.fr': { equals: 'y' } }, { OR: [{ searchText: { contains: 'z' } }, { id: { equals: 1 } }] }],
      }),
    ).toEqual(['title', 'slug.fr', 'searchText', 'id'])
    expect(wherePaths(undefined)).toEqual([])
    expect(wherePaths('title')).toEqual([])
  })

  it('read a sort as Payload does: comma lists, arrays, descending signs', () => {
    expect(sortPaths('-title.fr,id')).toEqual(['title.fr', 'id'])
    expect(sortPaths(['summary', '-searchText', ''])).toEqual(['summary', 'searchText'])
    expect(sortPaths(undefined)).toEqual([])
  })
})

describe('queryPathProblem', () => {
  const rules = (overrides: Partial<QueryPathRules> = {}): QueryPathRules => ({
    localized: new Set(['title', 'slug', 'searchText']),
    unreadable: new Set(['searchText']),
    locale: 'fr',
    singleLanguage: true,
    ...overrides,
  })

  it('refuses a field the caller cannot read, for anyone', () => {
    expect(queryPathProblem('searchText', rules())).toContain('"searchText" cannot be used')
    expect(queryPathProblem('searchText', rules({ singleLanguage: false }))).toContain('"searchText" cannot be used')
  })

  it('refuses a localized path that names a language, for a single-language caller only', () => {
    expect(queryPathProblem('title.fr', rules())).toContain('names a language')
    expect(queryPathProblem('title.it', rules({ locale: 'it' }))).toContain('names a language')
    expect(queryPathProblem('title.fr', rules({ singleLanguage: false }))).toBeNull()
  })

  it('refuses localized fields with locale=all, for a single-language caller only', () => {
    expect(queryPathProblem('slug', rules({ locale: 'all' }))).toContain('locale=all')
    expect(queryPathProblem('slug', rules({ locale: 'all', singleLanguage: false }))).toBeNull()
  })

  it('lets through the requested language and fields shared by every language', () => {
    expect(queryPathProblem('title', rules())).toBeNull()
    for (const path of ['id', 'publishedAt', 'topic', 'topic.name.fr', 'publicLocales']) {
      expect(queryPathProblem(path, rules({ locale: 'all' }))).toBeNull()
    }
  })
})
