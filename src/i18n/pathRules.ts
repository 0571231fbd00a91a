import { locales, type Locale } from './locales'
import type { SitePathname, SitePathnames } from './pathnames'

/** A rule of `rewrites()` / `redirects()` in next.config.ts. */
export type PathRule = { source: string; destination: string }

/** `/articoli/[slug]` → `/articoli/:slug` (Next's path syntax). */
function nextPath(locale: Locale, template: string): string {
  const path = template.replace(/\[(\w+)\]/g, ':$1')
  return path === '/' ? `/${locale}` : `/${locale}${path}`
}

function templates(pathnames: SitePathnames, internal: SitePathname): { internal: string; external: Record<Locale, string> } {
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
export function localizedPathRules(pathnames: SitePathnames): { rewrites: PathRule[]; redirects: PathRule[] } {
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
