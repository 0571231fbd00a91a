import type { CollectionBeforeChangeHook } from 'payload'

import type { Translation } from '@/payload-types'
import { relationId } from '@/lib/relations'
import { sourceQuestion } from '@/workflow/services/taskTitles'
import { taskTitle } from '@/workflow/taskTitle'

/** A new task (or one without a title yet) is named after its article's question and its language. */
export const setTaskTitle: CollectionBeforeChangeHook<Translation> = async ({ data, originalDoc, req }) => {
  if (originalDoc?.title) return data
  const articleId = relationId(data.article ?? originalDoc?.article)
  const locale = data.locale ?? originalDoc?.locale
  if (articleId === undefined || !locale) return data
  data.title = taskTitle(await sourceQuestion(req, articleId), locale)
  return data
}
