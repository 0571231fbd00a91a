/**
 * Small batched reads the admin views share: article titles, user names and
 * source values for a page of tasks. Always with the signed-in user and
 * `overrideAccess: false`, so the views show only what that user may read;
 * always `depth: 0` and a `select`, so no article body is loaded unless asked.
 */
import type { Payload, TypedUser, Where } from 'payload'

import { sourceLocale } from '@/i18n/locales'
import { translatableFields, type TranslatableField } from '@/workflow/fingerprint'
import type { SourceValues } from '@/workflow/source'

export type Id = number | string

function unique(ids: readonly Id[]): Id[] {
  return [...new Map(ids.map((id) => [String(id), id])).values()]
}

/** Source-language titles of the given articles (latest version, drafts included: staff see drafts). */
export async function articleTitles(
  payload: Payload,
  user: TypedUser,
  ids: readonly Id[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'articles',
    where: { id: { in: unique(ids) } },
    locale: sourceLocale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    pagination: false,
    select: { title: true },
    overrideAccess: false,
    user,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.title ?? '']))
}

/** Display names of users (translators see only themselves; others stay unnamed). */
export async function userNames(payload: Payload, user: TypedUser, ids: readonly Id[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: unique(ids) } },
    depth: 0,
    pagination: false,
    select: { name: true, email: true },
    overrideAccess: false,
    user,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.name || doc.email]))
}

/** Translators to assign a task to, by display name: all of them, or those working in `locale`. */
export async function translatorOptions(payload: Payload, user: TypedUser, locale?: string): Promise<{ id: Id; name: string }[]> {
  const translator: Where = { role: { equals: 'translator' } }
  const { docs } = await payload.find({
    collection: 'users',
    where: locale === undefined ? translator : { and: [translator, { translatorLocales: { in: [locale] } }] },
    depth: 0,
    pagination: false,
    sort: 'name',
    select: { name: true, email: true },
    overrideAccess: false,
    user,
  })
  return docs.map((doc) => ({ id: doc.id, name: doc.name || doc.email }))
}

/**
 * Current source values of some fields of some articles — the "after" side of
 * a diff. The latest version, like the fingerprints stored at approval.
 */
export async function sourceValues(
  payload: Payload,
  user: TypedUser,
  ids: readonly Id[],
  fields: readonly TranslatableField[] = translatableFields,
): Promise<Map<string, Partial<SourceValues>>> {
  if (ids.length === 0 || fields.length === 0) return new Map()
  const select = Object.fromEntries(fields.map((field) => [field, true])) as Partial<Record<TranslatableField, true>>
  const { docs } = await payload.find({
    collection: 'articles',
    where: { id: { in: unique(ids) } },
    locale: sourceLocale,
    fallbackLocale: false,
    // The published Italian: what a translation goes live beside (an editor's pending draft is not yet the source).
    draft: false,
    depth: 0,
    pagination: false,
    select,
    overrideAccess: false,
    user,
  })
  return new Map(
    docs.map((doc) => {
      // The select is built at run time, so the type only knows `id`; the requested fields are there or null.
      const read: Partial<Record<TranslatableField, unknown>> & { id: Id } = doc
      const values: Partial<SourceValues> = {}
      for (const field of fields) values[field] = read[field] ?? null
      return [String(doc.id), values]
    }),
  )
}
