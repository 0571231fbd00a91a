import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { ErrorPageCopyProvider } from '@/components/site/ErrorPageCopy'
import { env } from '@/env'
import { routing } from '@/i18n/routing'

import './site.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/**
 * Nothing is prerendered at build time (the build must not need a database):
 * each page is rendered on its first request, then served from the cache until
 * a content change revalidates it (Payload hooks, see src/site/revalidation).
 * The hourly time-based revalidation is only a safety net for changes made
 * outside those hooks; it also sets `Cache-Control: s-maxage=3600,
 * stale-while-revalidate=…` for shared caches in front of the server.
 */
export function generateStaticParams(): { locale: string }[] {
  return []
}

export const revalidate = 3600

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b57a4',
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Meta' })
  return {
    metadataBase: new URL(env.serverUrl),
    title: { default: t('homeTitle'), template: `%s · ${t('siteName')}` },
    description: t('homeDescription'),
    applicationName: t('siteName'),
    formatDetection: { telephone: false, email: false, address: false },
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Nav' })
  const { ErrorPage } = await getMessages({ locale })
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {/* Client components take their strings as props; only the error boundary (error.tsx), which gets none, reads these. */}
        <ErrorPageCopyProvider copy={{ locale, ...ErrorPage }}>{children}</ErrorPageCopyProvider>
      </body>
    </html>
  )
}
