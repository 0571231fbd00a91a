import type { NextRequest } from 'next/server'

import { isLocale } from '@/i18n/locales'

type Context = { params: Promise<{ path: string[] }> }

/**
 * A path spelled with another language's segments (`/it/topics/x`) is
 * rewritten here by next.config.ts (see SEGMENT_REDIRECT_ROUTE in
 * src/i18n/pathRules.ts): a 307 to this language's spelling, with the query.
 * Always a path on this site, under a locale.
 */
export async function GET(request: NextRequest, { params }: Context) {
  const { path } = await params
  if (!isLocale(path[0])) return new Response('Not Found', { status: 404 })
  const location = `/${path.map(encodeURIComponent).join('/')}${request.nextUrl.search}`
  return new Response(null, { status: 307, headers: { location } })
}
