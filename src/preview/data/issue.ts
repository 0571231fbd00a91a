import type { Payload } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { previewHref } from '@/preview/links'
import { canPreviewArticle } from './rights'

/**
 * The key preview tokens are signed with: the Payload secret (src/env.ts →
 * the config), from which src/preview/token.ts derives a key of its own.
 */
export function previewSecret(payload: Payload): string {
  return payload.config.secret
}

/** A Preview link for `user`, or null when they may not preview that article in that language. */
export async function issuePreviewHref(
  payload: Payload,
  user: User | null,
  articleId: number | string,
  locale: Locale,
): Promise<string | null> {
  if (!user || !(await canPreviewArticle(payload, user, articleId, locale))) return null
  return previewHref({ userId: user.id, articleId, locale }, previewSecret(payload))
}

/** The languages of an article `user` may preview, each with its link, in the locale order. */
export async function previewHrefs(
  payload: Payload,
  user: User | null,
  articleId: number | string,
): Promise<{ locale: Locale; href: string }[]> {
  const links = await Promise.all(
    locales.map(async (locale) => ({ locale, href: await issuePreviewHref(payload, user, articleId, locale) })),
  )
  return links.filter((link): link is { locale: Locale; href: string } => link.href !== null)
}
