import type { Access, Where } from 'payload'

import { isLocale } from '../../src/i18n/locales'

/**
 * Staff read everything (drafts included). Anonymous callers read published
 * articles, and for a single-locale request only those public in that locale,
 * so REST, GraphQL and the Local API never answer with a hidden translation.
 */
export const canReadArticles: Access = ({ req }) => {
  if (req.user) return true
  const published: Where = { _status: { equals: 'published' } }
  if (isLocale(req.locale)) return { and: [published, { publicLocales: { in: [req.locale] } }] }
  return published
}
