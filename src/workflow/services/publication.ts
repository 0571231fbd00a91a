import { ValidationError, type FlattenedField, type PayloadRequest } from 'payload'

import { isLocale, sourceLocale, targetLocales, type Locale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { rowPublicLocales } from '@/redirects/rules'
import { followSlugChanges } from '@/redirects/services/follow'
import { childReq } from './childReq'
import {
  composePublication,
  publicationProblems,
  samePublication,
  type FieldRule,
  type PublicationChange,
  type PublicationFields,
  type RawDoc,
} from '@/workflow/publication'
import { isTaskLocalePublic, publicLocalesFor } from '@/workflow/visibility'

/**
 * Writes an article's published row, one language at a time (rules in
 * ../publication.ts). Why not Payload's own `publishSpecificLocale`: it takes
 * the non-localized fields from the draft, reads the other languages from the
 * last published *version* rather than the live row, and can leave two versions
 * flagged latest when both are written in the same millisecond. So this writes
 * through the database adapter, inside the caller's transaction;
 * tests/int/publication-payload.int.spec.ts pins the adapter behaviour it relies on.
 */

type ArticleId = Article['id'] | string

/** Derived by this service, never copied from a draft. */
const systemFields = new Set(['id', '_status', 'publicLocales', 'createdAt', 'updatedAt'])

function affectsData(field: FlattenedField): boolean {
  return !('virtual' in field && field.virtual === true) && !systemFields.has(field.name)
}

function articleFields(req: PayloadRequest): FlattenedField[] {
  return req.payload.collections.articles.config.flattenedFields.filter(affectsData)
}

export function publicationFields(req: PayloadRequest): PublicationFields {
  const fields = articleFields(req)
  return {
    localized: fields.filter((field) => field.localized).map((field) => field.name),
    editorOwned: fields.filter((field) => !field.localized).map((field) => field.name),
  }
}

function fieldRules(req: PayloadRequest): FieldRule[] {
  return articleFields(req).map((field) => ({
    name: field.name,
    localized: Boolean(field.localized),
    required: 'required' in field && field.required === true,
    maxLength: 'maxLength' in field && typeof field.maxLength === 'number' ? field.maxLength : undefined,
  }))
}

async function readPublished(req: PayloadRequest, id: ArticleId): Promise<StoredDoc | null> {
  return req.payload.db.findOne<StoredDoc>({ collection: 'articles', where: { id: { equals: id } }, req })
}

type StoredDoc = RawDoc & { id: number | string }
type VersionRow = { id: number | string; parent: number | string; version: RawDoc; createdAt: string; updatedAt: string }
type WorkingDraft = { doc: RawDoc; row: VersionRow | null }

/** The latest version: what editors and translators see and edit (every language's draft). */
async function readWorking(req: PayloadRequest, id: ArticleId, published: RawDoc): Promise<WorkingDraft> {
  const { docs } = await req.payload.db.findVersions<StoredDoc>({
    collection: 'articles',
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  const latest = docs[0]
  if (!latest) return { doc: published, row: null }
  const row: VersionRow = {
    id: latest.id,
    parent: latest.parent,
    version: latest.version,
    createdAt: latest.createdAt,
    updatedAt: latest.updatedAt,
  }
  return { doc: latest.version, row }
}

async function readTasks(req: PayloadRequest, id: ArticleId) {
  const { docs } = await req.payload.find({
    collection: 'translations',
    where: { article: { equals: id } },
    pagination: false,
    limit: 0,
    depth: 0,
    req: childReq(req),
    select: { locale: true, status: true, approvedAt: true },
  })
  return docs
}

/** Version data is a document's content: its own ids belong to the row, not to the version. */
function content(doc: RawDoc): RawDoc {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => key !== 'id' && key !== '_id'))
}

function later(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString()
}

/**
 * Writes a published row read earlier (`db.findOne`) back as it was: its content,
 * status and public languages. For an operation of Payload's own that overwrites
 * the row (a version restore, see collections/Articles/hooks/restoreAsDraft.ts).
 */
export async function writePublishedRow(req: PayloadRequest, id: ArticleId, row: RawDoc): Promise<void> {
  const fields = publicationFields(req)
  const data: RawDoc = {}
  for (const field of fields.localized) data[field] = row[field] ?? {}
  for (const field of [...fields.editorOwned, '_status', 'publicLocales', 'updatedAt']) data[field] = row[field] ?? null
  await req.payload.db.updateOne({ collection: 'articles', id, data, req })
}

export type PublicationResult = { changed: boolean; publicLocales: Locale[] }

/**
 * Applies one change to the published row of an article and keeps its working
 * draft the latest version. Refuses (ValidationError, 400) to publish a
 * language whose text breaks the field rules; throws nothing else of its own.
 */
export async function applyPublication(
  req: PayloadRequest,
  id: ArticleId,
  requested: PublicationChange,
): Promise<PublicationResult | null> {
  const published = await readPublished(req, id)
  if (!published) return null
  const working = await readWorking(req, id, published)
  const tasks = await readTasks(req, id)
  const publicTargets = new Set<Locale>(
    targetLocales.filter((locale) => tasks.some((task) => task.locale === locale && isTaskLocalePublic(task))),
  )
  // A target language without a public translation has nothing to publish (e.g. the seed's
  // text saved before its approved task exists): the approval will publish it.
  const change: PublicationChange =
    requested.kind === 'publish' && requested.locale !== sourceLocale && !publicTargets.has(requested.locale)
      ? { kind: 'sync' }
      : requested
  const fields = publicationFields(req)
  const now = new Date().toISOString()
  const { data, sourcePublished } = composePublication({ published, working: working.doc, fields, change, publicTargets, now })
  const publicLocales = publicLocalesFor({ sourcePublished, tasks: tasks.filter((task) => isLocale(task.locale)) })
  data.publicLocales = publicLocales

  if (change.kind === 'publish') {
    const problems = publicationProblems(data, change.locale, fieldRules(req))
    if (problems.length > 0) {
      // Worded with Payload's own validation messages, in the caller's admin language.
      const errors = problems.map((problem) => ({
        path: problem.path,
        message:
          problem.problem === 'required'
            ? req.t('validation:required')
            : req.t('validation:shorterThanMax', { label: req.t('general:value'), maxLength: problem.maxLength }),
      }))
      const refusal = new ValidationError({ collection: 'articles', id, errors, req })
      // Named explicitly: a production bundle may leave the class anonymous, and Payload then drops the message.
      refusal.name = 'ValidationError'
      throw refusal
    }
  }
  if (change.kind !== 'publish' && samePublication(published, data, fields, ['_status', 'publicLocales'])) {
    return { changed: false, publicLocales }
  }

  await req.payload.db.updateOne({ collection: 'articles', id, data: { ...data, updatedAt: now }, req })
  // Stable URLs: a public slug that changed leaves a redirect to this article (src/redirects).
  await followSlugChanges(req, 'articles', id, {
    before: published.slug,
    after: data.slug,
    publicBefore: rowPublicLocales(published),
    publicAfter: sourcePublished ? publicLocales : [],
  })

  if (change.kind === 'publish') {
    // History: the row as published. Then the working draft again on top, strictly later,
    // so it stays the latest version and nobody's pending draft is lost.
    const createdAt = typeof published.createdAt === 'string' ? published.createdAt : now
    await req.payload.db.createVersion({
      collectionSlug: 'articles',
      parent: id,
      versionData: { ...content(published), ...data, createdAt, updatedAt: now },
      createdAt: now,
      updatedAt: now,
      publishedLocale: change.locale,
      autosave: false,
      req,
      returning: false,
    })
    const draftTail = later(now, 1)
    // The date a publication stamps is not a pending change: the draft keeps it, or every
    // publish would leave a "changed" draft on top (and the admin's date field empty).
    const draft: RawDoc = { ...working.doc, publishedAt: working.doc.publishedAt ?? data.publishedAt ?? null }
    if (working.row === null || !samePublication(draft, data, fields)) {
      await req.payload.db.createVersion({
        collectionSlug: 'articles',
        parent: id,
        versionData: { ...content(draft), publicLocales, _status: 'draft', updatedAt: draftTail },
        createdAt: draftTail,
        updatedAt: draftTail,
        autosave: false,
        req,
        returning: false,
      })
    }
  } else if (working.row !== null && working.doc._status !== 'draft') {
    // The latest version is the row as last published, and the row has just changed: the working
    // copy gets its own draft on top, or Payload's draft reads (the admin's edit view) would show
    // the row instead, without the text just taken offline.
    const draftTail = later(now, 1)
    await req.payload.db.createVersion({
      collectionSlug: 'articles',
      parent: id,
      versionData: { ...content(working.doc), publicLocales, _status: 'draft', updatedAt: draftTail },
      createdAt: draftTail,
      updatedAt: draftTail,
      autosave: false,
      req,
      returning: false,
    })
  } else if (working.row !== null) {
    // The admin shows the latest version: keep its list of public languages true.
    const { id: versionId, ...row } = working.row
    await req.payload.db.updateVersion({
      collection: 'articles',
      id: versionId,
      versionData: { ...row, latest: true, version: { ...row.version, publicLocales } },
      req,
      returning: false,
    })
  }
  return { changed: true, publicLocales }
}
