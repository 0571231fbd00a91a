/**
 * TBX and CSV export and import of the glossary.
 *
 * Export: the accepted entries the caller may read (editors and translators alike; pending
 * proposals are nobody's house terms yet), each topic named by its source-language slug.
 * Import: editors' only. The whole file is read and checked (src/glossary/exchange/), then
 * matched against the glossary (./plan.ts there says how), and only then written, every
 * create and update in one transaction, as the editor (the collection's access, hooks and
 * validation run): if anything is wrong, nothing is written. Imported entries are accepted.
 */
import { commitTransaction, Forbidden, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { isEditorUser } from '@/access/roles'
import { readGlossaryFile } from '@/glossary/exchange/read'
import { writeCsv } from '@/glossary/exchange/csvWrite'
import type { ExchangeFormat } from '@/glossary/exchange/format'
import { planImport, type EntryData, type ExistingEntry, type TopicRef } from '@/glossary/exchange/plan'
import { positionOf, type ExchangeLimits, type ExchangeProblem } from '@/glossary/exchange/problems'
import { writeTbx, type ExportConcept } from '@/glossary/exchange/tbxWrite'
import { locales, sourceLocale } from '@/i18n/locales'
import { relationId } from '@/lib/relations'
import type { Glossary, Topic } from '@/payload-types'

export const exchangeLimits: ExchangeLimits = { maxConcepts: 10_000, maxProblems: 50 }
/** Ten thousand concepts with notes fit well within it; a larger file is refused before it is read. */
export const maxGlossaryBytes = 5 * 1024 * 1024

const pageSize = 1000

/** Everyone who reads the glossary (every signed-in role) may export it. */
export function mayExportGlossary(user: PayloadRequest['user']): boolean {
  return user !== null && user !== undefined
}

export function mayImportGlossary(user: PayloadRequest['user']): boolean {
  return isEditorUser(user)
}

/** A localized field read with `locale: 'all'` is an object per locale (the generated types say string). */
function localizedValues(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value !== 'object' || value === null) return []
  return Object.values(value).filter((item): item is string => typeof item === 'string' && item.trim() !== '')
}

function sourceValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value !== 'object' || value === null || !(sourceLocale in value)) return undefined
  const source: unknown = Reflect.get(value, sourceLocale)
  return typeof source === 'string' && source !== '' ? source : undefined
}

type TopicRow = TopicRef & { id: Topic['id']; label: string }

async function readTopics(req: PayloadRequest): Promise<TopicRow[]> {
  const { docs } = await req.payload.find({
    collection: 'topics',
    locale: 'all',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    select: { name: true, slug: true },
  })
  return docs.map((doc) => {
    const slugs = localizedValues(doc.slug)
    const names = localizedValues(doc.name)
    return { id: doc.id, slugs, names, label: sourceValue(doc.slug) ?? slugs[0] ?? sourceValue(doc.name) ?? names[0] ?? '' }
  })
}

async function readEntries(req: PayloadRequest, acceptedOnly: boolean): Promise<Glossary[]> {
  const docs: Glossary[] = []
  for (let page = 1, more = true; more; page += 1) {
    const result = await req.payload.find({
      collection: 'glossary',
      ...(acceptedOnly ? { where: { review: { equals: 'accepted' } } } : {}),
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
  return docs
}

export type GlossaryFile = { body: string; contentType: string; fileName: string }

export async function exportGlossary(req: PayloadRequest, format: ExchangeFormat): Promise<GlossaryFile> {
  if (!mayExportGlossary(req.user)) throw new Forbidden(req.t)
  const [docs, topics] = await Promise.all([readEntries(req, true), readTopics(req)])
  const topicLabel = new Map(topics.map((topic) => [String(topic.id), topic.label]))
  const concepts: ExportConcept[] = docs.map((doc) => ({
    id: `glossary-${doc.id}`,
    terms: doc.terms.map(({ locale, text, status }) => ({ locale, text, status })),
    doNotTranslate: doc.doNotTranslate ?? false,
    caseSensitive: doc.caseSensitive ?? false,
    note: doc.note ?? '',
    topic: topicLabel.get(String(relationId(doc.topic) ?? '')) ?? '',
  }))
  if (format === 'csv') {
    return { body: writeCsv({ concepts, locales }), contentType: 'text/csv; charset=utf-8', fileName: 'glossary.csv' }
  }
  return {
    body: writeTbx({ concepts, language: sourceLocale, locales, title: 'DinoGeek CMS glossary' }),
    contentType: 'application/x-tbx+xml; charset=utf-8',
    fileName: 'glossary.tbx',
  }
}

export type GlossaryImport =
  { ok: true; created: number; updated: number; unchanged: number } | { ok: false; problems: ExchangeProblem[]; total: number }

function existingOf(doc: Glossary): ExistingEntry {
  return {
    id: doc.id,
    terms: doc.terms,
    doNotTranslate: doc.doNotTranslate ?? false,
    caseSensitive: doc.caseSensitive ?? false,
    note: doc.note ?? '',
    topic: relationId(doc.topic) ?? null,
    review: doc.review,
  }
}

function entryData(data: EntryData, topicIds: ReadonlyMap<string, Topic['id']>) {
  return {
    terms: data.terms,
    doNotTranslate: data.doNotTranslate,
    caseSensitive: data.caseSensitive,
    note: data.note === '' ? null : data.note,
    // The topic's id as the database gave it (a number on SQLite, a string on MongoDB).
    topic: data.topic === null ? null : (topicIds.get(String(data.topic)) ?? null),
    review: 'accepted' as const,
  }
}

/** Checks a whole glossary file, then writes what it changes in one transaction (nothing if anything is wrong). */
export async function importGlossary(req: PayloadRequest, bytes: Uint8Array, format: ExchangeFormat): Promise<GlossaryImport> {
  if (!mayImportGlossary(req.user)) throw new Forbidden(req.t)
  const read = readGlossaryFile(bytes, format, exchangeLimits)
  if (!read.ok && read.concepts.length === 0) return { ok: false, problems: read.problems, total: read.total }
  const [docs, topics] = await Promise.all([readEntries(req, false), readTopics(req)])
  const plan = planImport(read.concepts, docs.map(existingOf), topics, exchangeLimits.maxProblems)
  if (!read.ok || !plan.ok) {
    // The concepts that read well are still checked against the glossary: one answer lists everything.
    const problems = [...(read.ok ? [] : read.problems), ...(plan.ok ? [] : plan.problems)]
    problems.sort((a, b) => positionOf(a.where) - positionOf(b.where))
    const total = (read.ok ? 0 : read.total) + (plan.ok ? 0 : plan.total)
    return { ok: false, problems: problems.slice(0, exchangeLimits.maxProblems), total }
  }
  const topicIds = new Map(topics.map((topic) => [String(topic.id), topic.id]))
  const started = await initTransaction(req)
  try {
    for (const data of plan.creates) {
      await req.payload.create({
        collection: 'glossary',
        data: entryData(data, topicIds),
        overrideAccess: false,
        user: req.user,
        req,
      })
    }
    for (const { id, data } of plan.updates) {
      await req.payload.update({
        collection: 'glossary',
        id,
        data: entryData(data, topicIds),
        overrideAccess: false,
        user: req.user,
        req,
      })
    }
    if (started) await commitTransaction(req)
    return { ok: true, created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged }
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}
