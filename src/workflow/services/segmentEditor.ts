/**
 * The segment editor's server side: a task's segments (the published Italian source cut into
 * sentences, the target draft aligned to it, the task's segment states and the memory's best
 * matches), and saving them back.
 *
 * Who: editors read and write every task; a translator reads the tasks of their languages
 * and writes only the one they hold in progress (the same rules as the task and the article).
 * A save is the article's draft in the task's language, written as the caller through the
 * ordinary write path (`overrideAccess: false`: the article's access and write hooks apply),
 * and the task's segment states, in one transaction.
 */
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { isEditorUser, translatorLocales } from '@/access/roles'
import type { GlossaryConcept } from '@/glossary/terms'
import { isLocale, sourceLocale, type Locale } from '@/i18n/locales'
import { relationId, sameId } from '@/lib/relations'
import { queriesOf } from '@/memory/leverage'
import type { Translation } from '@/payload-types'
import { buildRows, progressOf, type EditorRow, type MatchInput, type Progress } from '@/segments/editorRows'
import { planSave, unknownSegments, type SegmentInput, type SegmentRefusal } from '@/segments/editorSave'
import { targetTexts } from '@/segments/editorTargets'
import { segmentField, type SegmentedField } from '@/segments/field'
import { currentStatus, readSegmentStates, type SegmentStates } from '@/segments/states'
import { configuredTranslator } from '@/mt/configured'
import { translatableFields } from '@/workflow/fingerprint'
import { childReq } from './childReq'
import { clientError } from './clientError'
import { readSource, readArticleText } from './source'
import { segmentGlossary } from './segmentTerms'
import { lookupMemory } from './translationMemory'

/** Matches shown per segment. */
const matchesPerSegment = 3

export type SegmentsView = {
  task: { id: Translation['id']; locale: Locale; status: NonNullable<Translation['status']> }
  editable: boolean
  /** The machine-translation service a pre-fill would use, or null when none is configured. */
  machineProvider: string | null
  rows: EditorRow[]
  progress: Progress
  /** The glossary for highlighting and live checks (GET only: segmentTerms.ts). */
  glossary?: GlossaryConcept[]
}

export type EditorFailure =
  | { kind: 'signIn' }
  | { kind: 'notFound' }
  | { kind: 'notYourLanguage' }
  | { kind: 'notYourTask' }
  | { kind: 'noSource' }
  | { kind: 'badBody' }
  | { kind: 'staleSegments'; ids: string[] }
  | { kind: 'segments'; refusals: SegmentRefusal[] }
  | { kind: 'refused'; status: number; message: string }

export type EditorResult<T> = { ok: true; value: T } | { ok: false; failure: EditorFailure }

export const fail = (failure: EditorFailure): { ok: false; failure: EditorFailure } => ({ ok: false, failure })

export type Loaded = {
  task: Translation
  locale: Locale
  articleId: number | string
  editable: boolean
  fields: SegmentedField[]
  current: Record<string, string>
  unaligned: Set<string>
}

/** May this user write the task's language of its article now (the article's own rule, checked early). */
function mayWrite(user: NonNullable<PayloadRequest['user']>, task: Translation): boolean {
  if (isEditorUser(user)) return true
  return task.status === 'in_progress' && sameId(relationId(task.assignee), user.id)
}

export async function load(req: PayloadRequest, taskId: string): Promise<EditorResult<Loaded>> {
  const { user } = req
  if (!user) return fail({ kind: 'signIn' })
  // An id the database cannot hold (a word where ids are numbers) is a task that does not exist.
  const task = await req.payload
    .findByID({ collection: 'translations', id: taskId, depth: 0, req: childReq(req), disableErrors: true, overrideAccess: true })
    .catch((error: unknown) => {
      if (clientError(error)) return null
      throw error
    })
  if (!task || !isLocale(task.locale)) return fail({ kind: 'notFound' })
  const locale = task.locale
  if (!isEditorUser(user) && !translatorLocales(user).includes(locale)) return fail({ kind: 'notYourLanguage' })
  const articleId = relationId(task.article)
  const source = articleId === undefined ? null : await readSource(req, articleId, { latest: false })
  const target = articleId === undefined ? null : await readArticleText(req, articleId, locale, { latest: true })
  if (articleId === undefined || !source || !target) return fail({ kind: 'noSource' })
  const fields = translatableFields.map((field) => segmentField(field, source[field], sourceLocale))
  const current: Record<string, string> = {}
  const unaligned = new Set<string>()
  const states = readSegmentStates(task.segmentStates)
  // Segments someone or something put text in (memory, machine, the translator): a block saved
  // with only some of its sentences holds exactly those, in order (src/segments/editorTargets.ts).
  const written = new Set(
    fields.flatMap((field) =>
      field.segments.filter((segment) => currentStatus(states, segment.id, segment.hash) !== 'new').map((segment) => segment.id),
    ),
  )
  for (const field of translatableFields) {
    const aligned = targetTexts(field, source[field], target[field], { source: sourceLocale, target: locale }, written)
    Object.assign(current, aligned.texts)
    for (const id of aligned.unaligned) unaligned.add(id)
  }
  return { ok: true, value: { task, locale, articleId, editable: mayWrite(user, task), fields, current, unaligned } }
}

/** The memory's best matches for every segment, in context (its neighbours' hashes). */
export async function matchesOf(req: PayloadRequest, loaded: Loaded): Promise<Record<string, MatchInput[]>> {
  const result: Record<string, MatchInput[]> = {}
  for (const field of loaded.fields) {
    const queries = queriesOf(field.segments)
    for (const [i, segment] of field.segments.entries()) {
      const query = queries[i]
      if (!query) continue
      const matches = await lookupMemory(req.payload, {
        from: sourceLocale,
        to: loaded.locale,
        ...query,
        limit: matchesPerSegment,
      })
      result[segment.id] = matches.map(({ score, band, source, target }) => ({ score, band, source, target }))
    }
  }
  return result
}

export function view(loaded: Loaded, matches: Record<string, MatchInput[]>): SegmentsView {
  const states = readSegmentStates(loaded.task.segmentStates)
  const rows = buildRows(
    loaded.fields.flatMap((field) => field.segments),
    { texts: loaded.current, unaligned: loaded.unaligned },
    states,
    (segment) => matches[segment.id] ?? [],
  )
  return {
    task: { id: loaded.task.id, locale: loaded.locale, status: loaded.task.status ?? 'todo' },
    editable: loaded.editable,
    machineProvider: configuredTranslator()?.name ?? null,
    rows,
    progress: progressOf(rows),
  }
}

export async function readSegments(req: PayloadRequest, taskId: string): Promise<EditorResult<SegmentsView>> {
  const loaded = await load(req, taskId)
  if (!loaded.ok) return loaded
  const { articleId, locale } = loaded.value
  return {
    ok: true,
    value: { ...view(loaded.value, await matchesOf(req, loaded.value)), glossary: await segmentGlossary(req, articleId, locale) },
  }
}

/** Longer than any sentence a translator writes. */
export const maxSegmentText = 5000
const maxSegmentsPerSave = 5000

/** The body of a save: `{ segments: [{ id, text, confirmed? }] }`, or null when it is not that. */
export function readSaveBody(body: unknown): SegmentInput[] | null {
  if (typeof body !== 'object' || body === null || !('segments' in body) || !Array.isArray(body.segments)) return null
  if (body.segments.length > maxSegmentsPerSave) return null
  const input: SegmentInput[] = []
  const seen = new Set<string>()
  for (const item of body.segments as unknown[]) {
    if (typeof item !== 'object' || item === null) return null
    const { id, text, confirmed } = item as Record<string, unknown>
    if (typeof id !== 'string' || typeof text !== 'string' || text.length > maxSegmentText || seen.has(id)) return null
    if (confirmed !== undefined && typeof confirmed !== 'boolean') return null
    seen.add(id)
    input.push({ id, text, confirmed: confirmed === true })
  }
  return input
}

export async function saveSegments(req: PayloadRequest, taskId: string, body: unknown): Promise<EditorResult<SegmentsView>> {
  const loaded = await load(req, taskId)
  if (!loaded.ok) return loaded
  const { task, fields, current } = loaded.value
  if (!loaded.value.editable) return fail({ kind: 'notYourTask' })
  const input = readSaveBody(body)
  if (!input) return fail({ kind: 'badBody' })
  const unknown = unknownSegments(fields, input)
  if (unknown.length > 0) return fail({ kind: 'staleSegments', ids: unknown })
  const matches = await matchesOf(req, loaded.value)
  const plan = planSave({ fields, current, states: readSegmentStates(task.segmentStates), input, matches })
  if (!plan.ok) return fail({ kind: 'segments', refusals: plan.refusals })

  const written = await writeDraft(req, loaded.value, plan)
  if (!written.ok) return written
  const reloaded = await load(req, taskId)
  if (!reloaded.ok) return reloaded
  return { ok: true, value: view(reloaded.value, matches) }
}

/**
 * Writes a save plan: the fields as the article's draft in the task's language, as the caller
 * (the article's access and hooks apply), and the task's segment states, in one transaction.
 */
export async function writeDraft(
  req: PayloadRequest,
  loaded: Loaded,
  plan: { values: Record<string, unknown>; states: SegmentStates },
): Promise<EditorResult<null>> {
  const { user } = req
  if (!user) return fail({ kind: 'signIn' })
  const write = childReq(req)
  const started = await initTransaction(write)
  try {
    if (Object.keys(plan.values).length > 0) {
      await req.payload.update({
        collection: 'articles',
        id: loaded.articleId,
        locale: loaded.locale,
        draft: true,
        data: plan.values,
        depth: 0,
        req: write,
        user,
        overrideAccess: false,
      })
    }
    // System-written (not an API field): straight to the database, as the other task analyses.
    await req.payload.db.updateOne({
      collection: 'translations',
      id: loaded.task.id,
      data: { segmentStates: plan.states },
      req: write,
    })
    if (started) await commitTransaction(write)
  } catch (error) {
    if (started) await killTransaction(write)
    const refused = clientError(error)
    if (refused) return fail({ kind: 'refused', ...refused })
    throw error
  }
  return { ok: true, value: null }
}
