import type { PayloadRequest } from 'payload'

import { sourceLocale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { pickSource, type SourceValues } from '@/workflow/source'
import { childReq } from './childReq'

/**
 * The translatable fields of an article in the source language. `latest` reads
 * the newest version (a pending draft included); otherwise the published one.
 */
export async function readSource(
  req: PayloadRequest,
  articleId: Article['id'] | string,
  { latest }: { latest: boolean },
): Promise<SourceValues | null> {
  const doc = await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    locale: sourceLocale,
    fallbackLocale: false,
    draft: latest,
    depth: 0,
    req: childReq(req),
    disableErrors: true,
    select: { title: true, body: true, summary: true, seoTitle: true, seoDescription: true },
  })
  return doc ? pickSource(doc) : null
}
