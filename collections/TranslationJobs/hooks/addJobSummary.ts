import type { CollectionAfterReadHook } from 'payload'

import type { TranslationJob } from '@/payload-types'
import { loadJobSummary, skipSummary } from '@/workflow/services/translationJobs'

/**
 * The derived fields of a job (status, words, leverage by band), computed from its tasks on
 * every read under the reader's access: a translator's totals count only the tasks they may read.
 * Skipped when the tasks were not selected, or for the job rules' own reads.
 */
export const addJobSummary: CollectionAfterReadHook<TranslationJob> = async ({ doc, req, context, overrideAccess }) => {
  if (context[skipSummary] === true || doc.tasks === undefined || !doc.createdAt) return doc
  const summary = await loadJobSummary(req, doc, overrideAccess === true)
  return { ...doc, status: summary.status, totalWords: summary.totalWords, leverage: summary.leverage }
}
