import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import type { Alternates } from '@/site/metadata'
import { localizedPath } from '@/site/paths'

import { LanguageSwitcher } from './LanguageSwitcher'
import { SearchForm } from './SearchForm'
import { Wordmark } from './Wordmark'

type Props = { locale: Locale; alternates: Alternates; tagline?: string | null; currentMark?: string }

/**
 * Two compact rows on a phone (wordmark and languages; topics and the one
 * search box), one row on a wide screen: the article starts within the first
 * ~120 px of a 390 px screen.
 */
export async function SiteHeader({ locale, alternates, tagline, currentMark }: Props) {
  const [meta, nav] = await Promise.all([
    getTranslations({ locale, namespace: 'Meta' }),
    getTranslations({ locale, namespace: 'Nav' }),
  ])
  return (
    <header className="site-header">
      <div className="container header-inner">
        <div className="brand-block">
          <Wordmark name={meta('siteName')} href={localizedPath(locale, '/')} />
          {tagline ? <p className="header-tagline">{tagline}</p> : null}
        </div>
        <LanguageSwitcher locale={locale} alternates={alternates} currentMark={currentMark} />
        <div className="header-tools">
          <nav aria-label={nav('primary')} className="primary-nav">
            <ul>
              <li>
                <a href={localizedPath(locale, '/topics')}>{nav('topics')}</a>
              </li>
            </ul>
          </nav>
          <SearchForm locale={locale} id="header-search" />
        </div>
      </div>
    </header>
  )
}
