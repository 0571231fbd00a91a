import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'

/**
 * Articles a visitor may read in `locale`: published, and public in that
 * locale (see `publicLocalesFor`). The anonymous read access of articles and
 * the site's search (which must bypass field access) share it.
 */
export function publicInLocale(locale: Locale): Where {
  return { and: [{ _status: { equals: 'published' } }, { publicLocales: { in: [locale] } }] }
}
