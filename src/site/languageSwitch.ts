import { NextResponse, type NextRequest } from 'next/server'

import type { Locale } from '@/i18n/locales'

/**
 * The visitor's language is remembered (cookie `NEXT_LOCALE`, read at `/`)
 * only when they choose one: the language switcher's links carry this
 * parameter (with a value: Next's matcher ignores an empty one), and the proxy answers them with the cookie and a redirect to the
 * same page without it. Pages themselves never set a cookie, so shared caches
 * can store them. The name is repeated, as a literal, in proxy.ts's matcher.
 */
export const LANGUAGE_SWITCH_PARAM = 'switch-language'

export const LOCALE_COOKIE = 'NEXT_LOCALE'

const ONE_YEAR_S = 365 * 24 * 60 * 60

/** A switcher link: the page in the other language, marked as an explicit choice. */
export function languageSwitchHref(href: string): string {
  return `${href}${href.includes('?') ? '&' : '?'}${LANGUAGE_SWITCH_PARAM}=1`
}

/** 303 to the page without the parameter, remembering `locale`; private, never stored by a cache. */
export function rememberLocale(request: NextRequest, locale: Locale): NextResponse {
  const url = request.nextUrl.clone()
  url.searchParams.delete(LANGUAGE_SWITCH_PARAM)
  const response = NextResponse.redirect(url, 303)
  response.cookies.set(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', maxAge: ONE_YEAR_S })
  response.headers.set('Cache-Control', 'private, no-store')
  return response
}
