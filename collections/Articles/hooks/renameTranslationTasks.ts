import type { CollectionAfterChangeHook } from 'payload'

import { sourceLocale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { renameTasks } from '@/workflow/services/taskTitles'

/** A new Italian question renames the article's translation tasks (their titles quote it). */
export const renameTranslationTasks: CollectionAfterChangeHook<Article> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || (req.locale ?? sourceLocale) !== sourceLocale) return doc
  if (!doc.title || doc.title === previousDoc?.title) return doc
  await renameTasks(req, doc.id, doc.title)
  return doc
}
