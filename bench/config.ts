import { isLocale, type Locale } from '@/i18n/locales'

/** `npm run bench` settings, all from environment variables (see README, "Performance"). */
export type BenchConfig = {
  /** BENCH_ARTICLES: synthetic articles to seed (default 10,000). */
  articles: number
  /** BENCH_DURATION: measured seconds per route (default 20). */
  durationS: number
  /** BENCH_WARMUP: warm-up seconds per route before the measured run (default 5). */
  warmupS: number
  /** BENCH_CONNECTIONS: concurrent connections (default 64). */
  connections: number
  /** BENCH_LOCALE: locale of the page routes and the REST query (default fr). */
  locale: Locale
  /** BENCH_PAGE_SIZE: articles per topic page on the site, to find the last page (default 10). */
  pageSize: number
  /** BENCH_LOCAL_API_CALLS: Local API find-by-slug calls (default 1,000). */
  localApiCalls: number
  /** BENCH_ADMIN_SAMPLES: sequential requests per admin measurement (default 20). */
  adminSamples: number
  /** BENCH_SEED: PRNG seed of the synthetic text (default "dinogeek-bench"). */
  seed: string
  /** BENCH_BATCH: articles per seeding transaction (default 100). */
  batch: number
  /** BENCH_SKIP_BUILD=1: reuse the previous snapshot and build in bench/.build/app. */
  skipBuild: boolean
  /** BENCH_KEEP=1: keep the temporary database directory (its path is printed). */
  keep: boolean
  /** BENCH_MIXED_READERS: connections reading the cached article during the mixed run (default 300). */
  mixedReaders: number
  /** BENCH_MIXED_WRITES: editor saves sent during the mixed run (default 60). */
  mixedWrites: number
  /** BENCH_MIXED_WRITERS: editors saving at once, each on its own articles (default 4). */
  mixedWriters: number
  /** BENCH_MIXED_ONLY=1: of the loads, run only the mixed run (the routes are probed, not loaded; no admin timings). */
  mixedOnly: boolean
  /** BENCH_QUICK=1: small defaults to iterate (200 articles, 5 s runs); explicit variables still win. */
  quick: boolean
  /** BENCH_MEMORY_PAIRS: translation-memory pairs of the memory phase (default 200,000; quick 20,000). */
  memoryPairs: number
  /** BENCH_MEMORY_QUERIES: lookups measured in the memory phase (default 1,000; quick 200). */
  memoryQueries: number
  /** BENCH_ONLY=memory: only the memory phase (no build, no server). */
  memoryOnly: boolean
  /** MONGODB_TEST_URL: also run everything on this MongoDB server (a fresh database, dropped afterwards). */
  mongoUrl: string | null
  /** BENCH_ROUTES: keys of the routes to load (comma-separated; default all). The ceilings are always measured. */
  routes: readonly RouteKey[] | null
  /** BENCH_EDITOR=0: skip the editor side (publish → visible, admin timings, the mixed run). */
  editor: boolean
  /** BENCH_SCALE_OUT=0: skip the two replicas behind Varnish (#16). */
  scaleOut: boolean
}

/** The routes `npm run bench` can load (bench/lib/routes.ts), by key. */
export const ROUTE_KEYS = ['article', 'topic', 'topicDeep', 'home', 'topics', 'sitemap', 'search', 'rest'] as const
export type RouteKey = (typeof ROUTE_KEYS)[number]

const isRouteKey = (value: string): value is RouteKey => (ROUTE_KEYS as readonly string[]).includes(value)

function routeKeys(raw: string | undefined): RouteKey[] | null {
  const keys = (raw ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean)
  if (keys.length === 0) return null
  const unknown = keys.filter((key) => !isRouteKey(key))
  if (unknown.length > 0) throw new Error(`BENCH_ROUTES: unknown route ${unknown.join(', ')} (known: ${ROUTE_KEYS.join(', ')})`)
  return keys.filter(isRouteKey)
}

type Source = Record<string, string | undefined>

function positiveInt(source: Source, name: string, fallback: number, { min = 1 }: { min?: number } = {}): number {
  const raw = source[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw.replace(/_/g, ''))
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}"`)
  return value
}

/** Defaults of a full run, and of BENCH_QUICK=1. */
const defaults = {
  full: {
    articles: 10_000,
    durationS: 20,
    warmupS: 5,
    localApiCalls: 1000,
    adminSamples: 20,
    mixedWrites: 60,
    memoryPairs: 200_000,
    memoryQueries: 1000,
  },
  quick: {
    articles: 200,
    durationS: 5,
    warmupS: 2,
    localApiCalls: 200,
    adminSamples: 5,
    mixedWrites: 20,
    memoryPairs: 20_000,
    memoryQueries: 200,
  },
}

export function readBenchConfig(source: Source): BenchConfig {
  const locale = source.BENCH_LOCALE?.trim() || 'fr'
  if (!isLocale(locale)) throw new Error(`BENCH_LOCALE must be it, fr or en, got "${locale}"`)
  const quick = source.BENCH_QUICK === '1'
  const base = quick ? defaults.quick : defaults.full
  return {
    articles: positiveInt(source, 'BENCH_ARTICLES', base.articles),
    durationS: positiveInt(source, 'BENCH_DURATION', base.durationS),
    warmupS: positiveInt(source, 'BENCH_WARMUP', base.warmupS, { min: 0 }),
    connections: positiveInt(source, 'BENCH_CONNECTIONS', 64),
    locale,
    pageSize: positiveInt(source, 'BENCH_PAGE_SIZE', 10),
    localApiCalls: positiveInt(source, 'BENCH_LOCAL_API_CALLS', base.localApiCalls),
    adminSamples: positiveInt(source, 'BENCH_ADMIN_SAMPLES', base.adminSamples),
    mixedReaders: positiveInt(source, 'BENCH_MIXED_READERS', 300),
    mixedWrites: positiveInt(source, 'BENCH_MIXED_WRITES', base.mixedWrites),
    mixedWriters: positiveInt(source, 'BENCH_MIXED_WRITERS', 4),
    mixedOnly: source.BENCH_MIXED_ONLY === '1',
    quick,
    seed: source.BENCH_SEED?.trim() || 'dinogeek-bench',
    batch: positiveInt(source, 'BENCH_BATCH', 100),
    skipBuild: source.BENCH_SKIP_BUILD === '1',
    keep: source.BENCH_KEEP === '1',
    memoryPairs: positiveInt(source, 'BENCH_MEMORY_PAIRS', base.memoryPairs),
    memoryQueries: positiveInt(source, 'BENCH_MEMORY_QUERIES', base.memoryQueries),
    memoryOnly: source.BENCH_ONLY?.trim() === 'memory',
    mongoUrl: source.MONGODB_TEST_URL?.trim() || null,
    routes: routeKeys(source.BENCH_ROUTES),
    editor: source.BENCH_EDITOR?.trim() !== '0',
    scaleOut: source.BENCH_SCALE_OUT?.trim() !== '0',
  }
}
