import type { GlobalAfterChangeHook } from 'payload'

import { applyRevalidation } from '@/site/revalidation/revalidate'
import { siteSettingsChange } from '@/site/revalidation/targets'

/** Tagline, promo line and contact address appear on every page (see `siteSettingsChange`). */
export const revalidateSiteSettings: GlobalAfterChangeHook = async ({ doc, req }) => {
  await applyRevalidation(siteSettingsChange(), req)
  return doc
}
