/**
 * Which tasks each list of the Translations view shows, as Payload `where`
 * clauses, and how the editors' filters are read from the URL. Pure: the
 * view's search params are untrusted strings, so everything is validated here.
 */
import type { Where } from 'payload'

import { isLocale, sourceLocale, type Locale, type TargetLocale } from '@/i18n/locales'
import { isTaskStatus, type TaskStatus } from '@/workflow/states'

/** Work still to be done; approved tasks leave the queue until the source changes. */
export const openStatuses = ['todo', 'in_progress', 'in_review', 'outdated'] as const satisfies readonly TaskStatus[]

export type SearchParams = Record<string, string | string[] | undefined>

export type QueueFilters = {
  status?: TaskStatus
  locale?: TargetLocale
  /** `'none'`: unassigned tasks only; otherwise a user id. */
  assignee?: string
}

export function firstParam(params: SearchParams | undefined, key: string): string | undefined {
  const value = params?.[key]
  return Array.isArray(value) ? value[0] : value
}

/** A 1-based page number; anything else (missing, 0, "abc", "-2") is page 1. */
export function pageParam(params: SearchParams | undefined, key: string): number {
  const page = Number.parseInt(firstParam(params, key) ?? '', 10)
  return Number.isFinite(page) && page >= 1 ? page : 1
}

export function parseQueueFilters(params: SearchParams | undefined): QueueFilters {
  const filters: QueueFilters = {}
  const status = firstParam(params, 'status')
  if (isTaskStatus(status)) filters.status = status
  const locale = firstParam(params, 'locale')
  if (isLocale(locale) && locale !== sourceLocale) filters.locale = locale
  const assignee = firstParam(params, 'assignee')
  if (assignee === 'none' || (assignee && /^[A-Za-z0-9_-]{1,64}$/.test(assignee))) filters.assignee = assignee
  return filters
}

type UserRef = { id: number | string }

/** Open tasks assigned to this user. */
export function mineWhere(user: UserRef): Where {
  return { and: [{ assignee: { equals: user.id } }, { status: { in: [...openStatuses] } }] }
}

/** Open, unassigned tasks in the translator's languages (read access narrows to them too). */
export function claimableWhere(locales: readonly Locale[]): Where {
  return {
    and: [{ assignee: { exists: false } }, { locale: { in: [...locales] } }, { status: { in: [...openStatuses] } }],
  }
}

/** The editors' list: open tasks by default, narrowed by the filters. */
export function allTasksWhere(filters: QueueFilters): Where {
  const and: Where[] = [filters.status ? { status: { equals: filters.status } } : { status: { in: [...openStatuses] } }]
  if (filters.locale) and.push({ locale: { equals: filters.locale } })
  if (filters.assignee === 'none') and.push({ assignee: { exists: false } })
  else if (filters.assignee) and.push({ assignee: { equals: filters.assignee } })
  return { and }
}
