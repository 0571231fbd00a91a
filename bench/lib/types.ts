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
  /** requests/s over the static server's (the load generator's ceiling on this machine). */
  ratio: number | null
  /** requests/s over the bare Next.js app's serving the same bytes (pages only). */
  ratioBareNext: number | null
  /** Server CPU (user + system, the whole process tree) per response during the measured run. */
  cpuMsPerRequest: number | null
  /** Server CPU during the measured run ÷ its wall time: cores kept busy (1 = one core saturated). */
  serverCores: number | null
  /** The route ran close to the generator's ceiling: the client, not the server, set the pace. */
  clientBound: boolean | null
  /** Why there is no load run (e.g. "404: route not found"). */
  skipped: string | null
}

/** The #12 mixed run: many readers on cached pages while editors save, bounded. */
export type MixedRunResult = {
  readers: number
  readerPath: string
  readersLoad: LoadStats | null
  writers: number
  /** Writes sent (each a published save of one article's Italian summary). */
  writes: number
  /** Answered 2xx. */
  acknowledged: number
  /** Answered an error or timed out (the editor was told it failed). */
  failed: number
  /** Acknowledged, but the article did not hold the value afterwards. */
  lost: number
  write: TimingSummary & { p99: number }
  /** Where the saves spent their time inside the server (BENCH_WRITE_TIMINGS; src/db/writeTimings.ts), null: not recorded. */
  server?: WritePhases | null
  errors: string[]
}

/** p50/p99 (ms) per phase of the saves, from the server's own timestamps. */
export type WritePhases = {
  /** Saves the server recorded (those still running after 20 s included, as `stuck`). */
  saves: number
  stuck: number
  /** From the REST handler's start to its answer. */
  handler: { p50: number; p99: number }
  /** Waiting for the one writer (the mutex of src/db/transactions.ts). */
  writerWait: { p50: number; p99: number }
  /** The transaction held: from its start to the commit's end. */
  transaction: { p50: number; p99: number }
  /** How late a 20 ms timer fired while the save ran (the event loop's delay), max per save. */
  loopDelayMax: { p50: number; p99: number }
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
  /** The static server: the load generator's ceiling on this machine. */
  baseline: RouteResult
  /** A minimal Next.js app serving the article's bytes from a static route: the framework's ceiling. */
  bareNext: RouteResult | null
  routes: RouteResult[]
  mixed: MixedRunResult | null
  publish: PublishResult
  adminApi: TimedRequests | null
  adminApiDraft: TimedRequests | null
  adminView: TimedRequests | null
  rssKb: number | null
  peakRssKb: number | null
  /** Two replicas sharing Redis behind Varnish (#16); null when not run (BENCH_SCALE_OUT=0, BENCH_MIXED_ONLY). */
  scaleOut: { routes: RouteResult[]; publish: PublishResult; skipped: string | null } | null
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
    mixedReaders: number
    mixedWrites: number
  }
  /** The load generator (wrk and its version). */
  generator: string
  build: BuildResult
  bareNextBuild: BuildResult | null
  runs: DatabaseRun[]
  /** The translation memory's phase, per database (bench/memory.ts). */
  memory: MemoryBenchResult[]
  totalS: number
}

/** The translation memory's figures (bench/memory.ts). */
export type MemoryBenchResult = {
  database: DatabaseKind
  pairs: number
  generateMs: number
  insertMs: number
  /** The first lookup, which builds the language pair's index from the table. */
  firstLookupMs: number
  lookups: TimingSummary
  lookupsWithMatch: number
  /** A 1,500-word article's words per band, and the median time of its analysis. */
  leverage: { words: number; segments: number; ms: number; bands: Record<string, { segments: number; words: number }> | null }
}
