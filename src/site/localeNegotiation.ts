import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

type Weighted = { tag: string; q: number; index: number }

/** `fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5` → tags by preference (ties keep header order). */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return []
  const entries: Weighted[] = []
  header.split(',').forEach((part, index) => {
    const [rawTag, ...rawParams] = part.trim().split(';')
    const tag = rawTag?.trim().toLowerCase()
    if (!tag) return
    let q = 1
    for (const param of rawParams) {
      const [key, value] = param.trim().split('=')
      if (key?.trim() === 'q') q = Number(value)
    }
    if (Number.isFinite(q) && q > 0) entries.push({ tag, q: Math.min(q, 1), index })
  })
  return entries.sort((a, b) => b.q - a.q || a.index - b.index).map((entry) => entry.tag)
}

/**
 * The language `/` sends a visitor to: the browser's stated preference first
 * (it is what the visitor's system says now), then the `NEXT_LOCALE` cookie
 * left by an earlier visit, then Italian.
 */
export function preferredLocale(args: { acceptLanguage?: string | null; cookieLocale?: string | null }): Locale {
  for (const tag of parseAcceptLanguage(args.acceptLanguage)) {
    const primary = tag.split('-')[0]
    if (isLocale(primary)) return primary
  }
  if (isLocale(args.cookieLocale)) return args.cookieLocale
  return defaultLocale
}
