/** Editors' workspace: words per match band of the open tasks, one column per language. */
import React from 'react'

import { languageName, targetLocales, type Locale } from '@/i18n/locales'
import { leverageBands } from '@/memory/bands'
import type { LeverageT } from '@/admin/components/LeverageTable'
import type { LeverageTotals } from '@/admin/data/leverageTotals'
import { capitalize } from '@/admin/lib/text'

type Props = { totals: LeverageTotals; t: LeverageT; language: Locale }

export function LeverageTotalsTable({ totals, t, language }: Props) {
  const number = new Intl.NumberFormat(language)
  return (
    <div className="dg-table-wrap">
      <table className="dg-table dg-leverage" data-testid="leverage-totals">
        <thead>
          <tr>
            <th>{t('band')}</th>
            {targetLocales.map((locale) => (
              <th key={locale} className="dg-num" data-locale={locale}>
                {capitalize(languageName(locale, language), language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {leverageBands.map((band) => (
            <tr key={band} data-band={band}>
              <th scope="row">{t(`bands.${band}`)}</th>
              {targetLocales.map((locale) => (
                <td key={locale} className="dg-num" data-locale={locale}>
                  {number.format(totals[locale].leverage.bands[band].words)}
                </td>
              ))}
            </tr>
          ))}
          <tr data-band="total">
            <th scope="row">{t('total')}</th>
            {targetLocales.map((locale) => (
              <td key={locale} className="dg-num" data-locale={locale}>
                {number.format(totals[locale].leverage.total.words)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <p className="dg-hint">
        {targetLocales
          .map(
            (locale) =>
              `${capitalize(languageName(locale, language), language)}: ${t('tasksCounted', { counted: totals[locale].counted, open: totals[locale].open })}`,
          )
          .join(' · ')}
      </p>
    </div>
  )
}
