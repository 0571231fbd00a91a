import type { CollectionAfterChangeHook } from 'payload'

import { sourceLocale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { applyPublication } from '@/workflow/services/publication'
import { ensureTranslationTasks, flagOutdatedTranslations } from '@/workflow/services/sourceChanges'
import { refreshArticleLeverage } from '@/workflow/services/taskLeverage'
import { publicationRequest } from './routeArticleWrites'

/**
 * After the draft is saved: publish (or unpublish) the requested language.
 * Publishing the source then creates the missing translation tasks and flags
 * outdated ones, and counts the tasks' leverage again (the seed sets `context.seeding` and
 * creates its tasks itself).
 */
export const applyRequestedPublication: CollectionAfterChangeHook<Article> = async ({ doc, req, context, operation }) => {
  const request = publicationRequest(context)
  if (!request && operation === 'create') {
    // Payload writes a new article's row from its data, and a duplicate's data is the original's
    // draft in every language: keep in the row only what is public (nothing, for a new draft).
    await applyPublication(req, doc.id, { kind: 'sync' })
    return doc
  }
  if (!request || request.handled.includes(doc.id)) return doc
  request.handled.push(doc.id)

  if (request.action === 'unpublish') {
    const result = await applyPublication(req, doc.id, { kind: 'unpublishSource' })
    return { ...doc, _status: 'draft', publicLocales: result?.publicLocales ?? [] }
  }
  const published = await applyPublication(req, doc.id, { kind: 'publish', locale: request.locale })
  if (request.locale === sourceLocale && !context.seeding) {
    await ensureTranslationTasks(req, doc.id)
    await flagOutdatedTranslations(req, doc.id, { minorEdit: context.minorEdit === true })
    // The leverage is a help for planning: a failure to count it never refuses the publication.
    await refreshArticleLeverage(req, doc.id).catch((error: unknown) => {
      req.payload.logger.error({ err: error, article: doc.id }, 'leverage: the tasks were not counted again')
    })
  }
  // The caller asked to publish: answer with the state it produced, not the draft it went through.
  // (New tasks start as "todo" and outdated ones stay public, so the list is still the publication's.)
  return { ...doc, _status: 'published', publicLocales: published?.publicLocales ?? doc.publicLocales }
}
