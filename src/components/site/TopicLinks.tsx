import type { Locale } from '@/i18n/locales'
import type { TopicSummary } from '@/site/data/topics'
import { localizedPath } from '@/site/paths'

/** Topics as a plain list of links to their pages (footer, topic index). */
export function TopicLinks({ locale, topics, className }: { locale: Locale; topics: TopicSummary[]; className: string }) {
  return (
    <ul className={className}>
      {topics.map((topic) => (
        <li key={topic.id}>
          <a href={localizedPath(locale, '/topics/[slug]', { slug: topic.slug })}>{topic.name}</a>
        </li>
      ))}
    </ul>
  )
}
