/** Also bounds the size of a sitemap entry (src/site/sitemap/split.ts). */
export const MAX_SLUG_LENGTH = 96

/** URL-safe ASCII slug: "Qu'est-ce que le DNS ?" → "qu-est-ce-que-le-dns". */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '')
}

export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
}
