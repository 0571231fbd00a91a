import { sourceLocale, type Locale } from '@/i18n/locales'
import type { Article, Source } from '@/payload-types'
import { isLexicalState } from '@/richtext/lexical'
import type { ArticlePage, TopicRef } from '@/site/data/articles'
import type { LocaleMap } from '@/site/data/localized'

/**
 * The article page as publishing `locale` would make it (docs/publication.md):
 * that language's text from the working draft; the topic, sources and dates from
 * the draft only when it is the source language (publishing Italian publishes
 * them), from the published row otherwise (an approval leaves them as they are).
 * The other languages appear only as links, and only where they are public.
 */

/** One language of an article as Payload returns it at depth 1 (relationships populated). */
export type ArticleRead = Pick<
  Article,
  | 'id'
  | 'title'
  | 'slug'
  | 'summary'
  | 'body'
  | 'seoTitle'
  | 'seoDescription'
  | 'topic'
  | 'sources'
  | 'publishedAt'
  | 'updatedAt'
  | '_status'
>

function topicRef(value: ArticleRead['topic'] | null | undefined): TopicRef | null {
  if (typeof value !== 'object' || value === null || !value.name || !value.slug) return null
  return { id: value.id, name: value.name, slug: value.slug }
}

function sourceList(value: ArticleRead['sources']): Source[] {
  return (value ?? []).filter((source): source is Source => typeof source === 'object' && source !== null)
}

export function composePreview(input: {
  locale: Locale
  /** The working draft in `locale`. */
  draft: ArticleRead
  /** The published row (staff read, same locale), for what a translation's approval keeps. */
  published: ArticleRead | null
  /** Slugs of the languages where the article is public today. */
  publicSlugs: LocaleMap<string>
  now: string
}): ArticlePage | null {
  const { locale, draft, published, publicSlugs, now } = input
  if (!draft.title || !draft.slug) return null
  const publishesSource = locale === sourceLocale
  const owner = publishesSource || !published ? draft : published
  const wasPublished = published?._status === 'published'
  const publishedAt = publishesSource
    ? (draft.publishedAt ?? (wasPublished ? published?.publishedAt : null) ?? now)
    : (owner.publishedAt ?? null)
  return {
    id: draft.id,
    title: draft.title,
    slug: draft.slug,
    summary: draft.summary ?? null,
    body: draft.body,
    seoTitle: draft.seoTitle ?? null,
    seoDescription: draft.seoDescription ?? null,
    topic: topicRef(owner.topic),
    sources: sourceList(owner.sources),
    publishedAt,
    // A publication stamps the time it runs.
    updatedAt: now,
    slugs: { ...publicSlugs, [locale]: draft.slug },
  }
}

/** The text fields a Live Preview message may replace, in the previewed language only. */
export type LiveFields = Partial<Pick<ArticlePage, 'title' | 'summary' | 'body' | 'seoTitle' | 'seoDescription'>>

function text(value: unknown): string | null | undefined {
  if (value === null) return null
  return typeof value === 'string' ? value : undefined
}

/**
 * What an admin's form (Payload's Live Preview message) changes in the preview: the
 * localized text the editor types. Anything of another shape is ignored, and the
 * slug, topic and sources stay as saved (a new slug is a new URL, a new topic a new page).
 */
export function liveFields(data: unknown): LiveFields {
  if (typeof data !== 'object' || data === null) return {}
  const values = data as Record<string, unknown>
  const fields: LiveFields = {}
  const title = text(values.title)
  if (typeof title === 'string' && title.trim() !== '') fields.title = title
  const summary = text(values.summary)
  if (summary !== undefined) fields.summary = summary
  const seoTitle = text(values.seoTitle)
  if (seoTitle !== undefined) fields.seoTitle = seoTitle
  const seoDescription = text(values.seoDescription)
  if (seoDescription !== undefined) fields.seoDescription = seoDescription
  if (values.body === null) fields.body = null
  else if (isLexicalState(values.body)) fields.body = values.body as ArticlePage['body']
  return fields
}
