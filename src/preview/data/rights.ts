import type { Payload } from 'payload'

import { isEditorUser } from '@/access/roles'
import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { mayPreview } from '@/preview/permission'

/**
 * Whether `user` may preview `articleId` in `locale`, read now (tasks change
 * hands): the tasks through the Local API as that user, so a translator sees
 * only what Payload lets them see anyway.
 */
export async function canPreviewArticle(
  payload: Payload,
  user: User | null,
  articleId: number | string,
  locale: Locale,
): Promise<boolean> {
  if (!user) return false
  if (isEditorUser(user)) return true
  const { docs } = await payload.find({
    collection: 'translations',
    where: { and: [{ article: { equals: articleId } }, { locale: { equals: locale } }] },
    overrideAccess: false,
    user,
    depth: 0,
    limit: 10,
    pagination: false,
    select: { locale: true, assignee: true },
  })
  return mayPreview(user, locale, docs)
}
