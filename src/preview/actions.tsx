'use server'

import { draftMode, headers } from 'next/headers'
import type { ReactNode } from 'react'

import { ArticleContent } from '@/components/site/pages/ArticlePage'
import { isLocale } from '@/i18n/locales'
import { sitePayload } from '@/site/payload'
import { liveFields } from './compose'
import { loadPreviewArticle } from './data/article'
import { sessionUser } from './data/session'

/**
 * Live Preview: the article content again, with the text the editor is typing in
 * the admin's form. Everything the browser sends is checked as on a page request:
 * draft mode, the session, the right to preview this article in this language;
 * only the previewed language's text fields are taken from the form.
 */
export async function renderLivePreview(locale: unknown, slug: unknown, data: unknown): Promise<ReactNode | null> {
  if (!isLocale(locale) || typeof slug !== 'string') return null
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  const payload = await sitePayload()
  const user = await sessionUser(payload, await headers())
  if (!user) return null
  const article = await loadPreviewArticle(payload, user, locale, slug)
  if (!article) return null
  return <ArticleContent locale={locale} article={{ ...article, ...liveFields(data) }} />
}
