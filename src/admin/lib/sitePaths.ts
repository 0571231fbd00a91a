import type { Locale } from '@/i18n/locales'
import { pathnames } from '@/i18n/routing'
import { withSlug } from './slugPath'

/**
 * The template of an article's public path in one language (`/fr/articles/[slug]`),
 * from the site's own localized segments. Server-side: the messages it is built from
 * stay out of the admin's browser bundle; the publish summary gets the templates as props.
 */
export function articlePathTemplate(locale: Locale): string {
  return `/${locale}${pathnames['/articles/[slug]'][locale]}`
}

/** An article's public path in one language (`/fr/articles/<slug>`). */
export function articlePublicPath(locale: Locale, slug: string): string {
  return withSlug(articlePathTemplate(locale), slug)
}
