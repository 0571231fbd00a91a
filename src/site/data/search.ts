import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/locales'
import type { Topic } from '@/payload-types'
import { publicInLocale } from '@/workflow/visibility'
import { richTextToPlainText } from '@/richtext/plainText'
import { sitePayload } from '@/site/payload'
import { searchIndexTag } from '@/site/revalidation/tags'
import { hitSnippet, queryTokens, rankCandidates, type SearchHit } from '@/site/search/search'
import { populated } from './localized'

/**
 * Candidates read per query. Every query word must occur in the article (the
 * database checks that); among many matches the newest are ranked, which keeps
 * a common word from reading the whole catalogue.
 */
const MAX_CANDIDATES = 200

/**
 * Articles public in `locale` that contain every word of `query`, ranked, with
 * snippets. Reads the hidden `searchText` field, so it runs with
 * `overrideAccess` and applies the visitor's visibility rule itself.
 */
export async function loadSearchHits(locale: Locale, query: string): Promise<SearchHit[]> {
  const tokens = queryTokens(query)
  if (tokens.length === 0) return []
  const payload = await sitePayload()
  const found = await payload.find({
    collection: 'articles',
    locale,
    fallbackLocale: false,
    overrideAccess: true,
    where: { and: [publicInLocale(locale), ...tokens.map((token) => ({ searchText: { contains: token } }))] },
    sort: '-publishedAt',
    limit: MAX_CANDIDATES,
    pagination: false,
    depth: 1,
    select: { title: true, slug: true, summary: true, searchText: true, topic: true, publishedAt: true },
    populate: { topics: { name: true } },
  })
  const candidates = found.docs.flatMap((doc) =>
    doc.title && doc.slug && doc.searchText
      ? [
          {
            id: String(doc.id),
            slug: doc.slug,
            title: doc.title,
            summary: doc.summary ?? '',
            searchText: doc.searchText,
            topic: populated<Topic>(doc.topic)?.name ?? null,
            publishedAt: doc.publishedAt ?? null,
          },
        ]
      : [],
  )
  const ranked = rankCandidates(candidates, tokens)
  if (ranked.length === 0) return []

  // Bodies only for the hits shown: the snippet is cut from the original text, not the folded one.
  const bodies = await payload.find({
    collection: 'articles',
    locale,
    fallbackLocale: false,
    overrideAccess: true,
    where: { id: { in: ranked.map(({ candidate }) => candidate.id) } },
    limit: ranked.length,
    pagination: false,
    depth: 0,
    select: { body: true },
  })
  const bodyText = new Map(bodies.docs.map((doc) => [String(doc.id), richTextToPlainText(doc.body)]))
  return ranked.map(({ candidate: { searchText: _searchText, ...doc }, score }) => ({
    doc,
    score,
    snippet: hitSnippet(bodyText.get(doc.id) ?? '', doc.summary, tokens),
  }))
}

/**
 * Cached per locale and query in Next's data cache: a repeated search costs no
 * database call until an article or topic change revalidates the tag. Only for
 * the cached results pages, whose queries are canonical and admitted (see
 * src/site/searchRoute.ts): each entry is a file, so the per-request search
 * page calls `loadSearchHits` instead.
 */
export const searchHits = unstable_cache(loadSearchHits, ['site-search-hits'], {
  tags: [searchIndexTag],
  // Safety net for changes made outside Payload's hooks (e.g. another instance or a script).
  revalidate: 3600,
})
