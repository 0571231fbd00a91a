/**
 * The preview's addresses and response headers, without dependencies: the proxy
 * (proxy.ts) imports them too.
 */

/** The preview route (app/preview/route.ts) and its way out (app/preview/exit/route.ts). */
export const PREVIEW_ROUTE = '/preview'
export const PREVIEW_EXIT_ROUTE = '/preview/exit'

/** Next's draft-mode cookie: while a browser has it, Next renders pages for it instead of serving its cache. */
export const DRAFT_MODE_COOKIE = '__prerender_bypass'

/**
 * On every preview answer (the preview routes, and pages rendered in draft mode,
 * see proxy.ts): no shared or browser cache keeps it, no search engine indexes it.
 */
export const previewResponseHeaders: Readonly<Record<string, string>> = {
  'Cache-Control': 'private, no-store',
  'X-Robots-Tag': 'noindex',
}

/** Where "Exit preview" goes: the same page, published. */
export function exitHref(path: string): string {
  return `${PREVIEW_EXIT_ROUTE}?to=${encodeURIComponent(path)}`
}

/** The exit route's destination: a path of this site, else the site's root (no open redirect). */
export function safeReturnPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/'
  return value
}
