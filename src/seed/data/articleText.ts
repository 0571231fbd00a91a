import { slugify } from '@/lib/slugify'
import type { SeedArticleContent } from '@/seed/types'

/**
 * One language of a demo article, its slug made from its question the way the admin makes it
 * (src/lib/slugify.ts: whole words only), so seed slugs never disagree with the title.
 */
export function text(content: Omit<SeedArticleContent, 'slug'>): SeedArticleContent {
  return { ...content, slug: slugify(content.title) }
}
