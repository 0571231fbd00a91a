import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

type Props = { locale: Locale; page: number; totalPages: number; hrefFor: (page: number) => string }

export async function Pagination({ locale, page, totalPages, hrefFor }: Props) {
  if (totalPages <= 1) return null
  const t = await getTranslations({ locale, namespace: 'Pagination' })
  return (
    <nav className="pagination" aria-label={t('label')}>
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev">
          ← {t('previous')}
        </a>
      ) : (
        <span />
      )}
      <span className="pagination-status">{t('pageOf', { page, total: totalPages })}</span>
      {page < totalPages ? (
        <a href={hrefFor(page + 1)} rel="next">
          {t('next')} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}
