import type { CollectionAfterChangeHook } from 'payload'

import type { Translation } from '@/payload-types'
import { preTranslateTask } from '@/workflow/services/preTranslation'

/**
 * A new task (to do) and a task that just became outdated get the memory's exact matches in
 * their draft, their segment states and their leverage (src/workflow/services/preTranslation.ts).
 * The memory is a help: a failure is logged and never refuses the save that caused it.
 */
export const preTranslate: CollectionAfterChangeHook<Translation> = async ({ doc, previousDoc, operation, req }) => {
  const created = operation === 'create' && (doc.status ?? 'todo') === 'todo'
  const outdated = operation === 'update' && doc.status === 'outdated' && previousDoc?.status !== 'outdated'
  if (!created && !outdated) return doc
  try {
    const result = await preTranslateTask(req, doc, { outdated })
    return result ? { ...doc, leverage: result.leverage, segmentStates: result.states } : doc
  } catch (error) {
    req.payload.logger.error({ err: error, task: doc.id }, 'pre-translation: the task was not pre-translated')
    return doc
  }
}
