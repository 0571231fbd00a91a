import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { isLocale, locales } from '@/i18n/locales'
import { dropRedirectsTo } from './store'
import { followSlugChanges } from './follow'

/** A topic's slug as one write saw it: a map by locale, whether the write was in one locale or all. */
function asMap(value: unknown, locale: unknown): unknown {
  return typeof value === 'string' && isLocale(locale) ? { [locale]: value } : value
}

/** Topics have no drafts: a saved slug is live at once, and the one it replaced redirects to it. */
export const followTopicSlug: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  const before = operation === 'update' ? asMap(previousDoc?.slug, req.locale) : {}
  await followSlugChanges(req, 'topics', doc.id, {
    before,
    after: asMap(doc.slug, req.locale),
    publicBefore: locales,
    publicAfter: locales,
  })
  return doc
}

export const dropTopicRedirects: CollectionAfterDeleteHook = async ({ id, req }) => {
  await dropRedirectsTo(req, 'topics', id)
}
