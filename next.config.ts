import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { addCompileHints } from '@/build/compileHints'
import type { Locale } from '@/i18n/locales'
import { buildPathnames, type RouteSegments } from '@/i18n/pathnames'
import { localizedPathRules, SEGMENT_REDIRECT_ROUTE } from '@/i18n/pathRules'
import { securityHeaderRules, servedOverHttps } from '@/security/headers'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/**
 * With REDIS_URL, every replica's Next cache lives in one Redis (./cache-handler.mjs), and
 * Next's own in-memory copy is off: a replica must not serve what another one revalidated.
 * Read when `next start` loads this file, so one build runs with or without Redis.
 */
const sharedCache: Pick<NextConfig, 'cacheHandler' | 'cacheMaxMemorySize'> = process.env.REDIS_URL
  ? { cacheHandler: path.join(dirname, 'cache-handler.mjs'), cacheMaxMemorySize: 0 }
  : {}

const nextConfig: NextConfig = {
  ...sharedCache,
  poweredByHeader: false,
  // Next hashes the whole HTML of a cached page in JavaScript, character by character, on every
  // response to set its ETag: about a seventh of the server's CPU per cached article (bench profile).
  // Pages carry s-maxage for shared caches, which revalidate on their own.
  generateEtags: false,
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  // Loads its .wasm from beside its own file: bundled, it looks in a path that does not exist.
  serverExternalPackages: ['xmllint-wasm'],
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  turbopack: { root: path.resolve(dirname) },
  compiler: {
    runAfterProductionCompile: async ({ distDir }) => {
      addCompileHints(distDir)
    },
  },
}

const config = withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })

/**
 * Read here rather than through src/env.ts: importing that module validates the whole
 * environment (PAYLOAD_SECRET included), which `next build` in the Docker image does not
 * have when it loads this file. The rules end up in the build (src/security/headers.ts).
 */
const security = securityHeaderRules({
  development: process.env.NODE_ENV !== 'production',
  https: servedOverHttps(process.env.NEXT_PUBLIC_SERVER_URL),
})

/**
 * Payload asks every response for the `Sec-CH-Prefers-Color-Scheme` client hint (the
 * admin's theme) with `Critical-CH`, which makes browsers repeat the first request of
 * every public page, and adds `Vary` on it, which splits shared caches: admin only.
 */
/**
 * Next loads this file with `require`, which refuses the messages loader's top-level await:
 * the URL segments are read here from the same files.
 */
function routeSegments(locale: Locale): RouteSegments {
  const file: { Routes: RouteSegments } = JSON.parse(readFileSync(path.join(dirname, 'messages', `${locale}.json`), 'utf8'))
  return file.Routes
}
const localized = localizedPathRules(buildPathnames(routeSegments))

export default {
  ...config,
  // The localized segments, static: pages under a locale need no middleware (see proxy.ts).
  rewrites: async () => ({
    beforeFiles: localized.redirects.map((rule) => ({ ...rule, destination: `${SEGMENT_REDIRECT_ROUTE}${rule.destination}` })),
    afterFiles: localized.rewrites,
    fallback: [],
  }),
  headers: async () => [
    ...((await config.headers?.()) ?? []).map((rule) =>
      rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH')
        ? { ...rule, source: '/admin/:path*' }
        : rule,
    ),
    ...security,
  ],
} satisfies NextConfig
