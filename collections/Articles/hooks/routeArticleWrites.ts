import type { CollectionBeforeOperationHook, PayloadRequest, RequestContext } from 'payload'

import { isEditorUser, isTranslatorUser } from '@/access/roles'
import { isLocale, sourceLocale, type Locale } from '@/i18n/locales'
import { workflowRefusal } from '@/workflow/errors'
import { rememberPublishedRow } from './restoreAsDraft'

/**
 * Payload writes nothing to an article's published row: every create, update,
 * bulk update, duplicate and restore is saved as a draft (the working copy), and
 * a request to publish or unpublish becomes a publication of one language,
 * applied after the draft is saved (hooks/applyRequestedPublication.ts). So a
 * publish can never carry another language's pending draft with it. (A create
 * still writes the new row, and a restore without `draft: true` overwrites it:
 * hooks/applyRequestedPublication.ts and hooks/restoreAsDraft.ts set them right.)
 */

export type PublicationRequest = { action: 'publish' | 'unpublish'; locale: Locale; handled: (number | string)[] }

const KEY = 'articlePublication'

function isPublicationRequest(value: unknown): value is PublicationRequest {
  return typeof value === 'object' && value !== null && 'action' in value && 'locale' in value && 'handled' in value
}

export function publicationRequest(context: RequestContext): PublicationRequest | null {
  const value = context[KEY]
  return isPublicationRequest(value) ? value : null
}

function requestedStatus(data: unknown): unknown {
  return typeof data === 'object' && data !== null && '_status' in data ? data._status : undefined
}

/**
 * An update that names no status keeps Payload's meaning of "save": it
 * republishes the source of a published article, and is a draft otherwise.
 */
async function impliedStatus(req: PayloadRequest, id: unknown, locale: Locale): Promise<'published' | 'draft'> {
  if (locale !== sourceLocale || (typeof id !== 'string' && typeof id !== 'number')) return 'draft'
  const live = await req.payload.db.findOne<{ id: number | string; _status?: string | null }>({
    collection: 'articles',
    where: { id: { equals: id } },
    select: { _status: true },
    req,
  })
  return live?._status === 'published' ? 'published' : 'draft'
}

export const routeArticleWrites: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'restoreVersion') {
    if (isTranslatorUser(req.user)) {
      throw workflowRefusal(req, { kind: 'restoreVersions' }, 403)
    }
    // A restored version becomes the working draft; publishing it is a separate, per-language step.
    // Payload has read the draft flag already: hooks/restoreAsDraft.ts keeps the published row.
    await rememberPublishedRow(req, 'id' in args ? args.id : undefined, { draft: 'draft' in args && args.draft === true })
    return { ...args, draft: true }
  }
  if (operation !== 'create' && operation !== 'update') return args
  if (!('data' in args)) return args

  const draft = 'draft' in args && args.draft === true
  const locale = isLocale(req.locale) ? req.locale : sourceLocale
  const named = requestedStatus(args.data)
  const status =
    named === undefined && !draft && operation === 'update'
      ? await impliedStatus(req, 'id' in args ? args.id : undefined, locale)
      : named
  const unpublishing = named === 'draft' && operation === 'update'
  const action = draft ? null : status === 'published' ? 'publish' : unpublishing && locale === sourceLocale ? 'unpublish' : null

  if (!draft && unpublishing && locale !== sourceLocale && req.user) {
    throw workflowRefusal(req, { kind: 'offlineByTask', locale }, 400)
  }
  if (action && req.user) {
    if (!isEditorUser(req.user)) {
      throw workflowRefusal(req, { kind: 'translatorsSaveDrafts' }, 403)
    }
    if (locale !== sourceLocale) {
      throw workflowRefusal(req, { kind: 'publishedByApproval', locale }, 400)
    }
  }
  // Set or cleared on every write: a request object reused for several operations carries no stale intent.
  const request: PublicationRequest | null = action ? { action, locale, handled: [] } : null
  req.context[KEY] = request
  const data = typeof args.data === 'object' && args.data !== null ? { ...args.data, _status: 'draft' } : args.data
  return {
    ...args,
    data,
    draft: true,
    publishSpecificLocale: undefined,
    publishAllLocales: undefined,
    unpublishAllLocales: undefined,
  }
}
