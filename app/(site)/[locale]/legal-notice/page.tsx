import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { PageShell } from '@/components/site/PageShell'
import { RichText } from '@/components/site/RichText'
import { formatDate, isoDate } from '@/site/format'
import { routing } from '@/i18n/routing'
import { everyLocale } from '@/site/alternates'
import { getLegal, legalLocales } from '@/site/data/globals'
import { pageMetadata } from '@/site/metadata'
import { localizedPath } from '@/site/paths'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const [legal, available, t, meta] = await Promise.all([
    getLegal(locale),
    legalLocales(),
    getTranslations({ locale, namespace: 'Legal' }),
    getTranslations({ locale, namespace: 'Meta' }),
  ])
  if (!legal) return {}
  return pageMetadata({
    locale,
    title: legal.title,
    description: t('description'),
    path: localizedPath(locale, '/legal-notice'),
    alternates: everyLocale('/legal-notice', {}, available),
    siteName: meta('siteName'),
  })
}

export default async function LegalPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [legal, available, nav, article] = await Promise.all([
    getLegal(locale),
    legalLocales(),
    getTranslations({ locale, namespace: 'Nav' }),
    getTranslations({ locale, namespace: 'Article' }),
  ])
  if (!legal) notFound()
  const updated = formatDate(legal.updatedAt, locale)
  return (
    <PageShell locale={locale} alternates={everyLocale('/legal-notice', {}, available)}>
      <div className="container container--article">
        <Breadcrumbs
          label={nav('breadcrumb')}
          crumbs={[{ name: nav('home'), href: localizedPath(locale, '/') }, { name: legal.title }]}
        />
        <article className="article">
          <header className="article-header">
            <h1>{legal.title}</h1>
            {updated ? (
              <p className="meta">
                <time dateTime={isoDate(legal.updatedAt) ?? undefined}>{article('updated', { date: updated })}</time>
              </p>
            ) : null}
          </header>
          <RichText value={legal.body} locale={locale} />
        </article>
      </div>
    </PageShell>
  )
}
