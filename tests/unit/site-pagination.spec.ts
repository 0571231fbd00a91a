import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'

import type { Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/messages'

/** The pager under a topic's articles: previous/next links at either end of the range. */

// Outside a Next request: the same messages, without next-intl's request config.
vi.mock('next-intl/server', () => ({
  getTranslations: async ({ locale, namespace }: { locale: Locale; namespace: 'Pagination' }) => translatorFor(locale, namespace),
}))

const { Pagination } = await import('@/components/site/Pagination')

async function render(page: number, totalPages: number): Promise<string> {
  const element = await Pagination({ locale: 'it', page, totalPages, hrefFor: (n) => `/it/argomenti/reti/pagina/${n}` })
  return element ? renderToStaticMarkup(element) : ''
}

describe('pagination', () => {
  it('on the last page: a link to the previous page, none to a next one', async () => {
    const html = await render(3, 3)
    expect(html).toContain('href="/it/argomenti/reti/pagina/2" rel="prev"')
    expect(html).not.toContain('rel="next"')
    expect(html).toContain('Pagina 3 di 3')
  })

  it('on the first page: a link to the next page only', async () => {
    const html = await render(1, 3)
    expect(html).toContain('href="/it/argomenti/reti/pagina/2" rel="next"')
    expect(html).not.toContain('rel="prev"')
  })

  it('nothing when everything fits on one page', async () => {
    expect(await render(1, 1)).toBe('')
  })
})
