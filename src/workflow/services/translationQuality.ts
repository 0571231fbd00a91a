/**
 * The quality checks of a task's translation, read from the database: the published Italian
 * (what the translation goes live beside), the language's working draft (what the translator
 * submits) and the accepted glossary entries that apply to the article's topic.
 */
import type { PayloadRequest, Where } from 'payload'

import { conceptOf } from '@/glossary/fromDocs'
import type { GlossaryConcept } from '@/glossary/terms'
import { sourceLocale, type Locale } from '@/i18n/locales'
import { relationId } from '@/lib/relations'
import { checkTranslation, type LocatedIssue } from '@/quality/translation'
import { translatableFields } from '@/workflow/fingerprint'
import { pickSource } from '@/workflow/source'
import { childReq } from './childReq'
import { readSource } from './source'

export async function glossaryFor(req: PayloadRequest, topicId: number | string | undefined): Promise<GlossaryConcept[]> {
  const scope: Where[] = [{ topic: { exists: false } }, { topic: { equals: null } }]
  if (topicId !== undefined) scope.push({ topic: { equals: topicId } })
  const { docs } = await req.payload.find({
    collection: 'glossary',
    where: { and: [{ review: { equals: 'accepted' } }, { or: scope }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req: childReq(req),
  })
  return docs.map(conceptOf)
}

export async function translationQuality(
  req: PayloadRequest,
  articleId: number | string,
  locale: Locale,
): Promise<LocatedIssue[]> {
  const source = await readSource(req, articleId, { latest: false })
  if (!source) return []
  const draft = await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req: childReq(req),
    select: { title: true, body: true, summary: true, seoTitle: true, seoDescription: true, topic: true },
  })
  const target = draft ? pickSource(draft) : pickSource({})
  const concepts = await glossaryFor(req, relationId(draft?.topic))
  return checkTranslation({
    fields: translatableFields.map((field) => ({ field, source: source[field], target: target[field] })),
    sourceLocale,
    targetLocale: locale,
    concepts,
  })
}
