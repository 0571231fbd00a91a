/**
 * Task counts per target locale and status, for the editors' overview. One
 * `count` per cell (a handful of indexed queries) rather than loading tasks.
 */
import type { Payload, TypedUser } from 'payload'

import { targetLocales, type TargetLocale } from '@/i18n/locales'
import { taskStatuses, type TaskStatus } from '@/workflow/states'

export type StatusCounts = Record<TargetLocale, Record<TaskStatus, number>>

export async function loadStatusCounts(payload: Payload, user: TypedUser): Promise<StatusCounts> {
  const cells = targetLocales.flatMap((locale) => taskStatuses.map((status) => ({ locale, status })))
  const totals = await Promise.all(
    cells.map(({ locale, status }) =>
      payload.count({
        collection: 'translations',
        where: { and: [{ locale: { equals: locale } }, { status: { equals: status } }] },
        overrideAccess: false,
        user,
      }),
    ),
  )
  const counts = Object.fromEntries(
    targetLocales.map((locale) => [locale, Object.fromEntries(taskStatuses.map((status) => [status, 0]))]),
  ) as StatusCounts
  cells.forEach(({ locale, status }, index) => {
    counts[locale][status] = totals[index]?.totalDocs ?? 0
  })
  return counts
}
