import type { ArticleCard, TopicRef } from '@/site/data/articles'

export type TopicSection = { topic: TopicRef; articles: ArticleCard[] }
export type HomeSections = { lead: ArticleCard | null; sections: TopicSection[] }

/**
 * The home page's layout from the newest articles (newest first): the newest
 * one leads, then one section per topic, the topic with the most recent article
 * first, each with its `perTopic` newest articles other than the lead. Topics
 * without an article in the list have no section; at most `maxSections` are shown.
 */
export function latestByTopic(newestFirst: ArticleCard[], perTopic: number, maxSections: number): HomeSections {
  const [lead, ...rest] = newestFirst
  const sections: TopicSection[] = []
  const byTopic = new Map<string, TopicSection>()
  for (const article of rest) {
    if (!article.topic) continue
    const key = String(article.topic.id)
    let section = byTopic.get(key)
    if (!section) {
      if (sections.length >= maxSections) continue
      section = { topic: article.topic, articles: [] }
      byTopic.set(key, section)
      sections.push(section)
    }
    if (section.articles.length < perTopic) section.articles.push(article)
  }
  return { lead: lead ?? null, sections }
}
