import type { Where } from 'payload'

import type { Locale } from '../i18n/locales'
import { sitePayload } from './payload'

/**
 * Read paths of the public site. Every query runs as an anonymous caller
 * (`overrideAccess: false`, no user), so collection access rules decide what is public.
 */

const publicInLocale: Where = { and: [{ _status: { equals: 'published' } }, { title: { exists: true } }] }

export async function latestArticles(locale: Locale, limit = 10) {
  const payload = await sitePayload()
  const result = await payload.find({
    collection: 'articles',
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    where: publicInLocale,
    sort: '-publishedAt',
    limit,
    depth: 1,
    pagination: false,
    select: { title: true, slug: true, summary: true, topic: true, publishedAt: true },
  })
  return result.docs
}

export async function allTopics(locale: Locale) {
  const payload = await sitePayload()
  const result = await payload.find({
    collection: 'topics',
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    sort: 'order',
    limit: 0,
    pagination: false,
    select: { name: true, slug: true, order: true },
  })
  return result.docs
}

export async function siteSettings(locale: Locale) {
  const payload = await sitePayload()
  return payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: false, overrideAccess: false })
}
