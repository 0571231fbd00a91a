/**
 * Whether every percent-escape of a URL path decodes. The route params are
 * decoded with decodeURIComponent, which throws on `%zz` or a lone `%E0`:
 * that surfaced as a 500. Such a path names no page (the proxy answers 400).
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}
