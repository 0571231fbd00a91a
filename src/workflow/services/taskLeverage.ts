/**
 * Matching a task's source against the memory, and the leverage that follows from it.
 *
 * One lookup per source segment, with its neighbours' hashes (101 %); pre-translation
 * (./preTranslation.ts) uses the same matches, so a task's creation looks each sentence up once.
 */
import { createHash } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

import { sourceLocale, type Locale } from '@/i18n/locales'
import { relationId } from '@/lib/relations'
import { queriesOf, leverageOf } from '@/memory/leverage'
import type { BestMatch } from '@/memory/preTranslate'
import { readTaskLeverage, type TaskLeverage } from '@/memory/taskLeverage'
import type { Article, Translation } from '@/payload-types'
import { segmentField, type SegmentedField } from '@/segments/field'
import { currentStatus, readSegmentStates, type SegmentStates } from '@/segments/states'
import { fingerprintFields, translatableFields } from '@/workflow/fingerprint'
import type { SourceValues } from '@/workflow/source'
import { childReq } from './childReq'
import { readSource } from './source'
import { lookupMemory } from './translationMemory'

export type FieldMatches = { segmented: SegmentedField; matches: Map<string, BestMatch> }

/** Every translatable field of the source, segmented, with each segment's best match. */
export async function matchSource(payload: Payload, to: Locale, source: SourceValues): Promise<FieldMatches[]> {
  const fields: FieldMatches[] = []
  for (const field of translatableFields) {
    const segmented = segmentField(field, source[field], sourceLocale)
    const matches = new Map<string, BestMatch>()
    const queries = queriesOf(segmented.segments)
    for (const [i, segment] of segmented.segments.entries()) {
      const query = queries[i]
      if (!query) continue
      const [best] = await lookupMemory(payload, { from: sourceLocale, to, ...query, limit: 1 })
      if (best) matches.set(segment.id, { target: best.target, score: best.score })
    }
    fields.push({ segmented, matches })
  }
  return fields
}

/** A fingerprint of the whole source: leverage counted on it need not be counted again. */
export function sourceFingerprint(source: SourceValues): string {
  return createHash('sha256')
    .update(JSON.stringify(fingerprintFields(source)))
    .digest('hex')
}

/** The leverage of the matches; segments whose state is "machine" (a machine draft filled them) go to their own band. */
export function leverageOfMatches(
  fields: readonly FieldMatches[],
  source: SourceValues,
  states: SegmentStates = {},
): TaskLeverage {
  const scored = fields.flatMap(({ segmented, matches }) =>
    segmented.segments.map((segment) => ({
      words: segment.words,
      score: matches.get(segment.id)?.score ?? 0,
      machine: currentStatus(states, segment.id, segment.hash) === 'machine',
    })),
  )
  return { ...leverageOf(scored), computedAt: new Date().toISOString(), source: sourceFingerprint(source) }
}

/** Writes system fields of a task without running its hooks again (nothing else changes). */
export async function writeTaskAnalysis(
  req: PayloadRequest,
  taskId: Translation['id'],
  data: Pick<Translation, 'leverage'> | Pick<Translation, 'leverage' | 'segmentStates'>,
): Promise<void> {
  await req.payload.db.updateOne({ collection: 'translations', id: taskId, data, req })
}

/** Counts a task's leverage against its published source now, and stores it. */
export async function refreshLeverage(req: PayloadRequest, task: Translation): Promise<TaskLeverage | null> {
  const articleId = relationId(task.article)
  if (articleId === undefined) return null
  const source = await readSource(req, articleId, { latest: false })
  if (!source) return null
  const leverage = leverageOfMatches(
    await matchSource(req.payload, task.locale, source),
    source,
    readSegmentStates(task.segmentStates),
  )
  await writeTaskAnalysis(req, task.id, { leverage })
  return leverage
}

/**
 * After a publication of the source: every task of the article whose leverage was counted on
 * another source (or never) is counted again. Tasks that just became outdated were counted by
 * their pre-translation already, on this very source.
 */
export async function refreshArticleLeverage(req: PayloadRequest, articleId: Article['id'] | string): Promise<number> {
  const source = await readSource(req, articleId, { latest: false })
  if (!source) return 0
  const fingerprint = sourceFingerprint(source)
  const { docs: tasks } = await req.payload.find({
    collection: 'translations',
    where: { article: { equals: articleId } },
    select: { locale: true, leverage: true, segmentStates: true },
    pagination: false,
    depth: 0,
    req: childReq(req),
    overrideAccess: true,
  })
  let counted = 0
  for (const task of tasks) {
    if (readTaskLeverage(task.leverage)?.source === fingerprint) continue
    const states = readSegmentStates(task.segmentStates)
    const leverage = leverageOfMatches(await matchSource(req.payload, task.locale, source), source, states)
    await writeTaskAnalysis(req, task.id, { leverage })
    counted += 1
  }
  return counted
}
