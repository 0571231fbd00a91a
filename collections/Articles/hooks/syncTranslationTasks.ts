import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook } from 'payload'

import type { Article } from '../../../src/payload-types'
import {
  deleteTranslationTasks,
  ensureTranslationTasks,
  flagOutdatedTranslations,
} from '../../../src/workflow/sourceChanges'

/**
 * Each publish (not a draft save: drafts change nothing visitors or translators
 * rely on) creates the missing translation tasks and flags outdated ones.
 * The seed sets `context.seeding` and creates approved tasks itself.
 */
export const syncTranslationTasks: CollectionAfterChangeHook<Article> = async ({ doc, req, context }) => {
  if (doc._status !== 'published' || context.seeding) return doc
  await ensureTranslationTasks(req, doc.id)
  await flagOutdatedTranslations(req, doc.id, { minorEdit: context.minorEdit === true })
  return doc
}

/** Before, not after: a task cannot outlive its article (its `article` is required). */
export const removeTranslationTasks: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await deleteTranslationTasks(req, id)
}
