/**
 * A leverage analysis as a table: words and sentences per memory match band, then the total
 * (the task panel shows one task's, the editors' workspace the sum per language).
 */
import React from 'react'

import type { Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/messages'
import { leverageBands } from '@/memory/bands'
import type { Leverage } from '@/memory/leverage'
import { wordsBelowExact } from '@/memory/taskLeverage'

export function leverageTranslator(language: Locale) {
  return translatorFor(language, 'Leverage')
}

export type LeverageT = ReturnType<typeof leverageTranslator>

/**
 * Exact (101 % and 100 %), fuzzy (75–99 %) and new words: the queue's one-line summary. A
 * machine draft is still to be post-edited word by word, so its words count with the new ones.
 */
export function leverageParts(leverage: Leverage) {
  const exact = leverage.bands['101'].words + leverage.bands['100'].words
  const fresh = leverage.bands.new.words + leverage.bands.machine.words
  return { exact, fuzzy: wordsBelowExact(leverage) - fresh, new: fresh }
}

type Props = { leverage: Leverage; t: LeverageT; language: Locale; testId?: string }

export function LeverageTable({ leverage, t, language, testId = 'leverage' }: Props) {
  const number = new Intl.NumberFormat(language)
  return (
    <div className="dg-table-wrap">
      <table className="dg-table dg-leverage" data-testid={testId}>
        <thead>
          <tr>
            <th>{t('band')}</th>
            <th className="dg-num">{t('words')}</th>
            <th className="dg-num">{t('segments')}</th>
          </tr>
        </thead>
        <tbody>
          {leverageBands.map((band) => (
            <tr key={band} data-band={band}>
              <th scope="row">{t(`bands.${band}`)}</th>
              <td className="dg-num" data-words>
                {number.format(leverage.bands[band].words)}
              </td>
              <td className="dg-num">{number.format(leverage.bands[band].segments)}</td>
            </tr>
          ))}
          <tr data-band="total">
            <th scope="row">{t('total')}</th>
            <td className="dg-num" data-words>
              {number.format(leverage.total.words)}
            </td>
            <td className="dg-num">{number.format(leverage.total.segments)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  )
}
