import type { Locale } from '@/i18n/locales'
import type { RichTextBlock } from '@/richtext/build'

/** The languages the demo content is written in. A locale added later has none yet: the seed skips it. */
export const seedLanguages = ['it', 'fr', 'en'] as const satisfies readonly Locale[]
export type SeedLanguage = (typeof seedLanguages)[number]

/** Per-locale demo value: every seed language is present. */
export type Localized<T> = Record<SeedLanguage, T> & Partial<Record<Locale, T>>

export type SeedTopic = {
  /** Stable key, also used by articles to reference their topic. */
  key: string
  order: number
  name: Localized<string>
  slug: Localized<string>
  description: Localized<string>
}

export type SeedAuthor = { family: string; given: string }

export type SeedSourceType = 'paper' | 'book' | 'chapter' | 'webpage' | 'standard' | 'report'

export type SeedSource = {
  key: string
  type: SeedSourceType
  authors: SeedAuthor[]
  year: number
  title: string
  /** Journal, proceedings, book series or website name. */
  container?: string
  publisher?: string
  url?: string
  doi?: string
  /** ISO date (YYYY-MM-DD) the URL was last checked; web pages and standards. */
  accessedAt?: string
}

export type SeedArticleContent = {
  title: string
  slug: string
  body: RichTextBlock[]
  summary: string
  seoTitle: string
  seoDescription: string
}

export type SeedArticle = {
  key: string
  /** `SeedTopic.key` */
  topic: string
  /** `SeedSource.key`, in citation order */
  sources: string[]
  /** ISO date */
  publishedAt: string
  /**
   * ISO date of the last publication, when the article was revised after its first one (the
   * site then shows "Updated on"); the seed writes it after publishing, which stamps "now".
   */
  updatedAt?: string
  content: Localized<SeedArticleContent>
}

export type SeedLegal = Localized<{ title: string; body: RichTextBlock[] }>

export type SeedSiteSettings = {
  contactEmail: string
  tagline: Localized<string>
  promo: Localized<string>
}
