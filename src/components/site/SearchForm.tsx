import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { localizedPath } from '@/site/paths'

type Props = { locale: Locale; id: string; defaultValue?: string; large?: boolean }

/** A plain GET form: search works without JavaScript. */
export async function SearchForm({ locale, id, defaultValue, large }: Props) {
  const t = await getTranslations({ locale, namespace: 'Search' })
  return (
    <form
      role="search"
      className={large ? 'search-form search-form--large' : 'search-form'}
      action={localizedPath(locale, '/search')}
      method="get"
    >
      <label htmlFor={id} className={large ? undefined : 'visually-hidden'}>
        {t('label')}
      </label>
      <div className="search-row">
        <input
          id={id}
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder={t('placeholder')}
          maxLength={100}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit">{t('submit')}</button>
      </div>
    </form>
  )
}
