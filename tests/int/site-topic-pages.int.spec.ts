import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Article } from '@/payload-types'
import { createLocalizedTopic, createPublicArticle } from '../helpers/siteFixtures'
import { createSiteTestPayload } from '../helpers/sitePayload'
import type { TestPayload } from '../helpers/testPayload'

/**
 * A topic's numbered pages on a real database: 23 articles are 10, 10 and 3,
 * the last page holds the oldest, and there is no page after it; the topic
 * index counts what those pages list.
 */

let ctx: TestPayload

// The site reads through `sitePayload()`; here it is this file's test database.
vi.mock('@/site/payload', () => import('../helpers/sitePayload'))

const { ARTICLES_PER_PAGE, listArticles } = await import('@/site/data/articles')
const { articleCountsByTopic, topicLocalesWithArticles } = await import('@/site/data/topics')

let topicId: number
let otherTopicId: number
/** In creation order: oldest first. */
const created: Article['id'][] = []

beforeAll(async () => {
  ctx = await createSiteTestPayload()
  const topic = await createLocalizedTopic(ctx.payload, { it: 'sicurezza', fr: 'securite', en: 'security' })
  const other = await createLocalizedTopic(ctx.payload, { it: 'posta', fr: 'courriel', en: 'mail' }, 2)
  topicId = topic.id
  otherTopicId = other.id
  for (let n = 1; n <= 23; n++) {
    const article = await createPublicArticle(ctx.payload, {
      topic: topic.id,
      content: { it: { title: `Articolo ${n}`, slug: `articolo-${n}` } },
    })
    created.push(article.id)
  }
  // Another topic's article counts on no page of this one; this one is public in French too.
  await createPublicArticle(ctx.payload, {
    topic: other.id,
    content: { it: { title: 'Altro', slug: 'altro' }, fr: { title: 'Autre', slug: 'autre' } },
    publicIn: ['fr'],
  })
  // A draft is on no page and in no count.
  await ctx.payload.create({
    collection: 'articles',
    locale: 'it',
    draft: true,
    data: { title: 'Bozza', slug: 'bozza', topic: topic.id, _status: 'draft' },
  })
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('topic pagination', () => {
  it('fills the first pages and leaves the remainder, the oldest articles, on the last one', async () => {
    expect(ARTICLES_PER_PAGE).toBe(10)
    const pages = await Promise.all([1, 2, 3].map((page) => listArticles('it', { topicId, page })))
    expect(pages.map((page) => page.docs.length)).toEqual([10, 10, 3])
    for (const page of pages) expect(page).toMatchObject({ totalPages: 3, totalDocs: 23 })
    expect(pages[2]?.page).toBe(3)
    // Newest first: the last page holds the first three created, the newest of them first.
    expect(pages[2]?.docs.map((doc) => doc.id)).toEqual(created.slice(0, 3).reverse())
    const ids = pages.flatMap((page) => page.docs.map((doc) => doc.id))
    expect(new Set(ids).size).toBe(23)
  })

  it('has nothing after the last page (the page answers 404 when its number passes totalPages)', async () => {
    const beyond = await listArticles('it', { topicId, page: 4 })
    expect(beyond.docs).toEqual([])
    // What TopicPage checks (`page > totalPages` → notFound). The SQLite adapter answers a
    // page past the end without totals (so 1 here), which still makes it a 404.
    expect(beyond.totalPages).toBeLessThan(4)
  })

  it('counts only articles public in the locale', async () => {
    const french = await listArticles('fr', { topicId })
    expect(french).toMatchObject({ docs: [], totalDocs: 0, totalPages: 1 })
  })

  it('the topic index counts, per locale, what each topic’s pages list', async () => {
    const italian = await articleCountsByTopic('it')
    expect(Object.fromEntries(italian)).toEqual({ [String(topicId)]: 23, [String(otherTopicId)]: 1 })
    const french = await articleCountsByTopic('fr')
    expect(Object.fromEntries(french)).toEqual({ [String(topicId)]: 0, [String(otherTopicId)]: 1 })
    expect((await listArticles('fr', { topicId: otherTopicId })).totalDocs).toBe(1)
  })

  it('a topic is worth indexing only in the locales where it has a public article (elsewhere: noindex, no sitemap entry)', async () => {
    expect(await topicLocalesWithArticles(topicId)).toEqual(['it'])
    expect(await topicLocalesWithArticles(otherTopicId)).toEqual(['it', 'fr'])
  })
})
