import { draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'

import { sourceLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/messages'
import { openPreview } from '@/preview/data/open'
import { previewResponseHeaders } from '@/preview/routes'
import { sitePayload } from '@/site/payload'

/**
 * A Preview link from the admin (`/preview?token=…`, src/preview/links.ts): draft
 * mode on and a redirect to the article in the previewed language when the token,
 * the session and the user's rights all agree; otherwise draft mode off and the
 * published page, or a 404 (src/preview/data/open.ts).
 */
export async function GET(request: NextRequest) {
  const payload = await sitePayload()
  const opening = await openPreview(payload, request.headers, request.nextUrl.searchParams.get('token'))
  const mode = await draftMode()
  const headers = new Headers(previewResponseHeaders)
  if (opening.kind === 'draft') {
    mode.enable()
    headers.set('Location', opening.path)
    return new Response(null, { status: 303, headers })
  }
  if (mode.isEnabled) mode.disable()
  if (opening.kind === 'published') {
    headers.set('Location', opening.path)
    return new Response(null, { status: 303, headers })
  }
  const t = translatorFor(opening.locale ?? sourceLocale, 'Preview')
  headers.set('Content-Type', 'text/plain; charset=utf-8')
  return new Response(t('notFound'), { status: 404, headers })
}
