import { getTranslations } from 'next-intl/server'

import { localeNames, locales, type Locale } from '@/i18n/locales'
import { languageSwitchHref } from '@/site/languageSwitch'
import type { Alternates } from '@/site/metadata'

/** `currentMark`: a word beside the current language (a preview's "not published"). */
type Props = { locale: Locale; alternates: Alternates; currentMark?: string }

/**
 * Links to this same page in the other locales where it exists — for an
 * article, only where it is public, under its own slug there. A locale with
 * no version is simply not offered. Each shows its short code (it fits a
 * phone's header) followed by the language's own name for assistive technology.
 * A click is an explicit choice: the language is remembered for `/`
 * (src/site/languageSwitch.ts).
 */
export async function LanguageSwitcher({ locale, alternates, currentMark }: Props) {
  const t = await getTranslations({ locale, namespace: 'LocaleSwitcher' })
  const label = (candidate: Locale) => (
    <>
      <span aria-hidden="true">{candidate.toUpperCase()}</span>
      <span className="visually-hidden">{localeNames[candidate]}</span>
    </>
  )
  return (
    <nav className="language-switcher" aria-label={t('label')}>
      <ul>
        {locales.map((candidate) => {
          if (candidate === locale) {
            return (
              <li key={candidate}>
                <span lang={candidate} aria-current="page" title={t('current', { language: localeNames[candidate] })}>
                  {label(candidate)}
                </span>
                {currentMark ? <span className="language-switcher__mark">{currentMark}</span> : null}
              </li>
            )
          }
          const href = alternates[candidate]
          if (!href) return null
          return (
            <li key={candidate}>
              <a href={languageSwitchHref(href)} hrefLang={candidate} lang={candidate} title={localeNames[candidate]}>
                {label(candidate)}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
