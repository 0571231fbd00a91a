/**
 * The glossary beside an article's fields in a target locale: the accepted concepts that apply
 * to its topic (or to none), with their Italian and target-language terms, read as the
 * signed-in user. Five fields ask for it on every render of the form, so it is read once per
 * request, as translationContext.ts does.
 */
import type { PayloadRequest, Where } from 'payload'

import { conceptOf } from '@/glossary/fromDocs'
import { conceptsForLocales } from '@/glossary/highlight'
import type { GlossaryConcept } from '@/glossary/terms'
import { sourceLocale, type TargetLocale } from '@/i18n/locales'
import { relationId } from '@/lib/relations'
import type { Id } from './lookups'

const perRequest = new WeakMap<PayloadRequest, Map<string, Promise<GlossaryConcept[]>>>()

async function load(req: PayloadRequest, articleId: Id, locale: TargetLocale): Promise<GlossaryConcept[]> {
  const { payload, user } = req
  if (!user) return []
  const article = await payload.findByID({
    collection: 'articles',
    id: articleId,
    depth: 0,
    select: { topic: true },
    overrideAccess: false,
    user,
    disableErrors: true,
  })
  const topic = relationId(article?.topic)
  const scope: Where[] = [{ topic: { exists: false } }, { topic: { equals: null } }]
  if (topic !== undefined) scope.push({ topic: { equals: topic } })
  const { docs } = await payload.find({
    collection: 'glossary',
    where: { and: [{ review: { equals: 'accepted' } }, { or: scope }] },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return conceptsForLocales(docs.map(conceptOf), [sourceLocale, locale])
}

export function articleGlossary(req: PayloadRequest, articleId: Id, locale: TargetLocale): Promise<GlossaryConcept[]> {
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
