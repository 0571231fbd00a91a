import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

type Props = { locale: Locale; exitHref: string }

/** On every preview page, in the page's language: this is not what visitors see, and the way out. */
export async function PreviewBanner({ locale, exitHref }: Props) {
  const t = await getTranslations({ locale, namespace: 'Preview' })
  return (
    <div className="preview-banner" role="status" data-preview-banner>
      <div className="container preview-banner__inner">
        <strong>{t('banner')}</strong>
        <a className="preview-banner__exit" href={exitHref}>
          {t('exit')}
        </a>
      </div>
    </div>
  )
}
