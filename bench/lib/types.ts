import type { Locale } from '@/i18n/locales'
import type { TimingSummary } from './stats'

export type DatabaseKind = 'sqlite' | 'mongodb'

export type QueryPlan = {
  label: string
  /** Queries the operation sent. */
  queries: number
  /** Plan lines that read a whole table (`SCAN t` without an index). */
  fullScans: string[]
  /** Plan lines that sort in a temporary B-tree (all matching rows are read before the LIMIT). */
  tempSorts: string[]
  statements: Array<{ sql: string; plan: string[] }>
}

export type SeedTaskResult = {
  database: DatabaseKind
  demoSeedMs: number
  syntheticMs: number
  /** CPU time of the seeding process during the synthetic part (robust to other load on the machine). */
  syntheticCpuMs: number
  syntheticArticles: number
  /** Database queries per synthetic article while seeding (SQLite statements or MongoDB commands). */
  syntheticQueriesPerArticle: number | null
  translations: number
  databaseBytes: number | null
  benchArticle: { id: number | string; slug: Record<Locale, string> }
  bigTopic: { id: number | string; slug: Record<Locale, string>; articles: number }
  topicCount: number
  searchWord: string
  localApi: TimingSummary & { misses: number; queriesPerCall: number | null }
  plans: QueryPlan[]
}

/** One GET before the load: what the route answers at all. */
export type RouteProbe = {
  status: number
  bytes: number
  ms: number
  cacheControl: string | null
  nextCache: string | null
  contentType: string | null
  location: string | null
}

export type LoadStats = {
  requestsPerSec: number
  latencyP50: number
  latencyP99: number
  latencyMean: number
  requests: number
  non2xx: number
  errors: number
  timeouts: number
  throughputBytesPerSec: number
  durationS: number
}

export type RouteResult = {
  key: string
  label: string
  path: string
  probe: RouteProbe | null
  /** The warm-up run (not in the table: first requests may render and fill caches). */
  warmup: LoadStats | null
  load: LoadStats | null
  /** `x-nextjs-cache` of one request after the measured run (HIT: served from Next's cache). */
  cacheAfterLoad: string | null
  /** Database queries the server made during the measured run (null: not counted). */
  queries: number | null
  ratio: number | null
  /** Why there is no load run (e.g. "404: route not found"). */
  skipped: string | null
}

export type TimedRequests = TimingSummary & { status: number; non2xx: number }

export type PublishResult = {
  path: string
  /** PATCH round trip as editor. */
  saveMs: number | null
  /** From the PATCH until the first byte of a page response that shows the new title. */
  visibleMs: number | null
  polls: number
  error: string | null
}

export type DatabaseRun = {
  database: DatabaseKind
  seed: SeedTaskResult
  /** Seeding wall time seen by the orchestrator (process start, migrations, demo seed, synthetic articles, Local API measurement). */
  seedTaskMs: number
  serverReadyMs: number
  baseline: RouteResult
  routes: RouteResult[]
  publish: PublishResult
  adminApi: TimedRequests | null
  adminApiDraft: TimedRequests | null
  adminView: TimedRequests | null
  rssKb: number | null
  peakRssKb: number | null
  errors: string[]
}

export type BuildResult = {
  ok: boolean
  skipped: boolean
  wallS: number | null
  /** Largest resident set of any process of the build (GNU time's "Maximum resident set size"). */
  peakRssKb: number | null
  log: string
  error: string | null
}

export type BenchReport = {
  date: string
  machine: { cpu: string; cores: number; memoryGb: number; node: string; os: string }
  git: { commit: string; dirty: boolean }
  config: {
    articles: number
    durationS: number
    warmupS: number
    connections: number
    locale: Locale
    pageSize: number
    localApiCalls: number
    seed: string
  }
  build: BuildResult
  runs: DatabaseRun[]
  totalS: number
}
