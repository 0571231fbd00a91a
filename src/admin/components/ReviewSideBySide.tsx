/**
 * On a task in review, before the Approve button: the translation beside its
 * Italian source, field by field, so nobody approves blind. The QA slot shows
 * the automatic checks once they exist; none run yet, and it says so.
 */
import React from 'react'

import { languageName, sourceLocale, type Locale, type TargetLocale } from '@/i18n/locales'
import type { ReviewRow } from '@/admin/data/review'
import type { AdminT } from '@/admin/i18n/translator'
import { capitalize } from '@/admin/lib/text'

type Props = { rows: ReviewRow[]; locale: TargetLocale; t: AdminT; language: Locale }

function Blocks({ blocks, lang, empty }: { blocks: string[]; lang: string; empty: string }) {
  if (blocks.length === 0) return <p className="dg-muted">{empty}</p>
  return (
    <div lang={lang}>
      {blocks.map((block, index) => (
        <p key={index}>{block}</p>
      ))}
    </div>
  )
}

export function ReviewSideBySide({ rows, locale, t, language }: Props) {
  return (
    <div className="dg-card dg-review" data-review>
      <h3>{t('review.heading')}</h3>
      <div className="dg-review__qa" data-review-qa>
        <h4>{t('review.qaHeading')}</h4>
        <p className="dg-muted">{t('review.qaNone')}</p>
      </div>
      <table className="dg-table dg-review__table">
        <thead>
          <tr>
            <th scope="col">{t('review.field')}</th>
            <th scope="col">{capitalize(languageName(sourceLocale, language), language)}</th>
            <th scope="col">{capitalize(languageName(locale, language), language)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} data-review-field={row.field}>
              <th scope="row">{t(`fields.${row.field}`)}</th>
              <td data-side="source">
                <Blocks blocks={row.source} lang={sourceLocale} empty={t('review.empty')} />
              </td>
              <td data-side="translation">
                <Blocks blocks={row.translation} lang={locale} empty={t('review.missing')} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
