import { describe, expect, it } from 'vitest'

import { Articles } from '../../collections/Articles'
import { CitationRequests } from '../../collections/CitationRequests'
import { Media } from '../../collections/Media'
import { Sources } from '../../collections/Sources'
import { Topics } from '../../collections/Topics'
import { Translations } from '../../collections/Translations'
import { usersCollection } from '../../collections/Users'
import { Legal } from '@/globals/Legal'
import { SiteSettings } from '@/globals/SiteSettings'
import { label, textPerLocale } from '@/i18n/labels'
import { defaultLocale, languageName, localeNames, locales } from '@/i18n/locales'
import { messages } from '@/i18n/messages'

const collections = [
  Articles,
  CitationRequests,
  Media,
  Sources,
  Topics,
  Translations,
  usersCollection({ secureCookie: false, trustedProxyHops: 0 }),
]
const globals = [Legal, SiteSettings]

type Found = { path: string; value: unknown }

/** Every label, plural/singular, option label, description and group in a config, with where it is. */
function labelsIn(node: unknown, path: string, found: Found[] = []): Found[] {
  if (Array.isArray(node)) {
    node.forEach((child, index) => labelsIn(child, `${path}[${index}]`, found))
    return found
  }
  if (typeof node !== 'object' || node === null) return found
  for (const [key, value] of Object.entries(node)) {
    const at = `${path}.${key}`
    if (key === 'label' || key === 'description' || key === 'group' || key === 'singular' || key === 'plural') {
      found.push({ path: at, value })
    } else if (key !== 'hooks' && key !== 'access' && key !== 'components' && typeof value === 'object') {
      labelsIn(value, at, found)
    }
  }
  return found
}

const all = [...collections.map((c) => labelsIn(c, c.slug)), ...globals.map((g) => labelsIn(g, g.slug))].flat()

describe('labels of the Payload config', () => {
  it('finds the labels it checks', () => {
    expect(all.length).toBeGreaterThan(80)
  })

  it('are never a per-language object literal, except groups built for every locale', () => {
    const objects = all.filter(({ value }) => typeof value === 'object' && value !== null)
    for (const { path, value } of objects) {
      expect(path, `${path} is an object label`).toMatch(/\.admin\.group$/)
      expect(Object.keys(value as object).sort(), path).toEqual([...locales].sort())
    }
  })

  it.each(locales)('resolve to a non-empty string in %s, from that language’s messages file', (locale) => {
    for (const { path, value } of all) {
      if (typeof value !== 'function') continue
      const text: unknown = value({ i18n: { language: locale }, t: () => '' })
      expect(typeof text === 'string' && text.trim().length > 0, `${path} in ${locale}`).toBe(true)
    }
  })

  it('follow the admin language, and fall back to the default locale for any other', () => {
    const plural = label('Labels.articles.plural')
    expect(plural({ i18n: { language: 'fr' } })).toBe(messages.fr.Labels.articles.plural)
    expect(plural({ i18n: { language: 'en' } })).toBe('Articles')
    expect(plural({ i18n: { language: 'xx' } })).toBe(messages[defaultLocale].Labels.articles.plural)
    expect(textPerLocale('Labels.groups.content')).toEqual(
      Object.fromEntries(locales.map((locale) => [locale, messages[locale].Labels.groups.content])),
    )
  })

  it('names languages from CLDR data, in the reader’s language and in their own', () => {
    expect(languageName('fr', 'it')).toBe('francese')
    expect(languageName('it', 'en')).toBe('Italian')
    expect(localeNames).toMatchObject({ it: 'Italiano', fr: 'Français', en: 'English' })
  })
})
