import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales, perLocale } from './locales'
import { messages } from './messages'
import { pathnamesFrom, type SitePathname } from './pathRules'

/**
 * Localized URL segments. Keys are the internal routes (the folders under
 * `app/(site)/[locale]`); values are what visitors see, one per locale, from
 * the `Routes` namespace of each locale's messages file.
 */
export const pathnames = pathnamesFrom(perLocale((locale) => messages[locale].Routes))

export type { SitePathname }

/** next-intl routing, built from the same locale list as Payload's localization. */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  pathnames,
  // next-intl would advertise every locale in a `Link` header, but an article is
  // only public in some locales, under a different slug in each: pages emit their
  // own hreflang alternates instead (see src/site/metadata.ts).
  alternateLinks: false,
})
