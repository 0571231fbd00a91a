import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { isLookupSlug, redirectSlug, type RedirectCollection } from '@/redirects/rules'
import { redirectTarget } from '@/redirects/services/store'
import { sitePayload } from '@/site/payload'
import { publicSlugs } from './articles'
import { localeStrings } from './localized'

/**
 * An old slug's current one, for the not-found path of article and topic
 * pages only (a page that exists never asks). The redirect itself is read
 * server-side (the collection is closed to visitors); the current slug is read
 * as a visitor, so an old URL never leads to a language that is not public.
 */
async function currentSlug(collection: RedirectCollection, id: number | string, locale: Locale): Promise<string | undefined> {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection,
    locale: 'all',
    overrideAccess: false,
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: collection === 'articles' ? { slug: true, title: true, publicLocales: true } : { slug: true, name: true },
  })
  const doc = docs[0]
  if (!doc) return undefined
  if ('publicLocales' in doc) return publicSlugs(doc)[locale]
  return 'name' in doc && localeStrings(doc.name)[locale] ? localeStrings(doc.slug)[locale] : undefined
}

export const findMovedSlug = cache(
  async (collection: RedirectCollection, locale: Locale, slug: string): Promise<string | null> => {
    if (!isLookupSlug(slug)) return null
    const payload = await sitePayload()
    const id = await redirectTarget(payload, { collection, locale, from: slug })
    if (id === null) return null
    return redirectSlug(slug, await currentSlug(collection, id, locale))
  },
)
