import type { TopicSummary } from '@/site/data/topics'

export type CountedTopic = TopicSummary & { count: number }
export type TopicIndexParts = { withArticles: CountedTopic[]; withoutArticles: TopicSummary[] }

/**
 * The topic index's two parts: topics with articles in this language, most
 * articles first (editorial order among equals), and the others in editorial
 * order, listed compactly. `topics` comes in editorial order.
 */
export function partitionTopics(topics: TopicSummary[], counts: ReadonlyMap<string, number>): TopicIndexParts {
  const withArticles: CountedTopic[] = []
  const withoutArticles: TopicSummary[] = []
  for (const topic of topics) {
    const count = counts.get(String(topic.id)) ?? 0
    if (count > 0) withArticles.push({ ...topic, count })
    else withoutArticles.push(topic)
  }
  // Array.prototype.sort is stable: equal counts keep the editorial order.
  withArticles.sort((a, b) => b.count - a.count)
  return { withArticles, withoutArticles }
}
