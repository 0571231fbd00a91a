import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'
import { shellData, type ShellData } from '@/site/data/shell'
import type { Alternates } from '@/site/metadata'

import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

type Props = {
  locale: Locale
  alternates: Alternates
  children: ReactNode
  /** The home page shows the tagline as its heading instead. */
  hideTagline?: boolean
  /** The 404 page: without a database it still renders, with an empty topic list. */
  resilient?: boolean
  /** Above the header (the preview's banner). */
  banner?: ReactNode
  /** Shown beside the current language in the switcher (a preview marks its language). */
  currentMark?: string
}

const emptyShell: ShellData = { settings: { tagline: '', promo: null, contactEmail: '' }, topics: [] }

/**
 * Header, main and footer of every site page. Pages pass their alternates
 * (the same page in other locales) so the language switcher can offer them.
 */
export async function PageShell({ locale, alternates, children, hideTagline, resilient, banner, currentMark }: Props) {
  const { settings, topics } = resilient ? await shellData(locale).catch(() => emptyShell) : await shellData(locale)
  return (
    <>
      {banner}
      <SiteHeader
        locale={locale}
        alternates={alternates}
        tagline={hideTagline ? null : settings.tagline}
        currentMark={currentMark}
      />
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} topics={topics} promo={settings.promo} contactEmail={settings.contactEmail} />
    </>
  )
}
