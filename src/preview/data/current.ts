import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import type { ArticlePage } from '@/site/data/articles'
import { sitePayload } from '@/site/payload'
import { loadPreviewArticle } from './article'
import { sessionUser } from './session'

/**
 * The preview of `/{locale}/…/{slug}` for this request, or null (then the page
 * renders as published). Draft mode is only the browser's wish: the session and
 * the user's rights on this article and language are checked again each time.
 * Outside draft mode nothing here reads the request, so the published page stays
 * a cached page (Next renders draft-mode requests apart and never stores them).
 */
export const currentArticlePreview = cache(async (locale: Locale, slug: string): Promise<ArticlePage | null> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  const payload = await sitePayload()
  const user = await sessionUser(payload, await headers())
  if (!user) return null
  return loadPreviewArticle(payload, user, locale, slug)
})
