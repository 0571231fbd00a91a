import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { isLookupSlug, redirectSlug, type RedirectCollection } from '@/redirects/rules'
import { redirectTarget } from '@/redirects/services/store'
import { sitePayload } from '@/site/payload'
import { articleSlugs } from './articles'
import { topicSlugs } from './topics'

/**
 * An old slug's current one, for the not-found path of article and topic
 * pages only (a page that exists never asks). The redirect itself is read
 * server-side (the collection is closed to visitors); the current slug is read
 * as a visitor, so an old URL never leads to a language that is not public.
 */
export const findMovedSlug = cache(
  async (collection: RedirectCollection, locale: Locale, slug: string): Promise<string | null> => {
    if (!isLookupSlug(slug)) return null
    const payload = await sitePayload()
    const id = await redirectTarget(payload, { collection, locale, from: slug })
    if (id === null) return null
    const current = collection === 'articles' ? await articleSlugs(id) : await topicSlugs(id)
    return redirectSlug(slug, current[locale])
  },
)
