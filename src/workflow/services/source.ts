import type { PayloadRequest } from 'payload'

import { sourceLocale, type Locale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { pickSource, type SourceValues } from '@/workflow/source'
import { childReq } from './childReq'

/**
 * The translatable fields of an article in one language, without fallback. `latest` reads
 * the newest version (a pending draft included); otherwise the published one.
 */
export async function readText(
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
    select: { title: true, body: true, summary: true, seoTitle: true, seoDescription: true },
  })
  return doc ? pickSource(doc) : null
}

/** The translatable fields of an article in the source language (see readText). */
export function readSource(
  req: PayloadRequest,
  articleId: Article['id'] | string,
  options: { latest: boolean },
): Promise<SourceValues | null> {
  return readText(req, articleId, sourceLocale, options)
}
