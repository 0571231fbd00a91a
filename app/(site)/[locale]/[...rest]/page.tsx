import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'

import { routing } from '@/i18n/routing'
import { notFoundMetadata } from '@/site/notFoundMetadata'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return hasLocale(routing.locales, locale) ? notFoundMetadata(locale) : {}
}

/** Any unknown path inside a locale is that locale's 404. */
export default function CatchAll() {
  notFound()
}
