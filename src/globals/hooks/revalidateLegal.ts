import type { GlobalAfterChangeHook } from 'payload'

import { applyRevalidation } from '@/site/revalidation/revalidate'
import { legalChange } from '@/site/revalidation/targets'

/** The legal page, in every locale, and the sitemap that lists it (see `legalChange`). */
export const revalidateLegal: GlobalAfterChangeHook = async ({ doc, req }) => {
  await applyRevalidation(legalChange(), req)
  return doc
}
