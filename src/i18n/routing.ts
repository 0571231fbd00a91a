import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'
import { messages } from './messages'
import { buildPathnames } from './pathnames'
import { localizedPathRules as pathRules } from './pathRules'

export type { SitePathname } from './pathnames'
export { SEGMENT_REDIRECT_ROUTE, type PathRule } from './pathRules'

/** Localized URL segments, from the `Routes` namespace of each locale's messages file. */
export const pathnames = buildPathnames((locale) => messages[locale].Routes)

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

/** The localized segments as static Next rules (see src/i18n/pathRules.ts). */
export const localizedPathRules = () => pathRules(pathnames)
