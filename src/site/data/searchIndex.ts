import { unstable_cache } from 'next/cache'

import type { Locale } from '../../i18n/locales'
import type { Topic } from '../../payload-types'
import { richTextToPlainText } from '../../workflow/richTextToPlain'
import { sitePayload } from '../payload'
import { searchIndexTag } from '../revalidation/tags'
import type { SearchDoc } from '../search/search'
import { populated } from './localized'

/** Every article public in `locale`, as plain text (anonymous read: hidden translations never get in). */
export async function loadSearchDocs(locale: Locale): Promise<SearchDoc[]> {
  const payload = await sitePayload()
  const result = await payload.find({
    collection: 'articles',
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    limit: 0,
    pagination: false,
    depth: 1,
    select: { title: true, slug: true, summary: true, body: true, topic: true, publishedAt: true },
    populate: { topics: { name: true } },
  })
  return result.docs.flatMap((doc) =>
    doc.title && doc.slug
      ? [
          {
            id: String(doc.id),
            slug: doc.slug,
            title: doc.title,
            summary: doc.summary ?? '',
            text: richTextToPlainText(doc.body),
            topic: populated<Topic>(doc.topic)?.name ?? null,
            publishedAt: doc.publishedAt ?? null,
          },
        ]
      : [],
  )
}

/**
 * Cached per locale in Next's data cache, so a search costs no database call;
 * article and topic changes revalidate the tag.
 */
export const searchDocs = unstable_cache((locale: Locale) => loadSearchDocs(locale), ['site-search-docs'], {
  tags: [searchIndexTag],
  // Safety net for changes made outside Payload's hooks (e.g. another instance or a script).
  revalidate: 3600,
})
