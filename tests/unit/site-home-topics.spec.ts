import { describe, expect, it } from 'vitest'

import type { ArticleCard } from '@/site/data/articles'
import type { TopicSummary } from '@/site/data/topics'
import { latestByTopic } from '@/site/home/latestByTopic'
import { partitionTopics } from '@/site/topicIndex/partitionTopics'

/** The home page's sections and the topic index's two parts, from plain data. */

const topic = (id: number, name: string) => ({ id, name, slug: name.toLowerCase() })
const dns = topic(1, 'DNS')
const css = topic(2, 'CSS')
const smtp = topic(3, 'SMTP')

function card(id: number, t: ReturnType<typeof topic> | null): ArticleCard {
  return {
    id,
    title: `A${id}`,
    slug: `a${id}`,
    summary: null,
    topic: t,
    publishedAt: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
  }
}

describe('latestByTopic', () => {
  // Newest first: 9 (DNS) leads, then CSS has the most recent of the rest, then DNS, then SMTP.
  const newest = [
    card(9, dns),
    card(8, css),
    card(7, dns),
    card(6, css),
    card(5, null),
    card(4, css),
    card(3, css),
    card(2, smtp),
    card(1, dns),
  ]

  it('leads with the newest article, then one section per topic, the most recently updated topic first', () => {
    const { lead, sections } = latestByTopic(newest, 3, 10)
    expect(lead?.id).toBe(9)
    expect(sections.map((section) => section.topic.name)).toEqual(['CSS', 'DNS', 'SMTP'])
    // At most 3 per topic, newest first, never the lead again; an article without a topic is in no section.
    expect(sections.map((section) => section.articles.map((article) => article.id))).toEqual([[8, 6, 4], [7, 1], [2]])
  })

  it('caps the number of sections', () => {
    expect(latestByTopic(newest, 2, 2).sections.map((section) => section.topic.name)).toEqual(['CSS', 'DNS'])
  })

  it('has no lead and no section without articles', () => {
    expect(latestByTopic([], 3, 10)).toEqual({ lead: null, sections: [] })
  })
})

describe('partitionTopics', () => {
  const summary = (t: ReturnType<typeof topic>): TopicSummary => ({ ...t, description: null })
  const topics = [summary(dns), summary(css), summary(smtp), summary(topic(4, 'LLM'))]

  it('puts the topics with articles first, most articles first, editorial order among equals; the others after, in order', () => {
    const parts = partitionTopics(
      topics,
      new Map([
        ['1', 2],
        ['2', 5],
        ['4', 2],
        ['3', 0],
      ]),
    )
    expect(parts.withArticles.map((t) => [t.name, t.count])).toEqual([
      ['CSS', 5],
      ['DNS', 2],
      ['LLM', 2],
    ])
    expect(parts.withoutArticles.map((t) => t.name)).toEqual(['SMTP'])
  })

  it('a topic missing from the counts has no articles', () => {
    expect(partitionTopics(topics, new Map()).withoutArticles).toHaveLength(4)
  })
})
