import { ValidationError, type PayloadRequest } from 'payload'

import { targetLocales } from '@/i18n/locales'
import type { Article, Translation } from '@/payload-types'
import { childReq } from './childReq'
import { historyNoteText } from '@/workflow/errors'
import {
  changedFields,
  fingerprintFields,
  translatableFields,
  type FieldFingerprints,
  type TranslatableField,
} from '@/workflow/fingerprint'
import { pickSource, type SourceValues } from '@/workflow/source'
import { readSource } from './source'
import { changedWordCount, sourceWordCount } from '@/workflow/wordCount'

type ArticleId = Article['id'] | string

function isUniqueTaskViolation(error: unknown): boolean {
  return error instanceof ValidationError && error.data.errors.some((entry) => entry.path === 'taskKey')
}

function asFingerprints(value: Translation['sourceFingerprints']): Partial<FieldFingerprints> | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null
  const result: Partial<FieldFingerprints> = {}
  for (const field of translatableFields) {
    const hash = value[field]
    if (typeof hash === 'string') result[field] = hash
  }
  return result
}

function asSnapshot(value: Translation['sourceSnapshot']): SourceValues | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null
  return pickSource(value)
}

/**
 * Publishing an article creates a task for every target locale that has none.
 * Idempotent; the unique `taskKey` index settles a race between two publishes.
 */
export async function ensureTranslationTasks(req: PayloadRequest, articleId: ArticleId): Promise<number> {
  const { docs } = await req.payload.find({
    collection: 'translations',
    where: { article: { equals: articleId } },
    pagination: false,
    limit: 0,
    depth: 0,
    select: { locale: true },
    req: childReq(req),
  })
  const existing = new Set(docs.map((task) => task.locale))
  let created = 0
  for (const locale of targetLocales.filter((target) => !existing.has(target))) {
    try {
      await req.payload.create({
        collection: 'translations',
        data: { article: articleId as Article['id'], locale },
        req: childReq(req, { workflowSystem: true }),
      })
      created += 1
    } catch (error) {
      if (!isUniqueTaskViolation(error)) throw error
    }
  }
  return created
}

function wordsToRetranslate(snapshot: SourceValues | null, source: SourceValues, fields: readonly TranslatableField[]) {
  if (!snapshot) return sourceWordCount(source)
  return fields.reduce((total, field) => total + changedWordCount(snapshot[field], source[field]), 0)
}

function sameFields(a: readonly string[] | null | undefined, b: readonly string[]): boolean {
  return [...(a ?? [])].sort().join() === [...b].sort().join()
}

/**
 * After the published source changes: every approved task whose stored
 * fingerprints differ becomes `outdated` with exactly the changed fields; tasks
 * already being reworked get their changed fields refreshed. A minor edit keeps
 * every task as it is, re-bases its fingerprints and notes it in the history.
 */
export async function flagOutdatedTranslations(
  req: PayloadRequest,
  articleId: ArticleId,
  { minorEdit }: { minorEdit: boolean },
): Promise<void> {
  const published = await readSource(req, articleId, { latest: false })
  if (!published) return
  const current = fingerprintFields(published)
  const { docs: tasks } = await req.payload.find({
    collection: 'translations',
    where: { article: { equals: articleId } },
    pagination: false,
    limit: 0,
    depth: 0,
    req: childReq(req),
  })

  for (const task of tasks) {
    const stored = asFingerprints(task.sourceFingerprints)
    const update = (data: Partial<Translation>, context: Record<string, unknown> = {}) =>
      req.payload.update({
        collection: 'translations',
        id: task.id,
        data,
        req: childReq(req, { workflowSystem: true, ...context }),
      })

    if (!stored) {
      const words = sourceWordCount(published)
      if (task.wordsToTranslate !== words) await update({ wordsToTranslate: words })
      continue
    }
    const changed = changedFields(stored, current)
    if (changed.length === 0) continue

    if (minorEdit) {
      await update(
        { sourceFingerprints: current, sourceSnapshot: published },
        { historyNote: historyNoteText(req, { kind: 'minorEdit', fields: changed }) },
      )
      continue
    }
    const words = wordsToRetranslate(asSnapshot(task.sourceSnapshot), published, changed)
    if (task.status === 'approved') {
      await update(
        { status: 'outdated', changedFields: changed, wordsToTranslate: words },
        { historyNote: undefined, transitionComment: historyNoteText(req, { kind: 'sourceChanged', fields: changed }) },
      )
    } else if (!sameFields(task.changedFields, changed) || task.wordsToTranslate !== words) {
      await update({ changedFields: changed, wordsToTranslate: words })
    }
  }
}

export async function deleteTranslationTasks(req: PayloadRequest, articleId: ArticleId): Promise<void> {
  await req.payload.delete({
    collection: 'translations',
    where: { article: { equals: articleId } },
    req: childReq(req, { workflowSystem: true }),
  })
}
