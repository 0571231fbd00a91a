import { locales, type Locale } from '@/i18n/locales'
import type { SitePathname } from '@/i18n/routing'
import type { LocaleMap } from '@/site/data/localized'
import type { Alternates } from './metadata'
import { localizedPath, type PathParams } from './paths'

/** A page that exists in every locale with the same parameters (home, topic index, search…). */
export function everyLocale(pathname: SitePathname, params: PathParams = {}, only: readonly Locale[] = locales): Alternates {
  const result: Alternates = {}
  for (const locale of only) result[locale] = localizedPath(locale, pathname, params)
  return result
}

/** A page whose slug differs per locale (article, topic): one entry per locale that has a slug. */
export function perLocaleSlug(pathname: SitePathname, slugs: LocaleMap<string>, extra: PathParams = {}): Alternates {
  const result: Alternates = {}
  for (const locale of locales) {
    const slug = slugs[locale]
    if (slug) result[locale] = localizedPath(locale, pathname, { ...extra, slug })
  }
  return result
}
