import type { CollectionBeforeChangeHook } from 'payload'

import { isTranslatorUser } from '../../../src/access/roles'
import type { Article } from '../../../src/payload-types'
import { workflowRefusal } from '../../../src/workflow/errors'

/**
 * Translators save drafts: the approved translation stays online until an
 * editor approves the new one, which publishes it. (Which locale and article
 * they may touch is decided by `canUpdateArticle`; non-localized fields are
 * read-only for them through field access.)
 */
export const guardTranslatorSave: CollectionBeforeChangeHook<Article> = ({ data, req }) => {
  if (isTranslatorUser(req.user) && data._status !== 'draft') {
    throw workflowRefusal(
      'Translators save drafts (draft=true / "Save draft"); the translation is published when an editor approves the task.',
      403,
    )
  }
  return data
}
