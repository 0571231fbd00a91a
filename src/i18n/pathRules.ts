/**
 * The localized URL segments as data, apart from the messages loader: next.config.ts
 * builds its rewrites and redirects from here, and Node loads a config's imports with
 * require(), which refuses the loader's top-level await. Only a type comes from it.
 */
import { locales, perLocale, type Locale } from './locales'
import type { Messages } from './messages'

type Routes = Messages['Routes']

/** The site's routes (the folders under `app/(site)/[locale]`) and each locale's visible path. */
export function pathnamesFrom(routes: Readonly<Record<Locale, Routes>>) {
  const route = (key: keyof Routes): Record<Locale, string> => perLocale((locale) => routes[locale][key])
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

export type Pathnames = ReturnType<typeof pathnamesFrom>
export type SitePathname = keyof Pathnames

/** A rule of `rewrites()` / `redirects()` in next.config.ts. */
export type PathRule = { source: string; destination: string }

/** `/articoli/[slug]` → `/articoli/:slug` (Next's path syntax). */
function nextPath(locale: Locale, template: string): string {
  const path = template.replace(/\[(\w+)\]/g, ':$1')
  return path === '/' ? `/${locale}` : `/${locale}${path}`
}

function templates(pathnames: Pathnames, internal: SitePathname): { internal: string; external: Record<Locale, string> } {
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
export function localizedPathRules(pathnames: Pathnames): { rewrites: PathRule[]; redirects: PathRule[] } {
  const rewrites: PathRule[] = []
  const redirects: PathRule[] = []
  const routes = (Object.keys(pathnames) as SitePathname[]).map((internal) => templates(pathnames, internal))
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
