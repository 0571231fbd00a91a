import type { CollectionBeforeChangeHook } from 'payload'

import { isLocale } from '@/i18n/locales'
import { workflowRefusal } from '@/workflow/errors'
import { slugClaim, type RedirectCollection } from '../rules'
import { releaseLiveSlugs, redirectTarget } from './store'

/** The virtual checkbox an editor ticks to give a slug that still redirects to this document (src/fields/slugReuse.ts). */
export const reuseRedirectedSlugField = 'reuseRedirectedSlug'

/**
 * Before a save: a slug that is another document's old URL is refused (400, in
 * the caller's language) unless the editor ticked the reuse box; then the old
 * URL stops redirecting and will show this document once its slug is live.
 */
export function refuseRedirectedSlug(collection: RedirectCollection): CollectionBeforeChangeHook {
  return async ({ data, req, originalDoc }) => {
    const confirmed = data[reuseRedirectedSlugField] === true
    data[reuseRedirectedSlugField] = false
    const slug: unknown = data.slug
    const locale = req.locale
    if (typeof slug !== 'string' || slug === '' || !isLocale(locale)) return data
    const target = await redirectTarget(req.payload, { collection, locale, from: slug }, req)
    const docId: unknown = originalDoc?.id
    const claim = slugClaim({
      redirectTarget: target,
      docId: typeof docId === 'number' || typeof docId === 'string' ? docId : undefined,
      confirmed,
    })
    if (claim === 'refuse') throw workflowRefusal(req, { kind: 'slugRedirects', slug, locale }, 400)
    if (claim === 'takeOver') await releaseLiveSlugs(req, collection, { [locale]: slug })
    return data
  }
}
