import type { FieldHook } from 'payload'

import type { Article } from '@/payload-types'
import { searchableText } from '@/site/search/searchText'

/**
 * Keeps the hidden `searchText` of the saved locale in step with its title,
 * summary and body. A save may carry only some fields: the others come from
 * the stored document of the same locale. Clients cannot set it.
 */
export const computeSearchText: FieldHook<Article, string | null | undefined> = ({ siblingData, originalDoc }) => {
  const pick = <K extends 'title' | 'summary' | 'body'>(field: K): Article[K] | undefined =>
    field in siblingData ? siblingData[field] : originalDoc?.[field]
  return searchableText({ title: pick('title'), summary: pick('summary'), body: pick('body') }) || null
}
