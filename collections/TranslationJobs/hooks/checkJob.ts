import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { isLocale, type TargetLocale, sourceLocale } from '@/i18n/locales'
import { relationId } from '@/lib/relations'
import type { TranslationJob } from '@/payload-types'
import { callerLanguage } from '@/workflow/callerLanguage'
import { checkJobData, jobRefusalText, jobsTranslator } from '@/workflow/services/translationJobs'

type Relation = number | string | { id: number | string } | null | undefined

function targetLocalesOf(value: unknown): TargetLocale[] {
  if (!Array.isArray(value)) return []
  return value.filter((locale): locale is TargetLocale => isLocale(locale) && locale !== sourceLocale)
}

function ids(value: unknown): Array<number | string> {
  if (!Array.isArray(value)) return []
  return value.map((item: Relation) => relationId(item)).filter((id) => id !== undefined)
}

/**
 * Every save of a job (REST, GraphQL, Local API, the build endpoint): the assignee translates
 * into every language of the job, each task is in one of them, and no task's open work is in
 * another job. Runs before field validation so the refusal is ours, in the caller's language.
 * Sets who created the job.
 */
export const checkJob: CollectionBeforeValidateHook<TranslationJob> = async ({ data, originalDoc, operation, req }) => {
  if (!data) return data
  if (operation === 'create' && req.user) data.createdBy = req.user.id
  const merged = { ...originalDoc, ...data }
  const refusals = await checkJobData(req, {
    id: originalDoc?.id,
    createdAt: originalDoc?.createdAt ?? new Date().toISOString(),
    locales: targetLocalesOf(merged.languages),
    assignee: relationId(merged.assignee) ?? null,
    tasks: ids(merged.tasks),
    previousTasks: ids(originalDoc?.tasks),
  })
  if (refusals.length === 0) return data
  const t = jobsTranslator(req)
  const language = callerLanguage(req)
  const message = refusals.map((refusal) => jobRefusalText(t, language, refusal)).join(' ')
  // Payload forwards a message it recognises by `data` and a non-empty name (see src/workflow/errors.ts).
  const error = new APIError(message, 400, { message, refusals: refusals.map((refusal) => refusal.kind) }, true)
  error.name = 'TranslationJobRefusal'
  throw error
}
