import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/locales'
import type { SiteSetting } from '@/payload-types'
import { siteShellTag } from '@/site/revalidation/tags'
import { getSiteSettings } from './globals'
import { topicsInLocale, type TopicSummary } from './topics'

export type ShellData = { settings: Pick<SiteSetting, 'tagline' | 'promo' | 'contactEmail'>; topics: TopicSummary[] }

/** What the header and footer of every page show in `locale`. */
export async function loadShellData(locale: Locale): Promise<ShellData> {
  const [settings, topics] = await Promise.all([getSiteSettings(locale), topicsInLocale(locale)])
  return { settings: { tagline: settings.tagline, promo: settings.promo, contactEmail: settings.contactEmail }, topics }
}

/**
 * Cached in Next's data cache: pages rendered per request (search results)
 * then cost no database call for their header and footer. Topic and
 * site-settings changes revalidate the tag.
 */
export const shellData = unstable_cache(loadShellData, ['site-shell'], {
  tags: [siteShellTag],
  // Safety net for changes made outside Payload's hooks (e.g. another instance or a script).
  revalidate: 3600,
})
