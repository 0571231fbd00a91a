import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { routing } from '@/i18n/routing'

import './site.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/**
 * Nothing is prerendered at build time (the build must not need a database):
 * each page is rendered on its first request, then served from the cache until
 * a content change revalidates it.
 */
export function generateStaticParams(): { locale: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Meta' })
  return { title: { default: t('homeTitle'), template: `%s · ${t('siteName')}` }, description: t('homeDescription') }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Nav' })
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  )
}
