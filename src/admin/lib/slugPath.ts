/** A public path template (`/fr/articles/[slug]`) with one language's slug put in; safe in the browser. */
export function withSlug(template: string, slug: string): string {
  return template.replace('[slug]', encodeURIComponent(slug))
}
