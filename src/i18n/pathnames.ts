import { perLocale, type Locale } from './locales'
import type { Messages } from './messages'

/** The `Routes` namespace of a messages file: the URL segments visitors see in that language. */
export type RouteSegments = Messages['Routes']

/**
 * Localized URL segments. Keys are the internal routes (the folders under
 * `app/(site)/[locale]`); values are what visitors see, one per locale. Built
 * from a reader of each locale's `Routes`, so next.config.ts (loaded with
 * `require`, where the messages loader's top-level await is refused) can pass
 * the files it reads itself.
 */
export function buildPathnames(segments: (locale: Locale) => RouteSegments) {
  const route = (key: keyof RouteSegments): Record<Locale, string> => perLocale((locale) => segments(locale)[key])
  return {
    '/': '/',
    '/topics': route('topics'),
    '/topics/[slug]': route('topic'),
    '/topics/[slug]/page/[page]': route('topicPage'),
    '/articles/[slug]': route('article'),
    '/legal-notice': route('legalNotice'),
    '/search': route('search'),
  } as const
}

export type SitePathnames = ReturnType<typeof buildPathnames>
export type SitePathname = keyof SitePathnames
