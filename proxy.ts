import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'

import { routing } from '@/i18n/routing'
import { preferredLocale } from '@/site/localeNegotiation'
import { isDecodablePath } from '@/site/pathDecoding'
import { isInternalSearchPath, isSearchResultsPath, searchRewrite } from '@/site/searchRoute'

const intl = createMiddleware(routing)

/** Where next-intl sends the request inside the app: its rewrite target, or the path itself. */
function internalPathname(request: NextRequest, response: NextResponse): string {
  const rewrite = response.headers.get('x-middleware-rewrite')
  return rewrite ? new URL(rewrite, request.url).pathname : request.nextUrl.pathname
}

/**
 * A search with a query goes to the cached results page of its canonical form
 * (src/site/searchRoute.ts), keeping what next-intl set on the response (its
 * cookie); the others stay on the search page, rendered per request.
 */
function toSearchResults(request: NextRequest, response: NextResponse): NextResponse {
  if (response.headers.has('location')) return response
  const locale = isInternalSearchPath(internalPathname(request, response))
  const target = locale ? searchRewrite(locale, request.nextUrl.searchParams.getAll('q')) : null
  if (!target) return response
  const rewritten = NextResponse.rewrite(new URL(target, request.url))
  for (const cookie of response.cookies.getAll()) rewritten.cookies.set(cookie)
  return rewritten
}

/**
 * next-intl handles every localized path (rewriting `/it/articoli/…` to the
 * `/it/articles/…` route, redirecting wrong-language segments). Ours: `/`
 * (next-intl would prefer the cookie over Accept-Language, the product wants
 * the reverse) and the search, whose results are cached per query.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  // A malformed percent-escape (`/it/articoli/%zz`) throws later, where the page params are decoded: a 500.
  if (!isDecodablePath(pathname)) return new NextResponse('Bad Request: malformed percent-encoding in the path.', { status: 400 })
  // The results route is internal: its public address is the search page with `?q=`.
  // (Without the query segment it falls to the locale's catch-all: a localized 404.)
  if (isSearchResultsPath(pathname)) return NextResponse.rewrite(new URL(pathname.split('/').slice(0, 3).join('/'), request.url))
  if (pathname !== '/') return toSearchResults(request, intl(request))
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
