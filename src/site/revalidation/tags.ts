/** Cache tags of data cached with `unstable_cache` (pages are revalidated by path instead). */
export const searchIndexTag = 'site:search-index'
/** The sitemap's plan: what the index and the `pages-N` children show (articles, topics, legal page). */
export const sitemapTag = 'site:sitemap'
/** The batches of article slugs streamed into the sitemap: only article changes make them stale. */
export const sitemapArticlesTag = 'site:sitemap-articles'
/** Header and footer data of every page (site settings, topics): what a per-request page reads. */
export const siteShellTag = 'site:shell'
