import type { CollectionAfterChangeHook } from 'payload'

import type { Translation } from '@/payload-types'
import { recordApproval } from '@/workflow/services/translationMemory'

/**
 * An approval teaches the memory its sentence pairs, after ./syncPublicLocales published the text.
 * The approval matters more than the memory: text the aligner cannot pair is logged, not a refusal.
 */
export const recordMemory: CollectionAfterChangeHook<Translation> = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'approved' || previousDoc?.status === 'approved') return doc
  try {
    await recordApproval(req, doc)
  } catch (error) {
    req.payload.logger.error({ err: error, task: doc.id }, 'translation memory: the approved pairs were not recorded')
  }
  return doc
}
