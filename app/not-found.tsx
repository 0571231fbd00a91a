import { getTranslations } from 'next-intl/server'

import { NotFoundContent } from '@/components/site/NotFoundContent'
import { PageShell } from '@/components/site/PageShell'
import { defaultLocale } from '@/i18n/locales'
import { everyLocale } from '@/site/alternates'

import './(site)/[locale]/site.css'

/** 404 for paths outside any locale (e.g. `/de/…`): the site's 404 page, in the default language. */
export default async function GlobalNotFound() {
  const [nav, t, meta] = await Promise.all([
    getTranslations({ locale: defaultLocale, namespace: 'Nav' }),
    getTranslations({ locale: defaultLocale, namespace: 'NotFound' }),
    getTranslations({ locale: defaultLocale, namespace: 'Meta' }),
  ])
  return (
    <html lang={defaultLocale}>
      <body>
        {/* No layout above this page sets metadata: React puts the title in the head (Next adds the noindex). */}
        <title>{`${t('title')} · ${meta('siteName')}`}</title>
        <a className="skip-link" href="#main">
          {nav('skipToContent')}
        </a>
        <PageShell locale={defaultLocale} alternates={everyLocale('/')} resilient>
          <NotFoundContent locale={defaultLocale} />
        </PageShell>
      </body>
    </html>
  )
}
