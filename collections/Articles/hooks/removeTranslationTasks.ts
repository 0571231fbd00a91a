import type { CollectionBeforeDeleteHook } from 'payload'

import { deleteTranslationTasks } from '@/workflow/services/sourceChanges'

/** Before, not after: a task cannot outlive its article (its `article` is required). */
export const removeTranslationTasks: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await deleteTranslationTasks(req, id)
}
