import { cache } from 'react'
import type { Where } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import type { Article, Source, Topic } from '@/payload-types'
import { sitePayload } from '@/site/payload'
import { localeStrings, populated, presentLocales, type LocaleMap } from './localized'

/**
 * Article reads of the public site. All run as an anonymous caller
 * (`overrideAccess: false`, no user) with `fallbackLocale: false`: the access
 * rule returns only articles published and public in the requested locale, and
 * a missing translation stays missing instead of showing Italian text.
 */

export type TopicRef = { id: Topic['id']; name: string; slug: string }

export type ArticleCard = {
  id: Article['id']
  title: string
  slug: string
  summary: string | null
  topic: TopicRef | null
  publishedAt: string | null
  updatedAt: string
}

export type ArticlePage = ArticleCard & {
  body: Article['body']
  seoTitle: string | null
  seoDescription: string | null
  sources: Source[]
  /** Slug of this article in every locale where it is public (the current one included). */
  slugs: LocaleMap<string>
}

export const ARTICLES_PER_PAGE = 10

const cardSelect = {
  title: true,
  slug: true,
  summary: true,
  topic: true,
  publishedAt: true,
  updatedAt: true,
} as const

function topicRef(value: Article['topic'] | null | undefined): TopicRef | null {
  const topic = populated<Topic>(value)
  if (!topic || !topic.name || !topic.slug) return null
  return { id: topic.id, name: topic.name, slug: topic.slug }
}

type CardDoc = Pick<Article, 'id' | 'title' | 'slug' | 'summary' | 'topic' | 'publishedAt' | 'updatedAt'>

function toCard(doc: CardDoc): ArticleCard | null {
  // A doc without a title or slug in this locale has no page in it.
  if (!doc.title || !doc.slug) return null
  return {
    id: doc.id,
    title: doc.title,
    slug: doc.slug,
    summary: doc.summary ?? null,
    topic: topicRef(doc.topic),
    publishedAt: doc.publishedAt ?? null,
    updatedAt: doc.updatedAt,
  }
}

function isCard(card: ArticleCard | null): card is ArticleCard {
  return card !== null
}

/** From an anonymous `locale: 'all'` read: the slug of each locale where the article has a page. */
export function publicSlugs(doc: Pick<Article, 'slug' | 'title' | 'publicLocales'>): LocaleMap<string> {
  // `hideNonPublicLocales` already strips hidden locales from anonymous `all` reads;
  // intersecting with `publicLocales` again keeps this safe if that hook changes.
  const visible = new Set<Locale>(doc.publicLocales ?? [])
  const slugs = localeStrings(doc.slug)
  const titles = localeStrings(doc.title)
  const map: LocaleMap<string> = {}
  for (const locale of presentLocales(slugs)) {
    const slug = slugs[locale]
    if (visible.has(locale) && titles[locale] && slug) map[locale] = slug
  }
  return map
}

/** Slugs of one article in the locales where an anonymous reader may see it. */
export const articleSlugs = cache(async (id: Article['id'] | string): Promise<LocaleMap<string>> => {
  const payload = await sitePayload()
  const result = await payload.find({
    collection: 'articles',
    locale: 'all',
    overrideAccess: false,
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: { slug: true, title: true, publicLocales: true },
  })
  const doc = result.docs[0]
  return doc ? publicSlugs(doc) : {}
})

export const getArticle = cache(async (locale: Locale, slug: string): Promise<ArticlePage | null> => {
  const payload = await sitePayload()
  const result = await payload.find({
    collection: 'articles',
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    pagination: false,
    select: { ...cardSelect, body: true, seoTitle: true, seoDescription: true, sources: true },
  })
  const doc = result.docs[0]
  const card = doc ? toCard(doc) : null
  if (!doc || !card) return null
  const sources = (doc.sources ?? []).map((source) => populated<Source>(source)).filter((s): s is Source => s !== null)
  const slugs = await articleSlugs(doc.id)
  return {
    ...card,
    body: doc.body,
    seoTitle: doc.seoTitle ?? null,
    seoDescription: doc.seoDescription ?? null,
    sources,
    slugs: { ...slugs, [locale]: card.slug },
  }
})

/**
 * When `slug` is the slug of a public article in another locale, the slug of
 * the same article in `locale` (so `/fr/articles/<italian-slug>` can redirect);
 * null when there is no such article or it is not public in `locale`.
 */
export const findTranslatedSlug = cache(async (locale: Locale, slug: string): Promise<string | null> => {
  const payload = await sitePayload()
  for (const other of locales) {
    if (other === locale) continue
    const found = await payload.find({
      collection: 'articles',
      locale: other,
      fallbackLocale: false,
      overrideAccess: false,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      pagination: false,
      select: { slug: true },
    })
    const doc = found.docs[0]
    if (!doc) continue
    const target = (await articleSlugs(doc.id))[locale]
    if (target) return target
  }
  return null
})

export type ArticleListPage = { docs: ArticleCard[]; page: number; totalPages: number; totalDocs: number }

export async function listArticles(
  locale: Locale,
  options: { topicId?: Topic['id']; page?: number; limit?: number } = {},
): Promise<ArticleListPage> {
  const payload = await sitePayload()
  const where: Where = options.topicId === undefined ? {} : { topic: { equals: options.topicId } }
  const limit = options.limit ?? ARTICLES_PER_PAGE
  const result = await payload.find({
    collection: 'articles',
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    where,
    sort: ['-publishedAt', '-id'],
    limit,
    page: options.page ?? 1,
    depth: 1,
    select: cardSelect,
    populate: { topics: { name: true, slug: true } },
  })
  return {
    docs: result.docs.map(toCard).filter(isCard),
    page: result.page ?? 1,
    totalPages: Math.max(1, result.totalPages),
    totalDocs: result.totalDocs,
  }
}
