import type { Where } from 'payload'

import { isLocale, sourceLocale, type Locale } from '@/i18n/locales'
import { isPublicStatus } from './states'

/**
 * Whether a language of an article is public, decided here and nowhere else
 * (docs/product.md, "Publication"): the source language once the article is
 * published, a target language while its translation is public. Everything
 * that lists, links, searches or serves articles to visitors goes through these.
 */

export type TaskVisibility = { locale: Locale; status?: string | null; approvedAt?: string | null }

/**
 * A target locale is public while its task is approved or outdated — and, once a
 * translation has been approved, it stays online while it is being updated
 * (translators then work on drafts; the approved text is what visitors read).
 */
export function isTaskLocalePublic(task: TaskVisibility): boolean {
  return isPublicStatus(task.status) || Boolean(task.approvedAt)
}

/** The locales in which an article may be shown to the public, in a stable order. */
export function publicLocalesFor(args: { sourcePublished: boolean; tasks: readonly TaskVisibility[] }): Locale[] {
  const result = new Set<Locale>()
  if (!args.sourcePublished) return []
  result.add(sourceLocale)
  for (const task of args.tasks) if (isTaskLocalePublic(task)) result.add(task.locale)
  return [...result].sort()
}

/**
 * Articles a visitor may read in `locale`: published, and public in that
 * locale (`publicLocales`, stored from `publicLocalesFor`). The anonymous read
 * access of articles and the site's search (which must bypass field access) share it.
 */
export function publicInLocale(locale: Locale): Where {
  return { and: [{ _status: { equals: 'published' } }, { publicLocales: { in: [locale] } }] }
}

/**
 * For an anonymous read in `locale`: the articles a visitor may read there. A
 * read in every language (`all`, or no single locale) gets the published ones;
 * `hideNonPublicLocales` then drops the text of the languages that are not public.
 */
export function publicArticles(locale: unknown): Where {
  return isLocale(locale) ? publicInLocale(locale) : { _status: { equals: 'published' } }
}

/** The public languages of a stored article: none while it is unpublished. */
export function storedPublicLocales(doc: { _status?: string | null; publicLocales?: readonly Locale[] | null }): Locale[] {
  return doc._status === 'published' ? [...(doc.publicLocales ?? [])].sort() : []
}
