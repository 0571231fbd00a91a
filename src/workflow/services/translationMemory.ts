/**
 * The translation memory in the database: filled on approval, read by the lookup endpoint.
 *
 * Lookups go through an in-process index per language pair (src/memory/candidateIndex.ts),
 * built from the collection on first use, so a fuzzy lookup reads a few posting lists and
 * never scans the table. Writes in this process drop the indexes; another process's writes
 * are seen within `indexLifetimeMs`.
 */
import type { Payload, PayloadRequest } from 'payload'

import { isLocale, sourceLocale, type Locale } from '@/i18n/locales'
import { relationId } from '@/lib/relations'
import { alignField, type SegmentPair } from '@/memory/align'
import { MemoryIndex, type MemoryMatch } from '@/memory/candidateIndex'
import { exactKey } from '@/memory/normalise'
import type { Translation } from '@/payload-types'
import { translatableFields } from '@/workflow/fingerprint'
import { pickSource, type SourceValues } from '@/workflow/source'
import { childReq } from './childReq'
import { readText } from './source'

export type MemoryEntry = {
  id: number | string
  source: string
  target: string
  before: string | null
  after: string | null
}

export const indexLifetimeMs = 60_000

type CachedIndex = { index: MemoryIndex<MemoryEntry>; builtAt: number }
const indexes = new WeakMap<Payload, Map<string, Promise<CachedIndex>>>()

/** Bumped by every write to the memory in this process; an index built before it is rebuilt. */
let generation = 0

export function forgetMemoryIndexes(): void {
  generation += 1
}

function asSnapshot(value: Translation['sourceSnapshot']): SourceValues | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? pickSource(value) : null
}

/** The pairs an approved task teaches the memory: its source at approval against its published text. */
export async function pairsOfApproval(req: PayloadRequest, task: Translation): Promise<SegmentPair[]> {
  const articleId = relationId(task.article)
  const source = asSnapshot(task.sourceSnapshot)
  if (articleId === undefined || !source || !isLocale(task.locale)) return []
  const target = await readText(req, articleId, task.locale, { latest: false })
  if (!target) return []
  const locales = { source: sourceLocale, target: task.locale }
  return translatableFields.flatMap((field) => alignField(field, source[field], target[field], locales))
}

/**
 * Stores the pairs of an approval, in the approval's transaction. A pair already in the
 * memory (same languages, source and target) is not added again.
 */
export async function recordApproval(req: PayloadRequest, task: Translation): Promise<number> {
  const pairs = await pairsOfApproval(req, task)
  if (pairs.length === 0) return 0
  const keys = [...new Set(pairs.map((pair) => exactKey(pair.source)))]
  const { docs } = await req.payload.find({
    collection: 'translation-memory',
    where: {
      and: [{ sourceLocale: { equals: sourceLocale } }, { targetLocale: { equals: task.locale } }, { key: { in: keys } }],
    },
    select: { key: true, targetText: true },
    pagination: false,
    depth: 0,
    req: childReq(req),
    overrideAccess: true,
  })
  const known = new Set(docs.map((doc) => `${doc.key ?? ''}\u0000${doc.targetText}`))
  const approvedAt = task.approvedAt ?? new Date().toISOString()
  let added = 0
  for (const pair of pairs) {
    const identity = `${exactKey(pair.source)}\u0000${pair.target}`
    if (known.has(identity)) continue
    known.add(identity)
    await req.payload.create({
      collection: 'translation-memory',
      data: {
        sourceLocale,
        targetLocale: task.locale,
        sourceText: pair.source,
        targetText: pair.target,
        contextBefore: pair.before,
        contextAfter: pair.after,
        article: typeof task.article === 'object' ? task.article.id : task.article,
        field: translatableFields.find((field) => field === pair.field),
        approvedBy: req.user?.id,
        approvedAt,
      },
      req: childReq(req),
      overrideAccess: true,
    })
    added += 1
  }
  return added
}

async function buildIndex(payload: Payload, from: Locale, to: Locale): Promise<CachedIndex> {
  const index = new MemoryIndex<MemoryEntry>()
  for (let page = 1, more = true; more; page += 1) {
    const result = await payload.find({
      collection: 'translation-memory',
      where: { and: [{ sourceLocale: { equals: from } }, { targetLocale: { equals: to } }] },
      select: { sourceText: true, targetText: true, contextBefore: true, contextAfter: true },
      sort: 'id',
      limit: 5000,
      page,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of result.docs) {
      index.add({
        id: doc.id,
        source: doc.sourceText,
        target: doc.targetText,
        before: doc.contextBefore ?? null,
        after: doc.contextAfter ?? null,
      })
    }
    more = result.hasNextPage
  }
  return { index, builtAt: Date.now() }
}

const built = new WeakMap<Payload, number>()

async function indexFor(payload: Payload, from: Locale, to: Locale): Promise<MemoryIndex<MemoryEntry>> {
  let byPair = indexes.get(payload)
  if (!byPair || built.get(payload) !== generation) {
    byPair = new Map()
    indexes.set(payload, byPair)
    built.set(payload, generation)
  }
  const key = `${from}:${to}`
  let cached = byPair.get(key)
  if (cached && Date.now() - (await cached).builtAt > indexLifetimeMs) cached = undefined
  if (!cached) {
    cached = buildIndex(payload, from, to)
    byPair.set(key, cached)
    // A failed build is not kept: the next lookup tries again.
    cached.catch(() => byPair?.delete(key))
  }
  return (await cached).index
}

export type LookupMatch = Omit<MemoryMatch<MemoryEntry>, 'entry'> & MemoryEntry

/** Best matches for a source text, as an in-context query when the neighbours' hashes are given. */
export async function lookupMemory(
  payload: Payload,
  query: { from: Locale; to: Locale; text: string; before?: string | null; after?: string | null; limit?: number },
): Promise<LookupMatch[]> {
  const index = await indexFor(payload, query.from, query.to)
  return index
    .lookup({ text: query.text, before: query.before, after: query.after }, { limit: query.limit ?? 5 })
    .map(({ entry, score, band }) => ({ ...entry, score, band }))
}
