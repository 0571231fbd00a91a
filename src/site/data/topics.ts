import type { Where } from 'payload'
import { cache } from 'react'

import { locales, type Locale } from '@/i18n/locales'
import type { Topic } from '@/payload-types'
import { sitePayload } from '@/site/payload'
import { localeStrings, presentLocales, type LocaleMap } from './localized'

/** Topic reads of the public site (anonymous, no fallback language). */

export type TopicSummary = { id: Topic['id']; name: string; slug: string; description: string | null }

function toSummary(doc: Pick<Topic, 'id' | 'name' | 'slug' | 'description'>): TopicSummary | null {
  if (!doc.name || !doc.slug) return null
  return { id: doc.id, name: doc.name, slug: doc.slug, description: doc.description ?? null }
}

/** Topics as a visitor reads them in `locale`, with the fields of a summary. */
async function findTopicSummaries(locale: Locale, query: { where?: Where; sort?: string[]; limit: number }): Promise<TopicSummary[]> {
  const payload = await sitePayload()
  const result = await payload.find({
    collection: 'topics',
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    ...query,
    pagination: false,
    depth: 0,
    select: { name: true, slug: true, description: true },
  })
  return result.docs.map(toSummary).filter((topic): topic is TopicSummary => topic !== null)
}

/** Every topic named in `locale`, in editorial order (header, footer, topic index). */
export const topicsInLocale = cache(
  async (locale: Locale): Promise<TopicSummary[]> => findTopicSummaries(locale, { sort: ['order', 'name'], limit: 0 }),
)

export const getTopic = cache(async (locale: Locale, slug: string): Promise<TopicSummary | null> => {
  const [topic] = await findTopicSummaries(locale, { where: { slug: { equals: slug } }, limit: 1 })
  return topic ?? null
})

/** The topic's slug in each locale where it has a name (its page exists there). */
export const topicSlugs = cache(async (id: Topic['id'] | string): Promise<LocaleMap<string>> => {
  const payload = await sitePayload()
  const doc = await payload.findByID({
    collection: 'topics',
    id,
    locale: 'all',
    overrideAccess: false,
    depth: 0,
    disableErrors: true,
    select: { name: true, slug: true },
  })
  if (!doc) return {}
  const names = localeStrings(doc.name)
  const slugs = localeStrings(doc.slug)
  const map: LocaleMap<string> = {}
  for (const locale of presentLocales(slugs)) if (names[locale]) map[locale] = slugs[locale]
  return map
})

/**
 * Number of articles public in `locale` per topic id, as its pages list them: one
 * indexed count per topic, under the anonymous read access (never the articles themselves).
 */
export const articleCountsByTopic = cache(async (locale: Locale): Promise<Map<string, number>> => {
  const payload = await sitePayload()
  const topics = await topicsInLocale(locale)
  const counts = await Promise.all(
    topics.map(async (topic) => {
      const { totalDocs } = await payload.count({
        collection: 'articles',
        locale,
        overrideAccess: false,
        where: { topic: { equals: topic.id } },
      })
      return [String(topic.id), totalDocs] as const
    }),
  )
  return new Map(counts)
})

/**
 * Locales in which the topic has at least one public article: only there is its
 * page worth indexing (elsewhere it answers `noindex` and has no hreflang link).
 */
export const topicLocalesWithArticles = cache(async (id: Topic['id']): Promise<Locale[]> => {
  const payload = await sitePayload()
  const counts = await Promise.all(
    locales.map(async (locale) => {
      const { totalDocs } = await payload.count({ collection: 'articles', locale, overrideAccess: false, where: { topic: { equals: id } } })
      return [locale, totalDocs] as const
    }),
  )
  return counts.filter(([, count]) => count > 0).map(([locale]) => locale)
})
