import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook } from 'payload'

import type { Source } from '@/payload-types'
import { applyRevalidation, revalidationDisabled } from '@/site/revalidation/revalidate'
import { articlesCiting } from '@/site/revalidation/snapshots'
import { sourceChange, type ArticleSnapshot } from '@/site/revalidation/targets'

/** A source is printed in the articles citing it: those pages are revalidated (see `sourceChange`). */
export const revalidateSourceAfterChange: CollectionAfterChangeHook<Source> = async ({ doc, req, context }) => {
  if (revalidationDisabled(context)) return doc
  await applyRevalidation(sourceChange(await articlesCiting(req, doc.id)), req)
  return doc
}

const KEY = 'revalidateSourceCiting'

/** After a delete the relationship rows are gone: find the citing articles first. */
export const rememberSourceBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
  if (revalidationDisabled(context)) return
  const citing: Record<string, ArticleSnapshot[]> = isStash(context[KEY]) ? context[KEY] : {}
  citing[String(id)] = await articlesCiting(req, id)
  context[KEY] = citing
}

function isStash(value: unknown): value is Record<string, ArticleSnapshot[]> {
  return typeof value === 'object' && value !== null
}

export const revalidateSourceAfterDelete: CollectionAfterDeleteHook<Source> = async ({ id, doc, req, context }) => {
  const citing = context[KEY]
  if (!revalidationDisabled(context) && isStash(citing)) await applyRevalidation(sourceChange(citing[String(id)] ?? []), req)
  return doc
}
