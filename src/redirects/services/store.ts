import type { Payload, PayloadRequest, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { childReq } from '@/workflow/services/childReq'
import type { RedirectCollection, SlugChange, SlugMap } from '../rules'

/**
 * The `redirects` collection, written by the server only (overrideAccess):
 * old slugs recorded when a published slug changes, released when a slug is
 * live again. Every call joins the caller's transaction (`req`).
 */

type DocId = number | string

function redirectWhere(collection: RedirectCollection, locale: Locale, from: string): Where {
  return { and: [{ collection: { equals: collection } }, { locale: { equals: locale } }, { from: { equals: from } }] }
}

function targetOf(doc: { article?: unknown; topic?: unknown }, collection: RedirectCollection): DocId | null {
  const value = collection === 'articles' ? doc.article : doc.topic
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'object' && value !== null && 'id' in value) {
    const id = value.id
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return null
}

/** The document an old slug leads to, or null (none, or its document is gone). */
export async function redirectTarget(
  payload: Payload,
  where: { collection: RedirectCollection; locale: Locale; from: string },
  req?: PayloadRequest,
): Promise<DocId | null> {
  const { docs } = await payload.find({
    collection: 'redirects',
    where: redirectWhere(where.collection, where.locale, where.from),
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req: req ? childReq(req) : undefined,
  })
  const doc = docs[0]
  return doc ? targetOf(doc, where.collection) : null
}

/** After a published slug changed: the old one leads to the document (a former redirect from it is re-pointed). */
export async function recordSlugChanges(
  req: PayloadRequest,
  collection: RedirectCollection,
  id: DocId,
  changes: readonly SlugChange[],
): Promise<void> {
  for (const change of changes) {
    const data = { collection, locale: change.locale, from: change.from, [collection === 'articles' ? 'article' : 'topic']: id }
    const { docs } = await req.payload.find({
      collection: 'redirects',
      where: redirectWhere(collection, change.locale, change.from),
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req: childReq(req),
    })
    const existing = docs[0]
    if (existing) {
      await req.payload.update({ collection: 'redirects', id: existing.id, data, overrideAccess: true, req: childReq(req) })
    } else {
      await req.payload.create({ collection: 'redirects', data, overrideAccess: true, req: childReq(req) })
    }
  }
}

/** A live slug never redirects: whatever redirect started from it is dropped. */
export async function releaseLiveSlugs(req: PayloadRequest, collection: RedirectCollection, slugs: SlugMap): Promise<void> {
  const entries = Object.entries(slugs)
  if (entries.length === 0) return
  await req.payload.delete({
    collection: 'redirects',
    where: {
      and: [
        { collection: { equals: collection } },
        { or: entries.map(([locale, from]): Where => ({ and: [{ locale: { equals: locale } }, { from: { equals: from } }] })) },
      ],
    },
    overrideAccess: true,
    req: childReq(req),
  })
}

/** A deleted document leaves no redirect behind (its old URLs become plain 404s and free slugs). */
export async function dropRedirectsTo(req: PayloadRequest, collection: RedirectCollection, id: DocId): Promise<void> {
  await req.payload.delete({
    collection: 'redirects',
    where: { [collection === 'articles' ? 'article' : 'topic']: { equals: id } },
    overrideAccess: true,
    req: childReq(req),
  })
}
