/**
 * The editors' filters for the open-tasks list: a plain GET form, so filtered
 * views are links one can bookmark or share, and no client code is needed.
 */
import React from 'react'

import { languageName, type Locale, targetLocales } from '@/i18n/locales'
import { taskStatuses } from '@/workflow/states'
import type { AdminT } from '@/admin/i18n/translator'
import type { QueueFilters } from '@/admin/lib/queueFilters'
import { capitalize } from '@/admin/lib/text'

type Props = {
  filters: QueueFilters
  translators: { id: number | string; name: string }[]
  t: AdminT
  language: Locale
  /** Parameters of the other sections, kept when filtering. */
  keep: Record<string, string | undefined>
}

export function QueueFiltersForm({ filters, translators, t, language, keep }: Props) {
  return (
    <form className="dg-filters" method="get" data-testid="queue-filters">
      {Object.entries(keep).map(([name, value]) =>
        value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
      <label>
        {t('filters.status')}
        <select name="status" defaultValue={filters.status ?? ''}>
          <option value="">{t('filters.anyOpen')}</option>
          {taskStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filters.language')}
        <select name="locale" defaultValue={filters.locale ?? ''}>
          <option value="">{t('filters.anyLanguage')}</option>
          {targetLocales.map((locale) => (
            <option key={locale} value={locale}>
              {capitalize(languageName(locale, language), language)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filters.assignee')}
        <select name="assignee" defaultValue={filters.assignee ?? ''}>
          <option value="">{t('filters.anyone')}</option>
          <option value="none">{t('filters.unassigned')}</option>
          {translators.map((translator) => (
            <option key={String(translator.id)} value={String(translator.id)}>
              {translator.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="dg-button">
        {t('filters.apply')}
      </button>
      <a className="dg-link" href="?">
        {t('filters.reset')}
      </a>
    </form>
  )
}
