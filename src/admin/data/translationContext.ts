/**
 * What the article edit view needs beside each localized field when a target
 * locale is open: the source values and that locale's task. Five fields ask
 * for it on every render of the form, so it is read once per request (keyed
 * on the request object, which Payload shares across a form's fields).
 */
import type { PayloadRequest } from 'payload'

import type { TargetLocale } from '@/i18n/locales'
import type { Translation } from '@/payload-types'
import type { SourceValues } from '@/workflow/source'
import { sourceValues, type Id } from './lookups'

export type ContextTask = Pick<Translation, 'id' | 'status' | 'assignee' | 'changedFields' | 'sourceSnapshot'>

export type TranslationContext = {
  source: Partial<SourceValues> | null
  task: ContextTask | null
}

const perRequest = new WeakMap<PayloadRequest, Map<string, Promise<TranslationContext | null>>>()

async function load(req: PayloadRequest, articleId: Id, locale: TargetLocale): Promise<TranslationContext | null> {
  const { payload, user } = req
  if (!user) return null
  const [sources, tasks] = await Promise.all([
    sourceValues(payload, user, [articleId]),
    payload.find({
      collection: 'translations',
      where: { and: [{ article: { equals: articleId } }, { locale: { equals: locale } }] },
      limit: 1,
      depth: 0,
      select: { status: true, assignee: true, changedFields: true, sourceSnapshot: true },
      overrideAccess: false,
      user,
    }),
  ])
  return { source: sources.get(String(articleId)) ?? null, task: tasks.docs[0] ?? null }
}

export function translationContext(
  req: PayloadRequest,
  articleId: Id,
  locale: TargetLocale,
): Promise<TranslationContext | null> {
  let byKey = perRequest.get(req)
  if (!byKey) {
    byKey = new Map()
    perRequest.set(req, byKey)
  }
  const key = `${articleId}:${locale}`
  let pending = byKey.get(key)
  if (!pending) {
    pending = load(req, articleId, locale)
    byKey.set(key, pending)
  }
  return pending
}
