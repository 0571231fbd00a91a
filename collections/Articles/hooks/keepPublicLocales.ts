import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

/**
 * `publicLocales` is derived by the publication service (src/workflow/services/publication.ts),
 * which also keeps the latest version's copy true: a save carries it over and no client can set it.
 */
export const keepPublicLocales: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  data.publicLocales = originalDoc?.publicLocales ?? []
  return data
}
