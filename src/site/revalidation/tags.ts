/** Cache tags of data cached with `unstable_cache` (pages are revalidated by path instead). */
export const searchIndexTag = 'site:search-index'
export const sitemapTag = 'site:sitemap'
