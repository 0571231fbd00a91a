import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { composePreview, type ArticleRead } from '@/preview/compose'
import { publicSlugs, type ArticlePage } from '@/site/data/articles'
import { canPreviewArticle } from './rights'

const articleSelect = {
  title: true,
  slug: true,
  summary: true,
  body: true,
  seoTitle: true,
  seoDescription: true,
  topic: true,
  sources: true,
  publishedAt: true,
  updatedAt: true,
  _status: true,
} as const

/**
 * The working draft of one article in one language, read through the Local API as
 * `user` (`overrideAccess: false`, one locale, no fallback): no other language's
 * draft text is read at all. Null when there is none or `user` may not preview it.
 */
async function readDraft(
  payload: Payload,
  user: User,
  locale: Locale,
  where: { slug: string } | { id: number | string },
): Promise<ArticleRead | null> {
  const { docs } = await payload.find({
    collection: 'articles',
    draft: true,
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    user,
    where: 'slug' in where ? { slug: { equals: where.slug } } : { id: { equals: where.id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 1,
    pagination: false,
    select: articleSelect,
  })
  const doc = docs[0]
  if (!doc || !(await canPreviewArticle(payload, user, doc.id, locale))) return null
  return doc
}

/** The article's slug in `locale` in its working draft, when `user` may preview it there. */
export async function previewSlug(
  payload: Payload,
  user: User,
  articleId: number | string,
  locale: Locale,
): Promise<string | null> {
  const draft = await readDraft(payload, user, locale, { id: articleId })
  return draft?.title && draft.slug ? draft.slug : null
}

/**
 * The page `/{locale}/…/{slug}` would show once `locale` is published, for a user
 * allowed to preview it; null otherwise (the caller then serves the published page).
 */
export async function loadPreviewArticle(
  payload: Payload,
  user: User,
  locale: Locale,
  slug: string,
): Promise<ArticlePage | null> {
  const draft = await readDraft(payload, user, locale, { slug })
  if (!draft) return null
  const [published, everyLocale] = await Promise.all([
    // The published row, as staff read it: what an approval of a translation leaves as it is.
    payload
      .find({
        collection: 'articles',
        locale,
        fallbackLocale: false,
        overrideAccess: false,
        user,
        where: { id: { equals: draft.id } },
        limit: 1,
        depth: 1,
        pagination: false,
        select: articleSelect,
      })
      .then((result) => result.docs[0] ?? null),
    // What a visitor reads: which languages are public, under which slugs.
    payload.find({
      collection: 'articles',
      locale: 'all',
      overrideAccess: false,
      where: { id: { equals: draft.id } },
      limit: 1,
      depth: 0,
      pagination: false,
      select: { slug: true, title: true, publicLocales: true },
    }),
  ])
  const visible = everyLocale.docs[0]
  return composePreview({
    locale,
    draft,
    published,
    publicSlugs: visible ? publicSlugs(visible) : {},
    now: new Date().toISOString(),
  })
}
