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
/** A path as segments: each a set of literal spellings, or `null` spellings for a `:param` (kept as written). */
type Pattern = { segments: { spellings: string[] | null; text: string }[]; destination: string }

function pattern(rule: PathRule): Pattern {
  const segments = rule.source
    .split('/')
    .slice(1)
    // Only plain words go into a group (its text is a regular expression there).
    .map((text) => ({ spellings: /^[\p{L}\p{N}_-]+$/u.test(text) ? [text] : null, text }))
  return { segments, destination: rule.destination }
}

/** The one segment where `a` and `b` differ, both literal; -1 when they differ elsewhere or more. */
function soleLiteralDifference(a: Pattern, b: Pattern): number {
  if (a.destination !== b.destination || a.segments.length !== b.segments.length) return -1
  let found = -1
  for (let i = 0; i < a.segments.length; i += 1) {
    const [x, y] = [a.segments[i], b.segments[i]]
    if (!x || !y || x.text === y.text) continue
    if (found >= 0 || !x.spellings || !y.spellings) return -1
    found = i
  }
  return found
}

const segmentText = (spellings: string[]) => (spellings.length === 1 ? spellings[0] : `(${spellings.join('|')})`)

/**
 * Rules with one destination whose sources differ in a single literal segment, as one rule
 * with an unnamed group (`/it/topics` + `/it/sujets` → `/it/(topics|sujets)`): the same paths
 * match, and Next drops unnamed groups from the parameters (nothing reaches the query). Next
 * compiles every rewrite's pattern again on each page request (the route module's
 * `handleRewrites`, bench profile of a cached article), so fewer rules cost less per page.
 */
export function mergePathRules(rules: PathRule[]): PathRule[] {
  const merged: Pattern[] = []
  for (const next of rules.map(pattern)) {
    const into = merged.find((candidate) => soleLiteralDifference(candidate, next) >= 0)
    const at = into ? soleLiteralDifference(into, next) : -1
    const target = into?.segments[at]
    const spellings = target?.spellings
    const extra = next.segments[at]?.spellings
    if (!into || !target || !spellings || !extra) {
      merged.push(next)
      continue
    }
    const all = [...spellings, ...extra.filter((spelling) => !spellings.includes(spelling))]
    into.segments[at] = { spellings: all, text: segmentText(all) }
  }
  return merged.map(({ segments, destination }) => ({ source: `/${segments.map((s) => s.text).join('/')}`, destination }))
}

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
  return { rewrites, redirects: mergePathRules(redirects) }
}
