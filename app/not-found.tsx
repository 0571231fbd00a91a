import { getTranslations } from 'next-intl/server'

import { defaultLocale } from '@/i18n/locales'

import './(site)/[locale]/site.css'

/** 404 for paths outside any locale (e.g. `/xx/…`): answered in the default language. */
export default async function GlobalNotFound() {
  const t = await getTranslations({ locale: defaultLocale, namespace: 'NotFound' })
  return (
    <html lang={defaultLocale}>
      <body>
        <main id="main" className="container not-found">
          <h1>{t('title')}</h1>
          <p>{t('description')}</p>
          <p>
            <a href={`/${defaultLocale}`}>{t('backHome')}</a>
          </p>
        </main>
      </body>
    </html>
  )
}
