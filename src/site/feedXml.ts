import { escapeXml } from './xml'

/** RSS 2.0 for one locale's latest articles. */

export type FeedItem = {
  title: string
  url: string
  summary?: string | null
  publishedAt?: string | null
  category?: string | null
}

export type Feed = {
  title: string
  description: string
  /** The site's home page in this language. */
  link: string
  /** The feed's own URL. */
  self: string
  language: string
  items: FeedItem[]
}

function rfc822(value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toUTCString()
}

export function buildRss(feed: Feed): string {
  const newest = feed.items.map((item) => item.publishedAt).find(Boolean)
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(feed.title)}</title>`,
    `    <link>${escapeXml(feed.link)}</link>`,
    `    <description>${escapeXml(feed.description)}</description>`,
    `    <language>${escapeXml(feed.language)}</language>`,
    `    <atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
  ]
  const built = rfc822(newest)
  if (built) lines.push(`    <lastBuildDate>${built}</lastBuildDate>`)
  for (const item of feed.items) {
    lines.push('    <item>', `      <title>${escapeXml(item.title)}</title>`, `      <link>${escapeXml(item.url)}</link>`)
    lines.push(`      <guid isPermaLink="true">${escapeXml(item.url)}</guid>`)
    const date = rfc822(item.publishedAt)
    if (date) lines.push(`      <pubDate>${date}</pubDate>`)
    if (item.category) lines.push(`      <category>${escapeXml(item.category)}</category>`)
    if (item.summary) lines.push(`      <description>${escapeXml(item.summary)}</description>`)
    lines.push('    </item>')
  }
  lines.push('  </channel>', '</rss>', '')
  return lines.join('\n')
}
