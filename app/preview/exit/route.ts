import { draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'

import { previewResponseHeaders, safeReturnPath } from '@/preview/routes'

/** "Exit preview": draft mode off, back to the same page as visitors see it. */
export async function GET(request: NextRequest) {
  const mode = await draftMode()
  if (mode.isEnabled) mode.disable()
  const headers = new Headers(previewResponseHeaders)
  headers.set('Location', safeReturnPath(request.nextUrl.searchParams.get('to')))
  return new Response(null, { status: 303, headers })
}
