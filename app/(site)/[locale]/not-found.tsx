import { LocalizedNotFound } from '@/components/site/LocalizedNotFound'
import { NotFoundContent } from '@/components/site/NotFoundContent'
import { PageShell } from '@/components/site/PageShell'
import { defaultLocale, locales } from '@/i18n/locales'
import { everyLocale } from '@/site/alternates'

/**
 * The localized 404 (status 404): unknown paths, unknown slugs, articles not
 * public in this language. It reads no request data, so it renders on the
 * server even inside cached pages; the header and footer come from the cached
 * shell data, and without a database they show no topics rather than failing.
 * The language switcher offers the home page in each language.
 */
export default function LocaleNotFound() {
  const pages = Object.fromEntries(
    locales.map((locale) => [
      locale,
      <PageShell key={locale} locale={locale} alternates={everyLocale('/')} resilient>
        <NotFoundContent locale={locale} />
      </PageShell>,
    ]),
  )
  return <LocalizedNotFound pages={pages} fallbackLocale={defaultLocale} />
}
