import type { CollectionBeforeChangeHook } from 'payload'

import { sourceLocale } from '@/i18n/locales'
import type { Glossary } from '@/payload-types'

/** The list shows each concept by its source-language terms (the glossary has no other name for it). */
export const setTitle: CollectionBeforeChangeHook<Glossary> = ({ data }) => {
  const sourceTerms = (data.terms ?? []).filter((term) => term.locale === sourceLocale && term.status !== 'forbidden')
  return { ...data, title: sourceTerms.map((term) => term.text.trim()).join(' / ') }
}
