import { env } from '@/env'
import type { Locale } from '@/i18n/locales'
import { pathnames, type SitePathname } from '@/i18n/routing'

export type PathParams = Record<string, string | number>

function fill(template: string, params: PathParams): string {
  return template.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined || value === '') throw new Error(`Missing path parameter "${name}" for ${template}`)
    return encodeURIComponent(String(value))
  })
}

function withLocale(locale: Locale, path: string): string {
  return path === '/' ? `/${locale}` : `/${locale}${path}`
}

/**
 * The URL path a visitor sees, e.g. `localizedPath('it', '/articles/[slug]', { slug })`
 * → `/it/articoli/<slug>`. Pure (no request needed), so sitemaps, feeds and
 * metadata use it too.
 */
export function localizedPath(locale: Locale, pathname: SitePathname, params: PathParams = {}): string {
  const config = pathnames[pathname]
  const template = typeof config === 'string' ? config : config[locale]
  return withLocale(locale, fill(template, params))
}

/**
 * The path of the route file that renders it (`/it/articles/<slug>`): what
 * `revalidatePath` needs, since the proxy rewrites localized URLs to these.
 */
export function internalPath(locale: Locale, pathname: SitePathname, params: PathParams = {}): string {
  return withLocale(locale, fill(pathname, params))
}

/** Absolute URL on the public origin (canonical links, sitemap, feeds, e-mails). */
export function absoluteUrl(path: string, origin: string = env.serverUrl): string {
  return new URL(path, origin).toString()
}

/** The RSS feed of a locale (a route handler, outside next-intl's localized pathnames). */
export function feedPath(locale: Locale): string {
  return `/${locale}/feed.xml`
}
