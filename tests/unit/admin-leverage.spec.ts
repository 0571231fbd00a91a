import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { LeverageTable, leverageParts, leverageTranslator } from '@/admin/components/LeverageTable'
import type { LeverageTotals } from '@/admin/data/leverageTotals'
import { LeverageTotalsTable } from '@/admin/views/LeverageTotalsTable'
import { targetLocales } from '@/i18n/locales'
import { leverageOf } from '@/memory/leverage'

const leverage = leverageOf([
  { words: 1200, score: 101 },
  { words: 8, score: 100 },
  { words: 7, score: 96 },
  { words: 4, score: 80 },
  { words: 5, score: 10 },
])

describe('the leverage tables', () => {
  it('splits exact, fuzzy and new words', () => {
    expect(leverageParts(leverage)).toEqual({ exact: 1208, fuzzy: 11, new: 5 })
  })

  it('shows every band and the total, in the admin language', () => {
    const html = renderToStaticMarkup(createElement(LeverageTable, { leverage, t: leverageTranslator('fr'), language: 'fr' }))
    expect(html).toContain('101 % (en contexte)')
    expect(html).toContain('Nouveaux (moins de 75 %)')
    expect(html).toMatch(/data-band="101"[^]*?1\u202f200/)
    expect(html).toMatch(/data-band="total"[^]*?1\u202f224/)
  })

  it('sums per language in the workspace', () => {
    const empty = leverageOf([])
    // French has counted tasks, every other language none.
    const totals = Object.fromEntries(
      targetLocales.map((locale) => [
        locale,
        locale === 'fr' ? { leverage, counted: 2, open: 3 } : { leverage: empty, counted: 0, open: 0 },
      ]),
    ) as LeverageTotals
    const html = renderToStaticMarkup(createElement(LeverageTotalsTable, { totals, t: leverageTranslator('it'), language: 'it' }))
    expect(html).toContain('Nuove (sotto il 75 %)')
    expect(html).toContain('2 compiti calcolati su 3')
    expect(html).toMatch(/data-band="total"[^]*?data-locale="fr">1224<[^]*?data-locale="en">0</)
  })
})
