/**
 * "Pre-fill with machine translation" on a task: the configured provider drafts the segments
 * the memory left empty and nobody wrote (src/mt/prefill.ts), and the draft is written as the
 * caller through the segment editor's write path. Who may: whoever may save the task's
 * segments (its translator holding it in progress, or an editor), in their languages.
 *
 * The provider is asked before anything is written; the task is read again after it answers,
 * so a segment the translator saved meanwhile is not overwritten. A provider failure writes
 * nothing. With DeepL, the termbase of the article's topic goes along as a DeepL glossary,
 * uploaded once per content per process.
 */
import { createHash } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import { sourceLocale } from '@/i18n/locales'
import { relationId } from '@/lib/relations'
import { configuredTranslator } from '@/mt/configured'
import { glossaryEntries } from '@/mt/glossaryEntries'
import { toProviderMarkup } from '@/mt/placeholders'
import { machineFill, prefillCandidates } from '@/mt/prefill'
import { MachineTranslationError, type MachineTranslationFailure, type MachineTranslator } from '@/mt/provider'
import { planSave } from '@/segments/editorSave'
import { readSegmentStates } from '@/segments/states'
import { childReq } from './childReq'
import { fail, load, matchesOf, view, writeDraft, type EditorFailure, type Loaded, type SegmentsView } from './segmentEditor'
import { refreshLeverage } from './taskLeverage'
import { glossaryFor } from './translationQuality'

export type PrefillFailure = EditorFailure | { kind: 'noProvider' } | { kind: 'machine'; reason: MachineTranslationFailure }

export type PrefillSummary = { provider: string; filled: number; rejected: number; view: SegmentsView }

export type PrefillResult = { ok: true; value: PrefillSummary } | { ok: false; failure: PrefillFailure }

function candidatesOf(loaded: Loaded) {
  return prefillCandidates({
    segments: loaded.fields.flatMap((field) => field.segments),
    current: loaded.current,
    states: readSegmentStates(loaded.task.segmentStates),
    unaligned: loaded.unaligned,
  })
}

/** Uploaded glossaries by content: the same entries are uploaded once per process. */
const uploadedGlossaries = new Map<string, Promise<string>>()

async function glossaryIdFor(req: PayloadRequest, loaded: Loaded, translator: MachineTranslator): Promise<string | undefined> {
  const createGlossary = translator.createGlossary?.bind(translator)
  if (!createGlossary) return undefined
  const article = await req.payload.findByID({
    collection: 'articles',
    id: loaded.articleId,
    depth: 0,
    select: { topic: true },
    overrideAccess: true,
    req: childReq(req),
  })
  const entries = glossaryEntries(await glossaryFor(req, relationId(article.topic)), sourceLocale, loaded.locale)
  if (entries.length === 0) return undefined
  const key = createHash('sha256')
    .update(JSON.stringify([translator.name, sourceLocale, loaded.locale, entries]))
    .digest('hex')
  let upload = uploadedGlossaries.get(key)
  if (!upload) {
    const name = `dinogeek ${sourceLocale}-${loaded.locale} ${key.slice(0, 12)}`
    upload = createGlossary({ name, source: sourceLocale, target: loaded.locale, entries })
    uploadedGlossaries.set(key, upload)
    // A failed upload is tried again on the next pre-fill.
    upload.catch(() => uploadedGlossaries.delete(key))
  }
  return upload
}

async function machineAnswers(
  req: PayloadRequest,
  loaded: Loaded,
  translator: MachineTranslator,
  texts: string[],
): Promise<{ ok: true; answers: string[] } | { ok: false; failure: PrefillFailure }> {
  try {
    const glossaryId = await glossaryIdFor(req, loaded, translator)
    const answers = await translator.translate({ texts, source: sourceLocale, target: loaded.locale, glossaryId })
    return { ok: true, answers }
  } catch (error) {
    if (!(error instanceof MachineTranslationError)) throw error
    req.payload.logger.warn(
      { provider: error.provider, kind: error.kind, status: error.status, detail: error.detail },
      'machine pre-fill refused',
    )
    return { ok: false, failure: { kind: 'machine', reason: error.kind } }
  }
}

export async function prefillWithMachine(
  req: PayloadRequest,
  taskId: string,
  translator: MachineTranslator | null = configuredTranslator(),
): Promise<PrefillResult> {
  const loaded = await load(req, taskId)
  if (!loaded.ok) return loaded
  if (!loaded.value.editable) return fail({ kind: 'notYourTask' })
  if (!translator) return { ok: false, failure: { kind: 'noProvider' } }
  const candidates = candidatesOf(loaded.value)
  const summary = (value: SegmentsView, filled = 0, rejected = 0): PrefillResult => ({
    ok: true,
    value: { provider: translator.name, filled, rejected, view: value },
  })
  if (candidates.length === 0) return summary(view(loaded.value, await matchesOf(req, loaded.value)))

  const asked = await machineAnswers(
    req,
    loaded.value,
    translator,
    candidates.map((segment) => toProviderMarkup(segment.text)),
  )
  if (!asked.ok) return asked

  // The provider took its time: fill only what is still empty now, against the source as it is now.
  const fresh = await load(req, taskId)
  if (!fresh.ok) return fresh
  if (!fresh.value.editable) return fail({ kind: 'notYourTask' })
  const stillOpen = new Map(candidatesOf(fresh.value).map((segment) => [segment.id, segment.hash]))
  const usable = candidates.flatMap((segment, i) =>
    stillOpen.get(segment.id) === segment.hash ? [{ segment, answer: asked.answers[i] ?? '' }] : [],
  )
  const fill = machineFill(
    usable.map(({ segment }) => segment),
    usable.map(({ answer }) => answer),
  )
  const input = Object.entries(fill.texts).map(([id, text]) => ({ id, text, confirmed: false }))
  const states = readSegmentStates(fresh.value.task.segmentStates)
  if (input.length > 0) {
    const plan = planSave({ fields: fresh.value.fields, current: fresh.value.current, states, input })
    if (!plan.ok) return fail({ kind: 'segments', refusals: plan.refusals })
    const nextStates = { ...plan.states, ...fill.states }
    const written = await writeDraft(req, fresh.value, { values: plan.values, states: nextStates })
    if (!written.ok) return written
    await refreshLeverage(req, { ...fresh.value.task, segmentStates: nextStates })
  }
  const reloaded = await load(req, taskId)
  if (!reloaded.ok) return reloaded
  return summary(view(reloaded.value, await matchesOf(req, reloaded.value)), input.length, fill.rejected.length)
}
