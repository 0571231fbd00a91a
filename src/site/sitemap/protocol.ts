/**
 * The sitemap protocol's limits per file (sitemaps.org): 50,000 URLs and
 * 50 MB uncompressed. No imports, so `src/env.ts` can validate against them.
 */
export const SITEMAP_MAX_URLS = 50_000
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024

export type SitemapLimits = { maxUrls: number; maxBytes: number }
