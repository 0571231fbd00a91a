import { hasLocale } from 'next-intl'
import { getLocale } from 'next-intl/server'

import { NotFoundContent } from '@/components/site/NotFoundContent'
import { PageShell } from '@/components/site/PageShell'
import { defaultLocale, locales } from '@/i18n/locales'
import { everyLocale } from '@/site/alternates'

/**
 * The localized 404 (status 404): unknown paths, unknown slugs, articles not
 * public in this language. A not-found page gets no params: its language is
 * the one the locale layout set for this request (`setRequestLocale`, read
 * back without touching the request, so cached pages stay static). Only that
 * language's page is rendered: every page of the site carries this boundary
 * in its RSC payload, once. The header and footer come from the cached shell
 * data, and without a database they show no topics rather than failing. The
 * language switcher offers the home page in each language.
 */
export default async function LocaleNotFound() {
  const requested = await getLocale()
  const locale = hasLocale(locales, requested) ? requested : defaultLocale
  return (
    <PageShell locale={locale} alternates={everyLocale('/')} resilient>
      <NotFoundContent locale={locale} />
    </PageShell>
  )
}
