/**
 * The editors' workspace: the leverage of the open tasks (not approved), summed per language.
 * Only the two small fields are read, through the Local API as the signed-in user.
 */
import type { Payload, TypedUser } from 'payload'

import { targetLocales, type TargetLocale } from '@/i18n/locales'
import type { Leverage } from '@/memory/leverage'
import { readTaskLeverage, sumLeverage } from '@/memory/taskLeverage'

export type LeverageTotals = Record<TargetLocale, { leverage: Leverage; counted: number; open: number }>

export async function loadLeverageTotals(payload: Payload, user: TypedUser): Promise<LeverageTotals> {
  const { docs } = await payload.find({
    collection: 'translations',
    where: { status: { not_equals: 'approved' } },
    select: { locale: true, leverage: true },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const totals = {} as LeverageTotals
  for (const locale of targetLocales) {
    const open = docs.filter((task) => task.locale === locale)
    const counted = open.flatMap((task) => readTaskLeverage(task.leverage) ?? [])
    totals[locale] = { leverage: sumLeverage(counted), counted: counted.length, open: open.length }
  }
  return totals
}
