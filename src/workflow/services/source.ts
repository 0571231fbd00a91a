import type { PayloadRequest } from 'payload'

import { sourceLocale, type Locale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { pickSource, type SourceValues } from '@/workflow/source'
import { childReq } from './childReq'

/**
 * The translatable fields of an article in one language, without fallback. `latest` reads
 * the newest version (a pending draft included); otherwise the published one.
 */
export async function readArticleText(
  req: PayloadRequest,
  articleId: Article['id'] | string,
  locale: Locale,
  { latest }: { latest: boolean },
): Promise<SourceValues | null> {
  const doc = await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    locale,
    fallbackLocale: false,
    draft: latest,
    depth: 0,
    req: childReq(req),
    disableErrors: true,
    overrideAccess: true,
    select: { title: true, body: true, summary: true, seoTitle: true, seoDescription: true },
  })
  return doc ? pickSource(doc) : null
}

/** The translatable fields of an article in the source language (see readArticleText). */
export function readSource(
  req: PayloadRequest,
  articleId: Article['id'] | string,
  options: { latest: boolean },
): Promise<SourceValues | null> {
  return readArticleText(req, articleId, sourceLocale, options)
}
