import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'

import { routing } from './src/i18n/routing'
import { preferredLocale } from './src/site/localeNegotiation'

const intl = createMiddleware(routing)

/**
 * next-intl handles every localized path (rewriting `/it/articoli/…` to the
 * `/it/articles/…` route, redirecting wrong-language segments). Only `/` is ours:
 * next-intl would prefer the cookie over Accept-Language, the product wants the reverse.
 */
export default function proxy(request: NextRequest) {
  if (request.nextUrl.pathname !== '/') return intl(request)
  const locale = preferredLocale({
    acceptLanguage: request.headers.get('accept-language'),
    cookieLocale: request.cookies.get('NEXT_LOCALE')?.value,
  })
  const url = request.nextUrl.clone()
  url.pathname = `/${locale}`
  const response = NextResponse.redirect(url, 307)
  // The answer depends on these request headers: shared caches must not reuse it for everyone.
  response.headers.set('Vary', 'Accept-Language, Cookie')
  response.headers.set('Cache-Control', 'private, no-cache')
  return response
}

export const config = {
  // Everything except the admin, the APIs, Next internals and files with an extension.
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)'],
}
