/** Also bounds the size of a sitemap entry (src/site/sitemap/split.ts). */
export const MAX_SLUG_LENGTH = 96

/**
 * URL-safe ASCII slug: "Qu'est-ce que le DNS ?" → "qu-est-ce-que-le-dns". A long one is cut at
 * the last word boundary that fits, so it never ends in half a word ("…-dimension"); only a
 * single word longer than the limit is cut inside.
 */
export function slugify(input: string): string {
  const full = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (full.length <= MAX_SLUG_LENGTH) return full
  const head = full.slice(0, MAX_SLUG_LENGTH + 1)
  const boundary = head.lastIndexOf('-')
  return boundary > 0 ? head.slice(0, boundary) : full.slice(0, MAX_SLUG_LENGTH)
}

export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
}
