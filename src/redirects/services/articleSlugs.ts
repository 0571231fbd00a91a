import type { CollectionAfterDeleteHook } from 'payload'

import { refuseRedirectedSlug } from './claimSlug'
import { dropRedirectsTo } from './store'

/** Articles: a slug goes live when its language is published (src/workflow/services/publication.ts records the old one). */
export const refuseRedirectedArticleSlug = refuseRedirectedSlug('articles')

export const dropArticleRedirects: CollectionAfterDeleteHook = async ({ id, req }) => {
  await dropRedirectsTo(req, 'articles', id)
}
