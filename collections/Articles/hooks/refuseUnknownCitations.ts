import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { isLexicalState } from '@/richtext/lexical'
import type { Article } from '@/payload-types'
import { unknownMarkers } from '@/richtext/citationMarkers'
import { translatorFor } from '@/i18n/messages'
import { callerLanguage } from '@/workflow/callerLanguage'

/** The body values of this save: one locale's, or each locale's when the save names `locale=all`. */
function bodies(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  if (isLexicalState(value)) return [value]
  return typeof value === 'object' ? Object.values(value) : []
}

/**
 * A citation marker `[n]` with no n-th source is refused (400 on the body field), in the
 * language of the person saving (their admin language; on the Local API their saved one). A hook, not a field `validate`: drafts skip field validation,
 * and translators only ever save drafts. The sources are those the article will have after this
 * save (the incoming list, else the stored one).
 */
export const refuseUnknownCitations: CollectionBeforeChangeHook<Article> = ({ data, originalDoc, req, collection }) => {
  const sources: unknown = 'sources' in data ? data.sources : originalDoc?.sources
  const count = Array.isArray(sources) ? sources.length : 0
  const unknown = [...new Set(bodies(data.body).flatMap((body) => unknownMarkers(body, count)))].sort((a, b) => a - b)
  if (unknown.length === 0) return data
  const t = translatorFor(callerLanguage(req), 'CitationMarkers')
  const message = t('unknown', { markers: unknown.map((n) => `[${n}]`).join(', '), count })
  const refusal = new ValidationError({ collection: collection.slug, errors: [{ path: 'body', message }], req })
  // Named explicitly: a production bundle may leave the class anonymous, and Payload then drops the message.
  refusal.name = 'ValidationError'
  throw refusal
}
