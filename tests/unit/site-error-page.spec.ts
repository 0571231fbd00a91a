import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import LocaleError from '../../app/(site)/[locale]/error'
import { ErrorPageCopyProvider } from '@/components/site/ErrorPageCopy'
import { locales, sourceLocale } from '@/i18n/locales'
import { messages as siteMessages } from '@/i18n/messages'

function render(locale: (typeof locales)[number]): string {
  const { ErrorPage } = siteMessages[locale]
  const page = createElement(LocaleError, { error: new Error('boom'), reset: () => {} })
  return renderToStaticMarkup(
    // eslint-disable-next-line react/no-children-prop -- the provider's props type requires children, so createElement gets them there
    createElement(ErrorPageCopyProvider, { copy: { locale, ...ErrorPage }, children: page }),
  )
}

describe('the site error page', () => {
  it.each(locales)('speaks %s, offers a retry and links home, and shows nothing of the error', (locale) => {
    const html = render(locale)
    const copy = siteMessages[locale].ErrorPage
    expect(html).toContain(`<h1>${copy.title}</h1>`)
    expect(html).toContain(`>${copy.retry}</button>`)
    expect(html).toContain(`<a href="/${locale}">${copy.backHome}</a>`)
    expect(html).not.toContain('boom')
  })

  it('is translated: every other language has words of its own, not the source language ones', () => {
    // Against the source only: a new locale starts as a copy of another file (README, "Adding a locale").
    for (const locale of locales.filter((code) => code !== sourceLocale))
      expect(siteMessages[locale].ErrorPage.title, locale).not.toBe(siteMessages[sourceLocale].ErrorPage.title)
  })
})
