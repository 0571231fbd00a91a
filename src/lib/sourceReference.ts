/**
 * One citation style for every source on the site (APA 7-like), localized
 * only where the language shows: "n.d." and the "accessed" date.
 *
 * Why one hand-written formatter: sources are typed in by editors and the
 * seed alike, and readers should see the same shape everywhere. Inputs are
 * nullable because Payload documents are fed straight in.
 */
import type { Locale } from '@/i18n/locales'
import { messages, translatorFor } from '@/i18n/messages'
import { isHttpUrl, isValidDoi } from './validators'

export type CitationAuthor = { family: string; given?: string | null }

export type CitationSource = {
  authors?: CitationAuthor[] | null
  year?: number | null
  title: string
  container?: string | null
  publisher?: string | null
  url?: string | null
  doi?: string | null
  type?: string | null
  accessedAt?: string | null
}

export type CitationLink = { href: string; label: string }

/** Source types whose content changes over time, so the access date matters. */
export const accessedTypes: readonly string[] = ['webpage', 'standard']

/** APA 7: list up to 20 authors; beyond that, the first 19, an ellipsis, and the last. */
export const maxListedAuthors = 20

function clean(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim()
}

/** Ends a segment with a period unless it already ends with . ? ! or … (no "Why?."). */
function sentence(text: string): string {
  return /[.?!…]$/.test(text) ? text : `${text}.`
}

function firstLetter(part: string): string {
  const first = Array.from(part)[0] ?? ''
  return first.toLocaleUpperCase()
}

/**
 * "Chung-Cheng" → "C.-C.", "Geoffrey E." → "G. E.", "J.R.R." → "J. R. R.",
 * "Jean-Paul Marie" → "J.-P. M.".
 */
export function formatInitials(given: string): string {
  return clean(given)
    .split(' ')
    .map((word) =>
      word
        .split('-')
        .map((group) =>
          group
            .split('.')
            .filter((piece) => /[\p{L}\p{N}]/u.test(piece))
            .map((piece) => `${firstLetter(piece)}.`)
            .join(' '),
        )
        .filter((group) => group !== '')
        .join('-'),
    )
    .filter((word) => word !== '')
    .join(' ')
}

/** "Family, G." — or the family field as is for an organisation (no given name). */
export function formatAuthor(author: CitationAuthor): string {
  const family = clean(author.family)
  const initials = formatInitials(author.given ?? '')
  return initials === '' ? family : `${family}, ${initials}`
}

/** APA 7 author list: "A", "A, & B", "A, B, & C", or 19 + "…" + last beyond 20. */
export function formatAuthors(authors: readonly CitationAuthor[]): string {
  const names = authors.map(formatAuthor).filter((name) => name !== '')
  if (names.length <= 1) return names[0] ?? ''
  if (names.length > maxListedAuthors) {
    return `${names.slice(0, maxListedAuthors - 1).join(', ')}, … ${names.at(-1)}`
  }
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`
}

/** Accepts a bare DOI or a `doi:` / `https://doi.org/` form; `null` when not a valid DOI. */
export function normalizeDoi(doi: string | null | undefined): string | null {
  const bare = clean(doi).replace(/^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i, '')
  return isValidDoi(bare) ? bare : null
}

/** Readable label for a URL: percent-escapes decoded when that is possible. */
function displayUrl(href: string): string {
  try {
    return decodeURI(href)
  } catch {
    return href
  }
}

/** DOI link when there is a valid DOI (stable), else the http(s) URL, else nothing. */
export function citationLink(source: Pick<CitationSource, 'doi' | 'url'>): CitationLink | null {
  const doi = normalizeDoi(source.doi)
  if (doi) {
    const href = `https://doi.org/${doi}`
    return { href, label: href }
  }
  const url = clean(source.url)
  if (isHttpUrl(url)) return { href: url, label: displayUrl(url) }
  return null
}

function parseDate(value: string): Date | null {
  const text = value.trim()
  // Date-only strings are calendar days: read them as UTC so no timezone shifts the day.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : new Date(text)
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * "consultato il 15 ottobre 2026" / "consulté le 15 octobre 2026" /
 * "accessed October 15, 2026"; `null` for a missing or invalid date.
 */
export function formatAccessed(accessedAt: string | null | undefined, locale: Locale): string | null {
  const date = parseDate(accessedAt ?? '')
  if (!date) return null
  const formatted = new Intl.DateTimeFormat(messages[locale].Locale.sourceDates, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date)
  const day = date.getUTCDate()
  switch (locale) {
    case 'it':
      // Italian writes "il 1º", and elides before a vowel sound: "l'8", "l'11".
      if (day === 1) return `consultato il ${formatted.replace(/^1 /, '1º ')}`
      return day === 8 || day === 11 ? `consultato l'${formatted}` : `consultato il ${formatted}`
    case 'fr':
      return `consulté le ${day === 1 ? formatted.replace(/^1 /, '1er ') : formatted}`
    default:
      return translatorFor(locale, 'Locale')('accessed', { date: formatted })
  }
}

/**
 * `Family, G. G., Family2, G., & Family3, G. (Year). Title. Container. Publisher. https://doi.org/DOI`
 * Without authors the title takes their place (APA). The publisher is left
 * out when it repeats the container or an organisation author.
 */
export function formatCitation(source: CitationSource, locale: Locale): string {
  const authors = formatAuthors(source.authors ?? [])
  const year =
    typeof source.year === 'number' && Number.isFinite(source.year) ? String(source.year) : messages[locale].Locale.noDate
  const title = clean(source.title)
  const container = clean(source.container)
  const publisher = clean(source.publisher)

  const segments: string[] = []
  if (authors !== '') {
    segments.push(`${authors} (${year}).`)
    if (title !== '') segments.push(sentence(title))
  } else {
    segments.push(title !== '' ? `${sentence(title)} (${year}).` : `(${year}).`)
  }

  const same = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase()
  if (container !== '' && !same(container, title)) segments.push(sentence(container))
  const organisations = (source.authors ?? []).filter((a) => clean(a.given) === '').map((a) => clean(a.family))
  if (publisher !== '' && !same(publisher, container) && !organisations.some((org) => same(org, publisher))) {
    segments.push(sentence(publisher))
  }

  const link = citationLink(source)
  if (link) {
    const isDoi = normalizeDoi(source.doi) !== null
    const accessed = !isDoi && accessedTypes.includes(clean(source.type)) ? formatAccessed(source.accessedAt, locale) : null
    segments.push(accessed ? `${link.label} (${accessed})` : link.label)
  }

  return segments.join(' ')
}

/**
 * How a source is named in the admin (pickers, lists, document header): "Authors (year) Title",
 * with family names only and "et al." past three, so editors tell apart sources with similar titles.
 */
export function sourceDisplayTitle(source: Pick<CitationSource, 'authors' | 'year' | 'title'>): string {
  const families = (source.authors ?? []).map((author) => clean(author.family)).filter((family) => family !== '')
  const authors = families.length > 3 ? `${families.slice(0, 3).join(', ')} et al.` : families.join(', ')
  const year = source.year ? `(${source.year})` : ''
  return [authors, year, clean(source.title)].filter((part) => part !== '').join(' ')
}
