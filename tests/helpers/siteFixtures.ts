import type { Payload } from 'payload'

import type { TargetLocale } from '@/i18n/locales'
import type { Article, Topic } from '@/payload-types'
import { richText } from '@/richtext/build'
import type { Localized } from '@/seed/types'

/**
 * Public-site fixtures: articles published in Italian and public in chosen
 * target locales, set up the way the seed does it (approved translation tasks,
 * `context.seeding`, so no workflow moves or cache revalidation happen here).
 */

const seeding = { seeding: true }

type Content = { title: string; slug: string; body?: string; summary?: string }

export async function createLocalizedTopic(payload: Payload, slugs: Localized<string>, order = 1): Promise<Topic> {
  const topic = await payload.create({
    collection: 'topics',
    locale: 'it',
    data: { name: slugs.it.toUpperCase(), slug: slugs.it, order },
    context: seeding,
  })
  for (const locale of ['fr', 'en'] as const) {
    await payload.update({
      collection: 'topics',
      id: topic.id,
      locale,
      data: { name: slugs[locale].toUpperCase(), slug: slugs[locale] },
      context: seeding,
    })
  }
  return topic
}

export async function createPublicArticle(
  payload: Payload,
  args: {
    topic: Topic['id']
    content: { it: Content } & Partial<Record<TargetLocale, Content>>
    /** Target locales with an approved translation (public); others get text but no approval. */
    publicIn?: TargetLocale[]
    sources?: number[]
  },
): Promise<Article> {
  const fields = (content: Content) => ({
    title: content.title,
    slug: content.slug,
    body: richText([{ type: 'p', text: content.body ?? `${content.title} body.` }]),
    summary: content.summary ?? `${content.title} summary.`,
  })
  const article = await payload.create({
    collection: 'articles',
    locale: 'it',
    data: { ...fields(args.content.it), topic: args.topic, sources: args.sources, _status: 'published' },
    context: seeding,
  })
  for (const locale of ['fr', 'en'] as const) {
    const content = args.content[locale]
    if (!content) continue
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale,
      data: { ...fields(content), _status: 'published' },
      context: seeding,
    })
    if (args.publicIn?.includes(locale)) {
      const approvedAt = new Date().toISOString()
      await payload.create({
        collection: 'translations',
        data: {
          article: article.id,
          locale,
          status: 'approved',
          approvedAt,
          history: [{ at: approvedAt, from: 'in_review', to: 'approved' }],
        },
        context: seeding,
      })
    }
  }
  return payload.findByID({ collection: 'articles', id: article.id, locale: 'it', depth: 0 })
}
