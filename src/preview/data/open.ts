import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { sameId } from '@/lib/relations'
import { verifyPreviewToken } from '@/preview/token'
import { publicArticleById } from '@/site/data/publicArticle'
import { localizedPath } from '@/site/paths'
import { previewSlug } from './article'
import { previewSecret } from './issue'
import { canPreviewArticle } from './rights'
import { sessionUser } from './session'

/**
 * What the preview route does with a link (`/preview?token=…`):
 *
 * - `draft`: the token is ours and current, the request carries the session of
 *   the user it was made for, and that user may preview the article in that
 *   language now: draft mode on, then the article's URL in that language;
 * - `published`: the token is ours but expired, or for someone else, or its
 *   user lost the right (task reassigned, signed out): the public page, when
 *   the article is public in that language;
 * - `notFound`: anything else, forged tokens included (nothing in them is believed).
 */
export type PreviewOpening =
  | { kind: 'draft'; path: string }
  | { kind: 'published'; path: string }
  | { kind: 'notFound'; locale: Locale | null }

async function publicPath(payload: Payload, articleId: string, locale: Locale): Promise<string | null> {
  const doc = await publicArticleById(payload, locale, articleId)
  return doc?.slug ? localizedPath(locale, '/articles/[slug]', { slug: doc.slug }) : null
}

export async function openPreview(
  payload: Payload,
  headers: Headers,
  token: string | null,
  now: number = Date.now(),
): Promise<PreviewOpening> {
  const check = verifyPreviewToken(token, previewSecret(payload), now)
  if (!check.ok && check.reason === 'forged') return { kind: 'notFound', locale: null }
  const { articleId, locale, userId } = check.claims
  const refused = async (): Promise<PreviewOpening> => {
    const path = await publicPath(payload, articleId, locale)
    return path ? { kind: 'published', path } : { kind: 'notFound', locale }
  }
  if (!check.ok) return refused()
  const user = await sessionUser(payload, headers)
  if (!user || !sameId(user.id, userId) || !(await canPreviewArticle(payload, user, articleId, locale))) return refused()
  const slug = await previewSlug(payload, user, articleId, locale)
  if (!slug) return refused()
  return { kind: 'draft', path: localizedPath(locale, '/articles/[slug]', { slug }) }
}
