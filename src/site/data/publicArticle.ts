import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Article } from '@/payload-types'

/** An article by id as a visitor reads it in `locale` (title and slug there), or null when it is not public there. */
export async function publicArticleById(
  payload: Payload,
  locale: Locale,
  id: Article['id'] | string,
): Promise<Pick<Article, 'id' | 'title' | 'slug'> | null> {
  const { docs } = await payload.find({
    collection: 'articles',
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: { title: true, slug: true },
  })
  const doc = docs[0]
  return doc?.title && doc.slug ? doc : null
}
