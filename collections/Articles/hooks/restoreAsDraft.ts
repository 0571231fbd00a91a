import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest, RequestContext } from 'payload'

import type { Article } from '@/payload-types'
import type { RawDoc } from '@/workflow/publication'
import { writePublishedRow } from '@/workflow/services/publication'

/**
 * A restored version becomes the working draft, never the published row.
 * Payload's restore writes the version into the published row unless it is
 * called with `draft: true` (the admin's plain "Restore" sends false), and it
 * reads that flag before any hook runs, so it cannot be turned into a draft
 * from outside. Instead the published row is read before the restore and
 * written back right after it, in the same transaction; the version saved by
 * the restore is marked a draft. Publishing it is then one language at a time.
 */

const KEY = 'restoredArticle'

type Stash = { id: number | string; row: RawDoc; putBack: boolean }

function isStash(value: unknown): value is Stash {
  return typeof value === 'object' && value !== null && 'id' in value && 'row' in value && 'putBack' in value
}

function stashOf(context: RequestContext): Stash | null {
  const value = context[KEY]
  return isStash(value) ? value : null
}

/** From the `restoreVersion` beforeOperation: remembers the published row of the version's article. */
export async function rememberPublishedRow(
  req: PayloadRequest,
  versionId: unknown,
  { draft }: { draft: boolean },
): Promise<void> {
  req.context[KEY] = null
  if (typeof versionId !== 'string' && typeof versionId !== 'number') return
  const { docs } = await req.payload.db.findVersions<RawDoc & { id: number | string }>({
    collection: 'articles',
    where: { id: { equals: versionId } },
    limit: 1,
    pagination: false,
    req,
  })
  const parent = docs[0]?.parent
  // An unknown version: Payload answers "not found" itself.
  if (typeof parent !== 'string' && typeof parent !== 'number') return
  const row = await req.payload.db.findOne<RawDoc & { id: number | string }>({
    collection: 'articles',
    where: { id: { equals: parent } },
    req,
  })
  if (row) req.context[KEY] = { id: parent, row, putBack: !draft } satisfies Stash
}

/**
 * The restored version is saved as a draft; an old version saved before the first
 * publication (or by a translator) has no publication date: the article keeps its own.
 */
export const restoreAsDraft: CollectionBeforeChangeHook<Article> = ({ data, context }) => {
  const stash = stashOf(context)
  if (context.isRestoringVersion !== true || !stash) return data
  data._status = 'draft'
  const publishedAt = stash.row.publishedAt
  if (!data.publishedAt && typeof publishedAt === 'string') data.publishedAt = publishedAt
  return data
}

/** Puts the published row back as it was before the restore overwrote it. */
export const putBackPublishedRow: CollectionAfterChangeHook<Article> = async ({ doc, req, context }) => {
  const stash = stashOf(context)
  if (!stash || String(stash.id) !== String(doc.id)) return doc
  context[KEY] = null
  if (stash.putBack) await writePublishedRow(req, doc.id, stash.row)
  return doc
}
