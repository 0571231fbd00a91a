import { localeNames, type Locale } from '@/i18n/locales'

/**
 * What a translation task is called in the admin (its document title, list
 * rows, relationship pickers): the article's question and the target language
 * in its own name, which reads the same whatever the admin language.
 */
export function taskTitle(articleTitle: string | null | undefined, locale: Locale): string {
  const question = articleTitle?.trim() || '—'
  return `${question} · ${localeNames[locale]}`
}
