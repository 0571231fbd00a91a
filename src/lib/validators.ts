/**
 * Small format checks shared by collections (field validation) and by the
 * citation formatter (which must never print or link a malformed value).
 */

/** Crossref's recommended pattern for modern DOIs (covers ~all registered DOIs). */
const doiPattern = /^10\.\d{4,9}\/[-._;()/:A-Z0-9]+$/i

/** A bare DOI such as `10.1000/xyz123` (no `https://doi.org/` or `doi:` prefix). */
export function isValidDoi(doi: unknown): doi is string {
  return typeof doi === 'string' && doiPattern.test(doi)
}

/**
 * An absolute http(s) URL. Why so strict: the value ends up in `href`, and
 * `javascript:` or `data:` URLs there would be an XSS vector.
 */
export function isHttpUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.trim() !== url || url === '') return false
  try {
    const parsed = new URL(url)
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== ''
  } catch {
    return false
  }
}
