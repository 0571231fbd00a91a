import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import type { Legal, SiteSetting } from '@/payload-types'
import { sitePayload } from '@/site/payload'
import { localeStrings, presentLocales } from './localized'

/** Site settings in `locale` (tagline, promo line, contact e-mail). */
export const getSiteSettings = cache(async (locale: Locale): Promise<SiteSetting> => {
  const payload = await sitePayload()
  return payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: false, overrideAccess: false, depth: 0 })
})

/** The legal page in `locale`, or null when it has not been written in that language. */
export const getLegal = cache(async (locale: Locale): Promise<Legal | null> => {
  const payload = await sitePayload()
  const legal = await payload.findGlobal({ slug: 'legal', locale, fallbackLocale: false, overrideAccess: false, depth: 1 })
  return legal.title ? legal : null
})

/** Locales in which the legal page has a title, so a page exists. */
export const legalLocales = cache(async (): Promise<Locale[]> => {
  const payload = await sitePayload()
  const legal = await payload.findGlobal({
    slug: 'legal',
    locale: 'all',
    overrideAccess: false,
    depth: 0,
    select: { title: true },
  })
  return presentLocales(localeStrings(legal.title))
})
