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

/** A rule of `rewrites()` / `redirects()` in next.config.ts. */
export type PathRule = { source: string; destination: string }

/** `/articoli/[slug]` → `/articoli/:slug` (Next's path syntax). */
function nextPath(locale: Locale, template: string): string {
  const path = template.replace(/\[(\w+)\]/g, ':$1')
  return path === '/' ? `/${locale}` : `/${locale}${path}`
}

function templates(internal: SitePathname): { internal: string; external: Record<Locale, string> } {
  const value = pathnames[internal]
  const external = Object.fromEntries(
    locales.map((locale) => [locale, typeof value === 'string' ? value : value[locale]]),
  ) as Record<Locale, string>
  return { internal, external }
}

/**
 * Where a path spelled with another language's segments is rewritten to: the
 * route handler app/segment-redirect/[...path]/route.ts answers a 307 to the
 * path after it. A rewrite, not a `redirects()` rule: Next does not add the
 * `headers()` rules (the security headers) to its own redirects.
 */
export const SEGMENT_REDIRECT_ROUTE = '/segment-redirect'

/**
 * The localized segments as static Next rules, so pages under a locale need no
 * middleware (the proxy would otherwise run on every cached page):
 * `rewrites` serve each visible path from its route folder (`/it/articoli/x` →
 * `/it/articles/x`); `redirects` send a path spelled with another language's
 * segments, or with the internal one, to this language's (`/it/topics` →
 * `/it/argomenti`, 307), as next-intl's middleware did (see SEGMENT_REDIRECT_ROUTE).
 */
export function localizedPathRules(): { rewrites: PathRule[]; redirects: PathRule[] } {
  const rewrites: PathRule[] = []
  const redirects: PathRule[] = []
  const routes = (Object.keys(pathnames) as SitePathname[]).map(templates)
  for (const locale of locales) {
    const own = new Set(routes.map((route) => route.external[locale]))
    for (const route of routes) {
      const target = route.external[locale]
      if (target !== route.internal)
        rewrites.push({ source: nextPath(locale, target), destination: nextPath(locale, route.internal) })
      const others = new Set([route.internal, ...Object.values(route.external)])
      for (const other of others) {
        // Never redirect away from a path this language uses itself (for this route or another).
        if (own.has(other)) continue
        redirects.push({ source: nextPath(locale, other), destination: nextPath(locale, target) })
      }
    }
  }
  return { rewrites, redirects }
}
