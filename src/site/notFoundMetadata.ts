import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

/**
 * The head of a page that answers 404: its own title in the page's language, not the
 * layout's home-page title (Next adds the `noindex` to every 404 itself). Returned by the `generateMetadata` of the
 * routes that end in `notFound()`, because a not-found file cannot set metadata itself.
 */
export async function notFoundMetadata(locale: Locale): Promise<Metadata> {
  const [t, meta] = await Promise.all([
    getTranslations({ locale, namespace: 'NotFound' }),
    getTranslations({ locale, namespace: 'Meta' }),
  ])
  return { title: { absolute: `${t('title')} · ${meta('siteName')}` } }
}
