import { isLocale, locales, type Locale } from '@/i18n/locales'
import { isSlug, MAX_SLUG_LENGTH } from '@/lib/slugify'

/**
 * Stable URLs: the pure rules. A redirect maps an old slug, in one language of
 * one collection, to a document (never to another slug), so a chain of renames
 * always answers in one hop: the old URL goes to the document's current slug.
 */

export const redirectCollections = ['articles', 'topics'] as const
export type RedirectCollection = (typeof redirectCollections)[number]

export type SlugMap = Partial<Record<Locale, string>>

export type SlugChange = { locale: Locale; from: string; to: string }

/** A localized field as the database holds it (`{ it: 'a', fr: 'b' }`): only real slugs survive. */
export function slugMap(value: unknown): SlugMap {
  const map: SlugMap = {}
  if (typeof value !== 'object' || value === null) return map
  for (const [key, slug] of Object.entries(value)) if (isLocale(key) && typeof slug === 'string' && slug !== '') map[key] = slug
  return map
}

/**
 * The old URLs a write leaves behind: each language that was public with a
 * slug and is still reachable under a different one. A language taken offline
 * leaves none (its URL is simply gone until it comes back).
 */
export function slugChanges(before: SlugMap, after: SlugMap, publicBefore: readonly Locale[]): SlugChange[] {
  const changes: SlugChange[] = []
  for (const locale of locales) {
    const from = before[locale]
    const to = after[locale]
    if (publicBefore.includes(locale) && from && to && from !== to) changes.push({ locale, from, to })
  }
  return changes
}

/** Only a well-formed slug is looked up: anything else (encoded bytes, dots, 2 kB) is a plain 404. */
export function isLookupSlug(value: string): boolean {
  return value.length > 0 && value.length <= MAX_SLUG_LENGTH && isSlug(value)
}

/** Where an old slug leads: the document's current slug, unless that is the URL already asked for (no loop). */
export function redirectSlug(requested: string, current: string | undefined): string | null {
  return current && current !== requested ? current : null
}

/**
 * A slug about to be saved that still redirects somewhere: free when nothing
 * redirects from it or only this document's own old URL does (renaming back);
 * otherwise another document's old URL would be taken over, which needs the
 * editor to say so.
 */
export type SlugClaim = 'free' | 'own' | 'takeOver' | 'refuse'

export function slugClaim(args: {
  redirectTarget: number | string | null
  docId: number | string | undefined
  confirmed: boolean
}): SlugClaim {
  if (args.redirectTarget === null) return 'free'
  if (args.docId !== undefined && String(args.redirectTarget) === String(args.docId)) return 'own'
  return args.confirmed ? 'takeOver' : 'refuse'
}

/** The public languages of a row as the database returns it (none while it is unpublished). */
export function rowPublicLocales(row: Record<string, unknown>): Locale[] {
  const list = row.publicLocales
  if (row._status !== 'published' || !Array.isArray(list)) return []
  return list.filter((locale): locale is Locale => isLocale(locale))
}
