import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '../../../src/payload-types'
import { articlePublicLocales } from '../../../src/workflow/articleVisibility'

/** Recomputes `publicLocales` on every save from the source status and the translation tasks; clients cannot set it. */
export const computePublicLocales: CollectionBeforeChangeHook<Article> = async ({ data, originalDoc, req }) => {
  data.publicLocales = await articlePublicLocales(req, {
    articleId: originalDoc?.id,
    sourcePublished: data._status === 'published',
  })
  return data
}
