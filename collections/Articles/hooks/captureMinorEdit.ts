import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

/** Moves the per-save "minor edit" flag (a virtual field) into the request context for the after-change hooks. */
export const captureMinorEdit: CollectionBeforeChangeHook<Article> = ({ data, req }) => {
  if (data.minorEdit === true) req.context.minorEdit = true
  data.minorEdit = false
  return data
}
