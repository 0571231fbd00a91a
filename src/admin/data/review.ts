/**
 * What an editor reads before approving: each translatable field of the
 * article in Italian (the published source the translation goes live beside)
 * and in the task's language (the translator's working draft), as text blocks.
 */
import type { Payload, TypedUser } from 'payload'

import { sourceLocale, type TargetLocale } from '@/i18n/locales'
import { translatableFields, type TranslatableField } from '@/workflow/fingerprint'
import { richTextToBlocks } from '@/richtext/plainText'
import type { Id } from './lookups'

export type ReviewRow = { field: TranslatableField; source: string[]; translation: string[] }

const select = Object.fromEntries(translatableFields.map((field) => [field, true])) as Record<TranslatableField, true>

async function readFields(payload: Payload, user: TypedUser, id: Id, locale: string, draft: boolean) {
  const doc = await payload.findByID({
    collection: 'articles',
    id,
    locale: locale === sourceLocale ? sourceLocale : (locale as TargetLocale),
    fallbackLocale: false,
    draft,
    depth: 0,
    select,
    overrideAccess: false,
    user,
    disableErrors: true,
  })
  const values: Partial<Record<TranslatableField, unknown>> = doc ?? {}
  return values
}

export async function loadReview(payload: Payload, user: TypedUser, articleId: Id, locale: TargetLocale): Promise<ReviewRow[]> {
  const [source, translation] = await Promise.all([
    readFields(payload, user, articleId, sourceLocale, false),
    readFields(payload, user, articleId, locale, true),
  ])
  return translatableFields
    .map((field) => ({
      field,
      source: richTextToBlocks(source[field] ?? ''),
      translation: richTextToBlocks(translation[field] ?? ''),
    }))
    .filter((row) => row.source.length > 0 || row.translation.length > 0)
}
