import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import type { TopicSummary } from '@/site/data/topics'
import { feedPath, localizedPath } from '@/site/paths'

import { TopicLinks } from './TopicLinks'

type Props = { locale: Locale; topics: TopicSummary[]; promo?: string | null; contactEmail?: string | null }

/** On every page: the topic index, the legal page, the promo line and the contact address. */
export async function SiteFooter({ locale, topics, promo, contactEmail }: Props) {
  const t = await getTranslations({ locale, namespace: 'Footer' })
  const nav = await getTranslations({ locale, namespace: 'Nav' })
  return (
    <footer className="site-footer">
      <div className="container">
        {promo ? <p className="promo">{promo}</p> : null}
        <nav aria-labelledby="footer-topics-title" className="footer-topics-nav">
          <h2 id="footer-topics-title" className="footer-title">
            {t('topicIndex')}
          </h2>
          <TopicLinks locale={locale} topics={topics} className="footer-topics" />
        </nav>
        <ul className="footer-links">
          <li>
            <a href={localizedPath(locale, '/legal-notice')}>{t('legal')}</a>
          </li>
          <li>
            <a href={feedPath(locale)} type="application/rss+xml">
              {nav('feed')}
            </a>
          </li>
          {contactEmail ? (
            <li>
              <a href={`mailto:${contactEmail}`}>{t('contact', { email: contactEmail })}</a>
            </li>
          ) : null}
        </ul>
      </div>
    </footer>
  )
}
