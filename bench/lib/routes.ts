import type { Locale } from '@/i18n/locales'

/**
 * The URLs the benchmark loads, built from next-intl's `pathnames`
 * (src/i18n/routing.ts), so localized segments follow the site. A route
 * missing from `pathnames` falls back to the segments the site was planned with.
 */

export type PathnameValue = string | Partial<Record<Locale, string>>
export type Pathnames = Readonly<Record<string, PathnameValue>>

const plannedSegments: Record<'/topics' | '/articles' | '/search', Partial<Record<Locale, string>>> = {
  '/topics': { it: '/argomenti', fr: '/sujets', en: '/topics' },
  '/articles': { it: '/articoli', fr: '/articles', en: '/articles' },
  '/search': { it: '/cerca', fr: '/recherche', en: '/search' },
}

/**
 * The `pathnames` of a next-intl routing object, whatever its declared type
 * (a routing without localized pathnames has none: every route falls back).
 */
export function pathnamesOf(routing: unknown): Pathnames {
  const value = typeof routing === 'object' && routing !== null ? (routing as { pathnames?: unknown }).pathnames : undefined
  if (typeof value !== 'object' || value === null) return {}
  const result: Record<string, PathnameValue> = {}
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry === 'string') result[key] = entry
    else if (typeof entry === 'object' && entry !== null) {
      const perLocale: Record<string, string> = {}
      for (const [locale, template] of Object.entries(entry)) if (typeof template === 'string') perLocale[locale] = template
      result[key] = perLocale
    }
  }
  return result
}

/** `/{locale}` + the localized template of `internal` with `[param]`s filled in; null when not routed. */
export function localizedPath(
  pathnames: Pathnames,
  internal: string,
  locale: Locale,
  params: Record<string, string | number> = {},
): string | null {
  const value = pathnames[internal]
  if (value === undefined) return null
  const template = typeof value === 'string' ? value : value[locale]
  if (template === undefined) return null
  const filled = template.replace(/\[(\w+)\]/g, (_, name: string) => {
    const param = params[name]
    if (param === undefined) throw new Error(`missing route parameter "${name}" for ${internal}`)
    return encodeURIComponent(String(param))
  })
  return filled === '/' ? `/${locale}` : `/${locale}${filled}`
}

export type BenchRoute = { key: string; label: string; path: string }

export type RouteInputs = {
  pathnames: Pathnames
  locale: Locale
  articleSlug: string
  topicSlug: string
  /** Last page of the topic (1 when it has one page). */
  deepPage: number
  searchWord: string
}

export function benchRoutes(input: RouteInputs): BenchRoute[] {
  const { pathnames, locale } = input
  const path = (internal: string, params: Record<string, string | number>, planned: string) =>
    localizedPath(pathnames, internal, locale, params) ?? planned
  const topicPath = path(
    '/topics/[slug]',
    { slug: input.topicSlug },
    `/${locale}${plannedSegments['/topics'][locale] ?? '/topics'}/${encodeURIComponent(input.topicSlug)}`,
  )
  const deepPath =
    localizedPath(pathnames, '/topics/[slug]/page/[page]', locale, { slug: input.topicSlug, page: input.deepPage }) ??
    `${topicPath}?page=${input.deepPage}`
  const slugQuery = encodeURIComponent(input.articleSlug)
  return [
    {
      key: 'article',
      label: 'article page',
      path: path(
        '/articles/[slug]',
        { slug: input.articleSlug },
        `/${locale}${plannedSegments['/articles'][locale] ?? '/articles'}/${encodeURIComponent(input.articleSlug)}`,
      ),
    },
    { key: 'topic', label: 'topic page 1', path: topicPath },
    { key: 'topicDeep', label: `topic page ${input.deepPage} (last)`, path: deepPath },
    { key: 'home', label: 'home page', path: path('/', {}, `/${locale}`) },
    {
      key: 'topics',
      label: 'topic index',
      path: path('/topics', {}, `/${locale}${plannedSegments['/topics'][locale] ?? '/topics'}`),
    },
    { key: 'sitemap', label: 'sitemap.xml', path: '/sitemap.xml' },
    {
      key: 'search',
      label: 'search',
      path: `${path('/search', {}, `/${locale}${plannedSegments['/search'][locale] ?? '/search'}`)}?q=${encodeURIComponent(input.searchWord)}`,
    },
    {
      key: 'rest',
      label: 'REST find by slug (depth 1)',
      path: `/api/articles?where[slug][equals]=${slugQuery}&locale=${locale}&depth=1`,
    },
  ]
}

/** Last page number of a listing of `total` items, `pageSize` per page (at least 1). */
export function lastPage(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)))
}
