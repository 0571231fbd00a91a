import type { Locale } from '@/i18n/locales'
import { pathnames } from '@/i18n/routing'

/**
 * An article's public path in one language (`/fr/articles/<slug>`), from the
 * site's own localized segments. Kept free of server-only imports: the admin's
 * publish summary builds it in the browser after a save.
 */
export function articlePublicPath(locale: Locale, slug: string): string {
  return `/${locale}${pathnames['/articles/[slug]'][locale].replace('[slug]', encodeURIComponent(slug))}`
}
