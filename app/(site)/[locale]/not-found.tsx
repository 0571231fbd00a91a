import { LocalizedNotFound, type NotFoundCopy } from '@/components/site/LocalizedNotFound'
import { defaultLocale, locales } from '@/i18n/locales'
import { translatorFor } from '@/i18n/messages'
import { localizedPath } from '@/site/paths'

/**
 * The localized 404 (status 404): unknown paths, unknown slugs, articles not
 * public in this language. It reads no content and no request data, so it
 * renders on the server even inside cached pages and when the database is down;
 * the copy for each language is chosen from the URL's locale (see LocalizedNotFound).
 */
export default function LocaleNotFound() {
  const copy: Record<string, NotFoundCopy> = {}
  for (const locale of locales) {
    const t = translatorFor(locale, 'NotFound')
    const nav = translatorFor(locale, 'Nav')
    const search = translatorFor(locale, 'Search')
    copy[locale] = {
      title: t('title'),
      description: t('description'),
      backHome: t('backHome'),
      topics: nav('topics'),
      siteName: translatorFor(locale, 'Meta')('siteName'),
      searchLabel: search('label'),
      searchSubmit: search('submit'),
      homePath: localizedPath(locale, '/'),
      topicsPath: localizedPath(locale, '/topics'),
      searchPath: localizedPath(locale, '/search'),
    }
  }
  return <LocalizedNotFound copy={copy} fallbackLocale={defaultLocale} />
}
