import type { PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import { slugChanges, slugMap, type RedirectCollection, type SlugMap } from '../rules'
import { recordSlugChanges, releaseLiveSlugs } from './store'

type DocId = number | string

/**
 * After a document's public slugs were written: each old one that changed
 * leads to the document from now on, and every live one stops redirecting.
 * `before`/`after` are the slug field as stored (a map by locale).
 */
export async function followSlugChanges(
  req: PayloadRequest,
  collection: RedirectCollection,
  id: DocId,
  state: { before: unknown; after: unknown; publicBefore: readonly Locale[]; publicAfter: readonly Locale[] },
): Promise<void> {
  const before = slugMap(state.before)
  const after = slugMap(state.after)
  const live: SlugMap = {}
  for (const locale of state.publicAfter) if (after[locale]) live[locale] = after[locale]
  await releaseLiveSlugs(req, collection, live)
  await recordSlugChanges(req, collection, id, slugChanges(before, live, state.publicBefore))
}
