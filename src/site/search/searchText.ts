import { richTextToPlainText } from '@/richtext/plainText'

/**
 * The text an article is searched by in one locale: title, summary and body as
 * plain text, lower case and without accents, stored in the article's hidden
 * localized `searchText` field. A database can then match a query word with a
 * plain substring test (`contains`) that behaves the same on SQLite and
 * MongoDB and ignores case and accents ("securite" finds "Sécurité").
 */

/** Lower case without diacritics. Unlike `fold` it may change the length: for stored text and queries, not for highlighting. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** `body` is the rich-text value, or already plain text. */
export type SearchableFields = { title?: string | null; summary?: string | null; body?: unknown }

/** Title, summary and body on separate lines, folded. Empty when the locale has none of them. */
export function searchableText(fields: SearchableFields): string {
  return foldForSearch(
    [fields.title, fields.summary ?? '', typeof fields.body === 'string' ? fields.body : richTextToPlainText(fields.body)].join(
      '\n',
    ),
  ).trim()
}
