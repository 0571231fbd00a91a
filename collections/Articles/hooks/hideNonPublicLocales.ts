import type { CollectionAfterReadHook } from 'payload'

import { isLocale, locales } from '@/i18n/locales'
import type { Article } from '@/payload-types'

const localizedFields = ['title', 'slug', 'body', 'summary', 'seoTitle', 'seoDescription'] as const

function isLocaleMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.keys(value).some((key) => isLocale(key))
}

/**
 * For anonymous `locale=all` reads, drops the text of every locale that is not
 * public (single-locale reads are already filtered by the read access rule).
 */
export const hideNonPublicLocales: CollectionAfterReadHook<Article> = ({ doc, req, overrideAccess }) => {
  if (overrideAccess || req.user || req.locale !== 'all') return doc
  const visible = new Set<string>(doc.publicLocales ?? [])
  for (const field of localizedFields) {
    const value: unknown = doc[field]
    if (!isLocaleMap(value)) continue
    for (const locale of locales) if (!visible.has(locale)) delete value[locale]
  }
  return doc
}
