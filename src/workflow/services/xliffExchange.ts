/**
 * XLIFF export and import of translation tasks (one task, or a job's tasks), on top of the pure
 * XLIFF code in src/xliff/.
 *
 * Export: the published Italian of each task's article, cut into units and segments as the
 * segment editor cuts it, with the memory's matches as targets if asked, validated against the
 * OASIS schema before it is offered.
 *
 * Import: the file is checked whole against the current source (src/xliff/import.ts); any
 * problem refuses it whole. A valid file writes, in one transaction, each task's draft as the
 * caller (the article's access and hooks apply), its segment states (confirmed: the agency
 * delivered them) and the move to review (or a note in the history when the task stays in
 * progress). A task whose draft already equals the file and that is already where the import
 * would move it is left alone, so importing the same file twice changes nothing the second time.
 * Nothing goes to the memory: that happens on approval.
 *
 * Who: editors, any task; a translator (or an agency account), only tasks they hold, in their
 * languages. A task not yet started is started by the import, as its assignee would start it.
 */
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { isEditorUser, translatorLocales } from '@/access/roles'
import { env } from '@/env'
import { isLocale, sourceLocale, type Locale } from '@/i18n/locales'
import { pathnames } from '@/i18n/routing'
import { translatorFor } from '@/i18n/messages'
import { relationId, sameId } from '@/lib/relations'
import type { Translation } from '@/payload-types'
import { seoLimits } from '@/quality/seo'
import { planSave } from '@/segments/editorSave'
import { segmentField, type SegmentedField } from '@/segments/field'
import { readSegmentStates, type SegmentStates } from '@/segments/states'
import { callerLanguage } from '@/workflow/callerLanguage'
import { translatableFields } from '@/workflow/fingerprint'
import { exportXliff } from '@/xliff/export'
import { parseXliff } from '@/xliff/import'
import type { XliffExport, XliffFile, XliffProblem, XliffVersion } from '@/xliff/types'
import { unitsOfField } from '@/xliff/units'
import { validateXliff } from '@/xliff/validate'
import { childReq } from './childReq'
import { clientError } from './clientError'
import { readArticleText, readSource } from './source'
import { matchSource } from './taskLeverage'

export type ExchangeFailure =
  | { kind: 'signIn' }
  | { kind: 'notFound' }
  | { kind: 'notYourLanguage' }
  | { kind: 'notYourTask' }
  | { kind: 'notOpen' }
  | { kind: 'noSource' }
  | { kind: 'mixedLanguages' }
  | { kind: 'problems'; problems: XliffProblem[] }
  | { kind: 'refused'; status: number; message: string }

export type ExchangeResult<T> = { ok: true; value: T } | { ok: false; failure: ExchangeFailure }

const fail = (failure: ExchangeFailure): { ok: false; failure: ExchangeFailure } => ({ ok: false, failure })

/** The statuses a task may be imported into: being worked on, or not yet started (the import starts it). */
const openStatuses: ReadonlyArray<Translation['status']> = ['todo', 'in_progress', 'outdated']

type Prepared = { task: Translation; locale: Locale; articleId: number | string; fields: SegmentedField[]; file: XliffFile }

/** May the caller exchange this task at all: editors any; translators their own, in their languages. */
function accessFailure(req: PayloadRequest, task: Translation): ExchangeFailure | null {
  const { user } = req
  if (!user) return { kind: 'signIn' }
  if (!isLocale(task.locale)) return { kind: 'notFound' }
  if (isEditorUser(user)) return null
  if (!translatorLocales(user).includes(task.locale)) return { kind: 'notYourLanguage' }
  return sameId(relationId(task.assignee), user.id) ? null : { kind: 'notYourTask' }
}

/** The Italian article's public path (`/it/articoli/<slug>`), for the translator's context. */
function publicPath(slug: string): string {
  return `/${sourceLocale}${pathnames['/articles/[slug]'][sourceLocale].replace('[slug]', encodeURIComponent(slug))}`
}

async function prepare(req: PayloadRequest, task: Translation, prefill: boolean): Promise<Prepared | null> {
  const articleId = relationId(task.article)
  if (articleId === undefined || !isLocale(task.locale)) return null
  const source = await readSource(req, articleId, { latest: false })
  if (!source) return null
  const article = await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    locale: sourceLocale,
    depth: 1,
    select: { slug: true, topic: true },
    overrideAccess: true,
    req: childReq(req),
  })
  const t = translatorFor(callerLanguage(req), 'Xliff')
  const named = translatableFields.map((field) => ({ field, segmented: segmentField(field, source[field], sourceLocale) }))
  const fields = named.map(({ segmented }) => segmented)
  const matches = prefill ? await matchSource(req.payload, task.locale, source) : []
  const units = named.flatMap(({ field, segmented }, i) => {
    const best = matches[i]?.matches
    return unitsOfField(articleId, segmented, { label: t(`fields.${field}`), maxLength: seoLimits[field] }).map((unit) => ({
      ...unit,
      segments: unit.segments.map((segment) => {
        const match = best?.get(segment.id)
        if (!match) return segment
        return { ...segment, target: match.target, state: match.score >= 100 ? ('translated' as const) : ('initial' as const) }
      }),
    }))
  })
  const topic = typeof article.topic === 'object' && article.topic !== null ? article.topic.name : undefined
  const file: XliffFile = {
    articleId,
    title: typeof source.title === 'string' ? source.title : undefined,
    publicUrl: article.slug ? new URL(publicPath(article.slug), env.serverUrl).href : undefined,
    topic: topic ?? undefined,
    units,
  }
  return { task, locale: task.locale, articleId, fields, file }
}

async function prepareAll(req: PayloadRequest, tasks: readonly Translation[], prefill: boolean) {
  const prepared: Prepared[] = []
  for (const task of tasks) {
    const denied = accessFailure(req, task)
    if (denied) return fail(denied)
    const one = await prepare(req, task, prefill)
    if (!one) return fail({ kind: 'noSource' })
    prepared.push(one)
  }
  const locales = new Set(prepared.map((one) => one.locale))
  const [locale] = locales
  if (!locale) return fail({ kind: 'notFound' })
  // One XLIFF file has one target language: a job in two languages exports one file per language.
  if (locales.size > 1) return fail({ kind: 'mixedLanguages' })
  return { ok: true as const, value: { prepared, locale } }
}

function exportOf(version: XliffVersion, locale: Locale, prepared: readonly Prepared[]): XliffExport {
  return { version, sourceLocale, targetLocale: locale, files: prepared.map((one) => one.file) }
}

export async function exportTasks(
  req: PayloadRequest,
  tasks: readonly Translation[],
  options: { version: XliffVersion; prefill: boolean },
): Promise<ExchangeResult<{ xml: string; locale: Locale }>> {
  const all = await prepareAll(req, tasks, options.prefill)
  if (!all.ok) return all
  const xml = exportXliff(exportOf(options.version, all.value.locale, all.value.prepared))
  const validation = await validateXliff(xml, options.version)
  // Our own export failing its schema is our bug, not the caller's: say so loudly.
  if (!validation.valid)
    throw new Error(`XLIFF ${options.version} export is not schema-valid: ${JSON.stringify(validation.errors)}`)
  return { ok: true, value: { xml, locale: all.value.locale } }
}

type TaskWrite = { prepared: Prepared; values: Record<string, unknown>; states: SegmentStates; changed: boolean }

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

export type ImportSummary = { imported: number; unchanged: number; segments: number; version: string }

export async function importTasks(
  req: PayloadRequest,
  tasks: readonly Translation[],
  xml: string,
  options: { version?: XliffVersion; moveTo: 'in_review' | 'in_progress' },
): Promise<ExchangeResult<ImportSummary>> {
  const { user } = req
  if (!user) return fail({ kind: 'signIn' })
  const all = await prepareAll(req, tasks, false)
  if (!all.ok) return all
  const { prepared, locale } = all.value
  const parsed = parseXliff(xml, { ...exportOf(options.version ?? '2.1', locale, prepared), version: options.version })
  if (!parsed.ok) return fail({ kind: 'problems', problems: parsed.problems })

  const writes: TaskWrite[] = []
  let segments = 0
  for (const one of prepared) {
    const targets = parsed.targets.get(String(one.articleId)) ?? new Map<string, string>()
    const input = [...targets].map(([id, text]) => ({ id, text, confirmed: true }))
    segments += input.length
    const plan = planSave({ fields: one.fields, current: {}, states: readSegmentStates(one.task.segmentStates), input })
    // parseXliff checked every tag against the source: a refusal here is a rebuild we cannot do.
    if (!plan.ok) {
      return fail({
        kind: 'problems',
        problems: plan.refusals.map((refusal) => ({
          problem: 'tagUnbalanced',
          articleId: String(one.articleId),
          segmentId: refusal.id,
          detail: { tag: '' },
        })),
      })
    }
    const draft = await readArticleText(req, one.articleId, one.locale, { latest: true })
    const changed =
      !draft || Object.entries(plan.values).some(([field, value]) => !sameJson(value, draft[field as keyof typeof draft]))
    const arrived = one.task.status === options.moveTo
    if (!changed && arrived) continue
    if (!openStatuses.includes(one.task.status)) return fail({ kind: 'notOpen' })
    writes.push({ prepared: one, values: plan.values, states: plan.states, changed })
  }

  const t = translatorFor(callerLanguage(req), 'Xliff')
  const write = childReq(req)
  const started = await initTransaction(write)
  try {
    for (const { prepared: one, values, states, changed } of writes) {
      const note = t('historyNote', { version: parsed.version, segments: Object.keys(states).length })
      let status = one.task.status ?? 'todo'
      if (status !== 'in_progress') {
        // A task not started yet is started by the import (the workflow checks the move and who makes it).
        await req.payload.update({
          collection: 'translations',
          id: one.task.id,
          data: { status: 'in_progress' },
          req: write,
          user,
          overrideAccess: false,
        })
        status = 'in_progress'
      }
      if (changed) {
        await req.payload.update({
          collection: 'articles',
          id: one.articleId,
          locale: one.locale,
          draft: true,
          data: values,
          depth: 0,
          req: write,
          user,
          overrideAccess: false,
        })
      }
      await req.payload.db.updateOne({ collection: 'translations', id: one.task.id, data: { segmentStates: states }, req: write })
      await req.payload.update({
        collection: 'translations',
        id: one.task.id,
        data: options.moveTo === status ? {} : { status: options.moveTo, transitionComment: note },
        context: options.moveTo === status ? { historyNote: note } : {},
        req: write,
        user,
        overrideAccess: false,
      })
    }
    if (started) await commitTransaction(write)
  } catch (error) {
    if (started) await killTransaction(write)
    const refused = clientError(error)
    if (refused) return fail({ kind: 'refused', ...refused })
    throw error
  }
  return {
    ok: true,
    value: { imported: writes.length, unchanged: prepared.length - writes.length, segments, version: parsed.version },
  }
}
