import type { CollectionBeforeValidateHook } from 'payload'

import { relationId } from '@/lib/relations'
import type { Translation } from '@/payload-types'

/** Derives the unique `article:locale` key from the task's own fields, so no caller can forge it. */
export const setTaskKey: CollectionBeforeValidateHook<Translation> = ({ data, originalDoc }) => {
  if (!data) return data
  const article = relationId(data.article ?? originalDoc?.article)
  const locale = data.locale ?? originalDoc?.locale
  if (article !== undefined && locale) data.taskKey = `${article}:${locale}`
  return data
}
