import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import type { Alternates } from '@/site/metadata'
import { localizedPath } from '@/site/paths'

import { LanguageSwitcher } from './LanguageSwitcher'
import { SearchForm } from './SearchForm'

type Props = { locale: Locale; alternates: Alternates; tagline?: string | null }

export async function SiteHeader({ locale, alternates, tagline }: Props) {
  const [meta, nav] = await Promise.all([
    getTranslations({ locale, namespace: 'Meta' }),
    getTranslations({ locale, namespace: 'Nav' }),
  ])
  return (
    <header className="site-header">
      <div className="container header-inner">
        <div className="brand-block">
          <a className="brand" href={localizedPath(locale, '/')}>
            <span aria-hidden="true" className="brand-mark">
              ◆
            </span>
            {meta('siteName')}
          </a>
          {tagline ? <p className="tagline">{tagline}</p> : null}
        </div>
        <div className="header-tools">
          <nav aria-label={nav('primary')} className="primary-nav">
            <ul>
              <li>
                <a href={localizedPath(locale, '/topics')}>{nav('topics')}</a>
              </li>
            </ul>
          </nav>
          <SearchForm locale={locale} id="header-search" />
          <LanguageSwitcher locale={locale} alternates={alternates} />
        </div>
      </div>
    </header>
  )
}
