import { isHttpUrl } from '@/lib/validators'

/**
 * An href that is safe to render from editor content: absolute http(s),
 * `mailto:`, same-site paths and in-page anchors. Anything else (`javascript:`,
 * `data:`, protocol-relative `//host`) yields null and the text is shown unlinked.
 */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const href = raw.trim()
  if (href === '') return null
  // (`isHttpUrl` narrows its argument to string: checked on `raw` so `href` stays a string below.)
  if (isHttpUrl(raw.trim())) return href
  if (/^mailto:[^\s@]+@[^\s@]+$/i.test(href)) return href
  if (href.startsWith('/') && !href.startsWith('//') && !href.includes('\\')) return href
  if (/^#[\w-]+$/.test(href)) return href
  return null
}

/** Links leaving the site. */
export function isExternalHref(href: string, origin: string): boolean {
  if (!isHttpUrl(href)) return false
  return new URL(href).origin !== new URL(origin).origin
}
