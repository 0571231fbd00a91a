import type { CollectionAfterChangeHook } from 'payload'

import type { Translation } from '@/payload-types'
import { recordApproval } from '@/workflow/services/translationMemory'

/** An approval teaches the memory its sentence pairs, after ./syncPublicLocales published the text. */
export const recordMemory: CollectionAfterChangeHook<Translation> = async ({ doc, previousDoc, req }) => {
  if (doc.status === 'approved' && previousDoc?.status !== 'approved') await recordApproval(req, doc)
  return doc
}
