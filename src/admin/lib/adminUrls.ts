/**
 * Admin URLs built in one place, so links from the queue, the matrix, the
 * task view and the article view agree (and tests can pin them).
 */
import type { Locale } from '@/i18n/locales'
import type { SearchParams } from './queueFilters'

export const translationsViewPath = '/translations'

export function adminUrl(adminRoute: string, path: string): string {
  return `${adminRoute.replace(/\/$/, '')}${path}`
}

/** The article's edit view in the given locale (Payload reads `?locale=`). */
export function articleEditUrl(adminRoute: string, articleId: number | string, locale: Locale): string {
  return adminUrl(adminRoute, `/collections/articles/${encodeURIComponent(String(articleId))}?locale=${locale}`)
}

export function taskEditUrl(adminRoute: string, taskId: number | string): string {
  return adminUrl(adminRoute, `/collections/translations/${encodeURIComponent(String(taskId))}`)
}

/** The tasks list filtered on equal values, in the `where[field][equals]=` form the list view reads. */
export function taskListUrl(adminRoute: string, equals: Record<string, string>): string {
  const query = Object.entries(equals)
    .map(([field, value], index) => `where[or][0][and][${index}][${field}][equals]=${encodeURIComponent(value)}`)
    .join('&')
  return adminUrl(adminRoute, `/collections/translations${query ? `?${query}` : ''}`)
}

/** The current query with some keys replaced (undefined removes a key): pagination and filter links. */
export function withParams(params: SearchParams | undefined, changes: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params ?? {})) {
    if (key in changes || value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) query.append(key, item)
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined && value !== '') query.set(key, String(value))
  }
  const text = query.toString()
  return text ? `?${text}` : '?'
}
