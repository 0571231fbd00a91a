import type { MetadataRoute } from 'next'

import { env } from '@/env'

/** Computed at request time so the sitemap URL uses the running server's public origin, not the build's. */
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/'] }],
    sitemap: `${env.serverUrl}/sitemap.xml`,
  }
}
