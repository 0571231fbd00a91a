import type { Locale } from '@/i18n/locales'
import { PREVIEW_ROUTE } from './routes'
import { createPreviewToken } from './token'

/** A Preview link for one user, article and language (a path on the site's origin). */
export function previewHref(
  input: { userId: number | string; articleId: number | string; locale: Locale; now?: number },
  secret: string,
): string {
  return `${PREVIEW_ROUTE}?token=${createPreviewToken(input, secret)}`
}
