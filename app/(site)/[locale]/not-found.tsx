import { useTranslations } from 'next-intl'

import { Link } from '@/i18n/navigation'

export default function LocaleNotFound() {
  const t = useTranslations('NotFound')
  return (
    <main id="main" className="container not-found">
      <h1>{t('title')}</h1>
      <p>{t('description')}</p>
      <p>
        <Link href="/">{t('backHome')}</Link>
      </p>
    </main>
  )
}
