import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { localizedPath } from '@/site/paths'

/** The body of the 404 page in `locale`: what happened, a search box and two ways on. */
export async function NotFoundContent({ locale }: { locale: Locale }) {
  const [t, nav, search] = await Promise.all([
    getTranslations({ locale, namespace: 'NotFound' }),
    getTranslations({ locale, namespace: 'Nav' }),
    getTranslations({ locale, namespace: 'Search' }),
  ])
  return (
    <div className="container not-found">
      <p className="section-kicker">404</p>
      <h1>{t('title')}</h1>
      <p className="lead">{t('description')}</p>
      <form role="search" className="search-form search-form--large" action={localizedPath(locale, '/search')} method="get">
        <label htmlFor="not-found-search">{search('label')}</label>
        <div className="search-row">
          <input id="not-found-search" type="search" name="q" maxLength={100} autoComplete="off" />
          <button type="submit">{search('submit')}</button>
        </div>
      </form>
      <ul className="not-found-links">
        <li>
          <a href={localizedPath(locale, '/')}>{t('backHome')}</a>
        </li>
        <li>
          <a href={localizedPath(locale, '/topics')}>{nav('topics')}</a>
        </li>
      </ul>
    </div>
  )
}
