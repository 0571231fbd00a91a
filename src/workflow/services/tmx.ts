/**
 * TMX export and import of the translation memory, one language pair at a time.
 *
 * Export reads the pairs the caller may read (the collection's own access) and gives each
 * tag its original markup, found again in the article's source field (a sentence no longer
 * in its article keeps its tags without markup). Import is editors' only: the whole file is
 * read and checked first (src/tmx/read.ts), then every new pair is written in one
 * transaction, marked `origin: import`; a pair already in the memory (same languages, source
 * key and target text) is skipped, so importing a file twice adds nothing.
 */
import { commitTransaction, Forbidden, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { isEditorUser, translatorLocales } from '@/access/roles'
import type { Locale } from '@/i18n/locales'
import { exactKey } from '@/memory/normalise'
import type { Article, TranslationMemory } from '@/payload-types'
import { segmentField } from '@/segments/field'
import type { TagDef } from '@/segments/tags'
import { markupOf } from '@/tmx/inline'
import type { TmxProblem } from '@/tmx/problems'
import { readTmx, type TmxLimits } from '@/tmx/read'
import type { TmxUnit } from '@/tmx/units'
import { writeTmx } from '@/tmx/write'
import { translatableFields, type TranslatableField } from '@/workflow/fingerprint'
import { pickSource } from '@/workflow/source'

export const tmxLimits: TmxLimits = { maxUnits: 20_000, maxSegment: 10_000, maxProblems: 50 }
/** Larger than 20,000 long pairs; a larger file is refused before it is parsed. */
export const maxTmxBytes = 20 * 1024 * 1024

export type TmxPair = { from: Locale; to: Locale }

const pageSize = 2000
const keysPerQuery = 500

/** Who may export a pair: editors any, a translator the pairs into their languages. */
export function mayExportPair(user: PayloadRequest['user'], to: Locale): boolean {
  return isEditorUser(user) || (user !== null && user !== undefined && translatorLocales(user).includes(to))
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = []
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size))
  return result
}

function asField(value: unknown): TranslatableField | undefined {
  return translatableFields.find((field) => field === value)
}

/** Article id → field → source sentence key → its tags, from the articles' current source text. */
async function sourceTags(req: PayloadRequest, articleIds: ReadonlyArray<number | string>, from: Locale) {
  const tags = new Map<string, Map<string, TagDef[]>>()
  for (const ids of chunks([...new Set(articleIds)], 100)) {
    const { docs } = await req.payload.find({
      collection: 'articles',
      where: { id: { in: ids } },
      locale: from,
      fallbackLocale: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { title: true, body: true, summary: true, seoTitle: true, seoDescription: true },
    })
    for (const doc of docs) {
      const source = pickSource(doc)
      for (const field of translatableFields) {
        const byKey = new Map<string, TagDef[]>()
        for (const segment of segmentField(field, source[field], from).segments) {
          if (segment.tags.length > 0) byKey.set(exactKey(segment.text), segment.tags)
        }
        tags.set(`${doc.id}\u0000${field}`, byKey)
      }
    }
  }
  return tags
}

/** The pair's memory as a TMX 1.4b document, as the caller may read it. */
export async function exportTmx(req: PayloadRequest, { from, to }: TmxPair): Promise<string> {
  if (!mayExportPair(req.user, to)) throw new Forbidden(req.t)
  const docs: TranslationMemory[] = []
  for (let page = 1, more = true; more; page += 1) {
    const result = await req.payload.find({
      collection: 'translation-memory',
      where: { and: [{ sourceLocale: { equals: from } }, { targetLocale: { equals: to } }] },
      sort: 'id',
      limit: pageSize,
      page,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    docs.push(...result.docs)
    more = result.hasNextPage
  }
  const articleOf = (doc: (typeof docs)[number]) => (typeof doc.article === 'object' ? doc.article?.id : doc.article)
  const articleIds = docs.flatMap((doc) => {
    const id = articleOf(doc)
    return id === undefined || id === null ? [] : [id]
  })
  const tags = await sourceTags(req, articleIds, from)
  const units = docs.map((doc) => {
    const article = articleOf(doc)
    const known = tags.get(`${article}\u0000${doc.field}`)?.get(exactKey(doc.sourceText))
    return {
      tuid: String(doc.id),
      source: doc.sourceText,
      target: doc.targetText,
      article: article === undefined || article === null ? undefined : String(article),
      field: doc.field ?? undefined,
      approvedAt: doc.approvedAt ?? undefined,
      before: doc.contextBefore ?? null,
      after: doc.contextAfter ?? null,
      markup: (n: number) => {
        const tag = known?.[n - 1]
        return tag ? markupOf(tag) : undefined
      },
    }
  })
  return writeTmx({ from, to, units, now: new Date() })
}

export type TmxImport = { ok: true; added: number; skipped: number } | { ok: false; problems: TmxProblem[]; total: number }

function identity(source: string, target: string): string {
  return `${exactKey(source)}\u0000${target}`
}

/** Existing articles among the ids a file names (a file from elsewhere names others). */
async function existingArticles(req: PayloadRequest, units: readonly TmxUnit[]): Promise<Map<string, Article['id']>> {
  const named = [...new Set(units.flatMap((unit) => (unit.article ? [unit.article] : [])))]
  const found = new Map<string, Article['id']>()
  // Numeric ids on SQLite, ObjectIds on MongoDB: anything else cannot be an article here.
  const ids = named.filter((id) => (req.payload.db.defaultIDType === 'number' ? /^\d{1,15}$/ : /^[0-9a-f]{24}$/).test(id))
  for (const chunk of chunks(ids, keysPerQuery)) {
    const { docs } = await req.payload.find({
      collection: 'articles',
      where: { id: { in: chunk } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: {},
    })
    for (const doc of docs) found.set(String(doc.id), doc.id)
  }
  return found
}

async function writeUnits(req: PayloadRequest, { from, to }: TmxPair, units: readonly TmxUnit[]): Promise<number> {
  const known = new Set<string>()
  for (const keys of chunks([...new Set(units.map((unit) => exactKey(unit.source)))], keysPerQuery)) {
    const { docs } = await req.payload.find({
      collection: 'translation-memory',
      where: { and: [{ sourceLocale: { equals: from } }, { targetLocale: { equals: to } }, { key: { in: keys } }] },
      select: { key: true, targetText: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) known.add(`${doc.key ?? ''}\u0000${doc.targetText}`)
  }
  const articles = await existingArticles(req, units)
  const importedAt = new Date().toISOString()
  let added = 0
  for (const unit of units) {
    const key = identity(unit.source, unit.target)
    if (known.has(key)) continue
    known.add(key)
    await req.payload.create({
      collection: 'translation-memory',
      data: {
        sourceLocale: from,
        targetLocale: to,
        sourceText: unit.source,
        targetText: unit.target,
        contextBefore: unit.before,
        contextAfter: unit.after,
        article: unit.article === undefined ? undefined : articles.get(unit.article),
        field: asField(unit.field),
        approvedAt: unit.approvedAt ?? importedAt,
        origin: 'import',
      },
      overrideAccess: true,
      req,
    })
    added += 1
  }
  return added
}

/** Checks a whole TMX file, then adds its new pairs in one transaction (nothing if anything is wrong). */
export async function importTmx(req: PayloadRequest, pair: TmxPair, xml: string): Promise<TmxImport> {
  if (!isEditorUser(req.user)) throw new Forbidden(req.t)
  const read = readTmx(xml, pair, tmxLimits)
  if (!read.ok) return read
  const started = await initTransaction(req)
  try {
    const added = await writeUnits(req, pair, read.units)
    if (started) await commitTransaction(req)
    return { ok: true, added, skipped: read.units.length - added }
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}
