import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'

import { isLocale } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { DRAFT_MODE_COOKIE, PREVIEW_ROUTE, previewResponseHeaders } from '@/preview/routes'
import { LANGUAGE_SWITCH_PARAM, rememberLocale } from '@/site/languageSwitch'
import { preferredLocale } from '@/site/localeNegotiation'
import { isDecodablePath } from '@/site/pathDecoding'
import { isSearchResultsPath, localizedSearchLocale, searchRewrite } from '@/site/searchRoute'

const intl = createMiddleware(routing)

/**
 * The proxy runs only where a request needs code (see `config.matcher`): `/`,
 * paths without a locale, searches with a query, the internal results route,
 * an explicit language switch and paths with percent-escapes. A page under a
 * locale (every cached page) does not reach it: its localized segments are
 * static rewrites and redirects in next.config.ts (src/i18n/routing.ts), and
 * it answers no `Set-Cookie`, so shared caches may store it.
 */
export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  // A malformed percent-escape (`/it/articoli/%zz`) throws later, where the page params are decoded: a 500.
  if (!isDecodablePath(pathname)) return new NextResponse('Bad Request: malformed percent-encoding in the path.', { status: 400 })
  // The results route is internal: its public address is the search page with `?q=`.
  // (Without the query segment it falls to the locale's catch-all: a localized 404.)
  if (isSearchResultsPath(pathname)) return NextResponse.rewrite(new URL(pathname.split('/').slice(0, 3).join('/'), request.url))
  if (pathname === '/') return negotiate(request)
  // The preview routes answer for themselves (app/preview).
  if (pathname === PREVIEW_ROUTE || pathname.startsWith(`${PREVIEW_ROUTE}/`)) return NextResponse.next()
  const locale = pathname.split('/')[1]
  // No locale in the path: next-intl picks one and redirects (`/argomenti` → `/it/argomenti`).
  if (!isLocale(locale)) return intl(request)
  if (searchParams.has(LANGUAGE_SWITCH_PARAM)) return rememberLocale(request, locale)
  const searchLocale = localizedSearchLocale(pathname)
  const target = searchLocale ? searchRewrite(searchLocale, searchParams.getAll('q')) : null
  const response = target ? NextResponse.rewrite(new URL(target, request.url)) : NextResponse.next()
  // A browser in draft mode gets pages rendered for it (src/preview): never stored, never indexed.
  if (request.cookies.has(DRAFT_MODE_COOKIE)) {
    for (const [name, value] of Object.entries(previewResponseHeaders)) response.headers.set(name, value)
  }
  return response
}

/** `/`: Accept-Language first, then the remembered language (next-intl would prefer the cookie). */
function negotiate(request: NextRequest): NextResponse {
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

/*
 * Static (Next reads it at build time), so written without the locale list: a
 * locale is any two-letter first segment here, and the proxy checks it. The
 * matcher sees the raw path, so a path with a percent-escape reaches the proxy,
 * which refuses the malformed ones (tests/unit/site-routing.spec.ts).
 */
export const config = {
  matcher: [
    '/',
    // Paths without a two-letter first segment, except the admin, the APIs, the preview routes, Next internals and files.
    '/((?!api(?:/|$)|admin(?:/|$)|preview(?:/|$)|_next/|_vercel/|[a-z]{2}(?:/|$)|.*\\..*).*)',
    // A search with a query (any two-segment path: the proxy checks it is the search page).
    { source: '/:locale/:page', has: [{ type: 'query', key: 'q' }] },
    '/:locale/search-results/:rest*',
    { source: '/:locale/:rest*', has: [{ type: 'query', key: 'switch-language' }] },
    '/:locale/(.*%.*)',
    // Pages seen in draft mode (a preview): the proxy marks them private and noindex.
    { source: '/:locale([a-z]{2})/:rest*', has: [{ type: 'cookie', key: '__prerender_bypass' }] },
  ],
}
