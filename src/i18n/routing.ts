import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales, perLocale, type Locale } from './locales'
import { messages, type Messages } from './messages'

/** A localized URL segment, from the `Routes` namespace of each locale's messages file. */
function route(key: keyof Messages['Routes']): Record<Locale, string> {
  return perLocale((locale) => messages[locale].Routes[key])
}

/**
 * Localized URL segments. Keys are the internal routes (the folders under
 * `app/(site)/[locale]`); values are what visitors see, one per locale.
 */
export const pathnames = {
  '/': '/',
  '/topics': route('topics'),
  '/topics/[slug]': route('topic'),
  '/topics/[slug]/page/[page]': route('topicPage'),
  '/articles/[slug]': route('article'),
  '/legal-notice': route('legalNotice'),
  '/search': route('search'),
} as const

export type SitePathname = keyof typeof pathnames

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
