/**
 * `npm run bench`: builds the app (and a bare Next.js app), seeds a synthetic
 * catalogue, starts the production server, loads each public route with wrk on
 * loopback next to the generator's ceiling (a static server) and the
 * framework's (the bare app), runs editors' saves under read load, and writes
 * bench/results/latest.{json,md}. One file per phase in bench/phases/.
 * Everything it starts, it stops; every loop is bounded. See README, "Performance".
 */
import { sourceLocale } from '@/i18n/locales'
import { localizedPath } from '@/site/paths'
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { routing } from '@/i18n/routing'
import { readBenchConfig, type BenchConfig } from './config'
import { probe } from './lib/http'
import { freePort, stopAll, stopProcess, treeMemoryKb } from './lib/processes'
import { markdownTable, memorySection, textTable, toConsole, toMarkdown } from './lib/report'
import { benchRoutes, lastPage, pathnamesOf, type BenchRoute } from './lib/routes'
import { ratioToBaseline } from './lib/stats'
import type {
  BenchReport,
  BuildResult,
  DatabaseKind,
  DatabaseRun,
  MixedRunResult,
  PublishResult,
  RouteProbe,
  RouteResult,
  TimedRequests,
} from './lib/types'
import { ensureWrk, WRK } from './lib/wrk'
import { runMemoryBench } from './memory'
import { buildApp, buildBareNext } from './phases/build'
import { baseEnv, elapsedS, errorText, log, logsDir, resultsDir, root } from './phases/context'
import { adminTimings, EDITOR_EMAIL, login, mixedRun, publishToVisible } from './phases/editor'
import { emptyResult, measureRoute, type Target } from './phases/load'
import { databaseUrl, dropDatabase, seedDatabase } from './phases/seed'
import { scaleOut, type ScaleOutResult } from './phases/scaleOut'
import { appUrl, startApp, startBareNext, startStatic, type Server } from './phases/serve'

/** Routes compared with the bare Next.js app: the cached pages. */
const PAGE_KEYS = new Set(['article', 'topic', 'topicDeep', 'home', 'topics'])

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()
  } catch {
    return ''
  }
}

function machine(): BenchReport['machine'] {
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  }
}

function wrkVersion(): string {
  try {
    execFileSync(WRK, ['--version'], { encoding: 'utf8' })
  } catch (error) {
    // wrk --version prints its banner and exits 1.
    const stdout = (error as { stdout?: unknown }).stdout
    if (typeof stdout === 'string' && stdout.trim()) return stdout.split('\n')[0]?.split(' Copyright')[0]?.trim() ?? 'wrk'
  }
  return 'wrk'
}

const withoutBody = (answer: (RouteProbe & { body: Buffer }) | undefined): RouteProbe | null =>
  answer ? (({ body: _body, ...info }) => info)(answer) : null

/** One GET per route first: status, size, cache headers; the article's bytes feed the ceilings. */
async function probeRoutes(kind: DatabaseKind, baseUrl: string, routes: BenchRoute[], errors: string[]) {
  const probes = new Map<string, RouteProbe & { body: Buffer }>()
  for (const route of routes) {
    try {
      const answer = await probe(`${baseUrl}${route.path}`)
      probes.set(route.key, answer)
      const redirect = answer.location ? ` → ${answer.location}` : ''
      log(
        `[${kind}] ${route.label} ${route.path} → ${answer.status}${redirect}, ${answer.bytes} B, ${answer.ms.toFixed(0)} ms, cache-control: ${answer.cacheControl ?? '—'}`,
      )
    } catch (error) {
      errors.push(`${route.label}: ${errorText(error)}`)
    }
  }
  return probes
}

/** A route of the report that BENCH_MIXED_ONLY does not load. */
function notMeasured(key: string, label: string, routePath: string, probe: RouteProbe | null = null): RouteResult {
  return { ...emptyResult({ key, label, path: routePath }, probe), skipped: 'not loaded (BENCH_MIXED_ONLY=1)' }
}

/** A server started for one measurement only (the static and bare Next.js ones), stopped afterwards. */
async function measureOn(
  start: () => Promise<Server>,
  route: BenchRoute,
  readyPath: string,
  config: BenchConfig,
  ceilingRps: number | null,
): Promise<RouteResult> {
  const server = await start()
  try {
    const url = `${server.baseUrl}${readyPath}`
    const { body: _body, ...probed } = await probe(url)
    return await measureRoute(
      { ...route, path: `${readyPath} (${probed.bytes} B)` },
      { url, pid: server.pid, countDir: null, ceilingRps },
      config,
      probed,
    )
  } finally {
    await stopProcess(server.started.child)
  }
}

/** The bare Next.js app, built once from the first run's article bytes (the page must exist first). */
type BareNext = { dir: string | null; build: BuildResult | null }

async function runDatabase(kind: DatabaseKind, config: BenchConfig, bare: BareNext): Promise<DatabaseRun> {
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'dinogeek-bench-'))
  const countDir = path.join(tempDir, 'query-counts')
  const url = databaseUrl(kind, tempDir, config.mongoUrl)
  const password = randomBytes(12).toString('hex')
  const errors: string[] = []
  const port = await freePort()
  const baseUrl = appUrl(port)
  const env: NodeJS.ProcessEnv = {
    ...baseEnv(),
    NODE_ENV: 'production',
    DATABASE_URL: url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    NEXT_PUBLIC_SERVER_URL: baseUrl,
  }
  log(
    `[${kind}] database ${kind === 'sqlite' ? url : url.replace(/\/\/[^@/]*@/, '//…@')}${config.keep ? ` (kept: ${tempDir})` : ''}`,
  )
  let server: Server | null = null
  try {
    // Phase 2: seed.
    const { seed, seedTaskMs } = await seedDatabase(kind, config, env, tempDir, password)

    // Phase 3: serve, with the query counter on. Without the jobs runner: its once-a-minute queries
    // (due publications, digests) landed in whichever route's run spanned the minute (src/startup/startJobs.ts).
    const writeTimings = path.join(logsDir, `write-timings-${kind}.jsonl`)
    rmSync(writeTimings, { force: true })
    server = await startApp(
      {
        ...env,
        BENCH_COUNT_QUERIES: '1',
        BENCH_QUERY_COUNT_DIR: countDir,
        JOBS_AUTORUN: 'false',
        BENCH_WRITE_TIMINGS: writeTimings,
      },
      port,
      `server-${kind}.log`,
    )
    const routes = benchRoutes({
      pathnames: pathnamesOf(routing),
      locale: config.locale,
      articleSlug: seed.benchArticle.slug[config.locale],
      topicSlug: seed.bigTopic.slug[config.locale],
      deepPage: lastPage(seed.bigTopic.articles, config.pageSize),
      searchWord: seed.searchWord,
    })
    const probes = await probeRoutes(kind, baseUrl, routes, errors)
    const isHtmlOk = (key: string) => {
      const answer = probes.get(key)
      return answer && answer.status >= 200 && answer.status < 300 && (answer.contentType ?? '').includes('text/html')
    }
    const sourceKey = isHtmlOk('article') ? 'article' : (routes.find((route) => isHtmlOk(route.key))?.key ?? 'article')
    const html = probes.get(sourceKey)?.body ?? Buffer.from('<!doctype html><title>baseline</title>')
    const htmlFile = path.join(tempDir, 'page.html')
    writeFileSync(htmlFile, html)
    const bytesOf = `${sourceKey === 'article' ? 'article' : sourceKey} page bytes`

    // Phase 4: load. The generator's ceiling, the framework's, then each route (none with BENCH_MIXED_ONLY).
    if (config.mixedOnly) log(`[${kind}] BENCH_MIXED_ONLY: no route loaded`)
    else log(`[${kind}] load: static server (${bytesOf}) — the generator's ceiling`)
    const baseline = config.mixedOnly
      ? notMeasured('baseline', 'static server', '/')
      : await measureOn(
          () => startStatic(htmlFile, baseEnv(), `static-${kind}.log`),
          { key: 'baseline', label: `static server (${bytesOf}, node:http) = generator ceiling`, path: '/' },
          '/',
          config,
          null,
        )
    const ceilingRps = baseline.load?.requestsPerSec ?? null
    if (!bare.build && !config.mixedOnly) Object.assign(bare, await buildBareNext(html))
    const bareNextDir = bare.build?.ok ? bare.dir : null
    let bareNext: RouteResult | null = null
    if (bareNextDir) {
      log(`[${kind}] load: bare Next.js app (${bytesOf}, static route)`)
      bareNext = await measureOn(
        () => startBareNext(bareNextDir, baseEnv(), `bare-next-${kind}.log`),
        { key: 'bareNext', label: `bare Next.js (${bytesOf}, static route)`, path: '/article' },
        '/article',
        config,
        ceilingRps,
      )
      bareNext.ratio = ratioToBaseline(bareNext.load?.requestsPerSec, ceilingRps)
    }
    const results: RouteResult[] = []
    for (const route of routes) {
      if (config.routes && !config.routes.some((key) => key === route.key)) {
        results.push({ ...emptyResult(route, withoutBody(probes.get(route.key))), skipped: 'not selected (BENCH_ROUTES)' })
        continue
      }
      const answer = probes.get(route.key)
      if (answer && answer.status >= 200 && answer.status < 300) log(`[${kind}] load: ${route.label}`)
      const target: Target = { url: `${baseUrl}${route.path}`, pid: server.pid, countDir, ceilingRps }
      const result = config.mixedOnly
        ? notMeasured(route.key, route.label, route.path, withoutBody(answer))
        : await measureRoute(route, target, config, withoutBody(answer))
      result.ratio = ratioToBaseline(result.load?.requestsPerSec, ceilingRps)
      if (PAGE_KEYS.has(route.key))
        result.ratioBareNext = ratioToBaseline(result.load?.requestsPerSec, bareNext?.load?.requestsPerSec)
      if (result.load) {
        log(
          `[${kind}]   ${result.load.requestsPerSec.toFixed(0)} req/s, p99 ${result.load.latencyP99.toFixed(1)} ms, CPU ${result.cpuMsPerRequest?.toFixed(2) ?? '—'} ms/req, non-2xx ${result.load.non2xx}, errors ${result.load.errors}, queries ${result.queries ?? '—'}`,
        )
      }
      results.push(result)
    }
    const memory = treeMemoryKb(server.pid ?? 0)

    // Phase 5: the editor's side.
    let publish: PublishResult = { path: results[0]?.path ?? '', saveMs: null, visibleMs: null, polls: 0, error: 'not run' }
    let admin: { adminApi: TimedRequests | null; adminApiDraft: TimedRequests | null; adminView: TimedRequests | null } = {
      adminApi: null,
      adminApiDraft: null,
      adminView: null,
    }
    let mixed: MixedRunResult | null = null
    if (!config.editor) publish = { ...publish, error: 'not run (BENCH_EDITOR=0)' }
    if (config.editor)
      try {
        const token = await login(baseUrl, EDITOR_EMAIL, password)
        const article = results.find((route) => route.key === 'article')
        // Only the source language is published by a save; a translation goes public when its task is approved
        // (docs/publication.md). So publish → visible is an Italian change watched on the Italian page.
        const sourcePath = localizedPath(sourceLocale, '/articles/[slug]', { slug: seed.benchArticle.slug[sourceLocale] })
        publish = await publishToVisible(baseUrl, token, seed, sourcePath, sourceLocale, article?.probe?.status ?? null)
        log(`[${kind}] publish → visible: ${publish.visibleMs === null ? publish.error : `${publish.visibleMs.toFixed(0)} ms`}`)
        if (!config.mixedOnly) admin = await adminTimings(baseUrl, token, config.adminSamples)
        log(
          `[${kind}] mixed run: ${config.mixedReaders} readers, up to ${config.mixedWrites} saves by ${config.mixedWriters} editors …`,
        )
        mixed = await mixedRun(baseUrl, token, article?.path ?? '/', config, writeTimings)
      } catch (error) {
        errors.push(`editor measurements: ${errorText(error)}`)
      }

    // Phase 6: two replicas, Redis and Varnish (#16), once the single server is stopped.
    let scaled: ScaleOutResult | null = null
    const serverReadyMs = server.readyMs
    if (config.scaleOut && !config.mixedOnly) {
      await stopProcess(server.started.child)
      server = null
      log(`[${kind}] scale-out: two replicas sharing Redis behind Varnish …`)
      const sourcePath = localizedPath(sourceLocale, '/articles/[slug]', { slug: seed.benchArticle.slug[sourceLocale] })
      scaled = await scaleOut({ env, kind, config, seed, password, routes, sourcePath, ceilingRps })
      if (scaled.skipped) log(`[${kind}] scale-out SKIPPED: ${scaled.skipped}`)
    }

    return {
      database: kind,
      seed,
      seedTaskMs,
      serverReadyMs,
      baseline,
      bareNext,
      routes: results,
      mixed,
      publish,
      ...admin,
      rssKb: memory.rssKb,
      peakRssKb: memory.peakKb,
      scaleOut: scaled,
      errors,
    }
  } finally {
    if (server) await stopProcess(server.started.child)
    await dropDatabase(kind, env, tempDir)
    if (!config.keep) rmSync(tempDir, { recursive: true, force: true })
  }
}

/** `BENCH_ONLY=memory`: the memory phase alone, reported in bench/results/memory.{json,md}. */
async function memoryOnly(config: BenchConfig): Promise<number> {
  const kinds: DatabaseKind[] = config.mongoUrl ? ['sqlite', 'mongodb'] : ['sqlite']
  const results = []
  for (const kind of kinds) results.push(await runMemoryBench(kind, config))
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(
    path.join(resultsDir, 'memory.json'),
    `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), results }, null, 2)}\n`,
  )
  writeFileSync(path.join(resultsDir, 'memory.md'), memorySection(results, markdownTable).join('\n'))
  console.info(`\n${memorySection(results, textTable).join('\n')}`)
  return 0
}

async function main(): Promise<number> {
  const config = readBenchConfig(process.env)
  mkdirSync(logsDir, { recursive: true })
  if (config.memoryOnly) return memoryOnly(config)
  ensureWrk(log)
  log(
    `${config.quick ? 'QUICK run: ' : ''}${config.articles} articles, ${config.connections} connections, ${config.warmupS} s warm-up + ${config.durationS} s per route, locale ${config.locale}` +
      (config.mongoUrl ? ', SQLite and MongoDB' : ', SQLite (set MONGODB_TEST_URL for MongoDB too)'),
  )
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: machine(),
    git: { commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown', dirty: git(['status', '--porcelain']).length > 0 },
    config: {
      articles: config.articles,
      durationS: config.durationS,
      warmupS: config.warmupS,
      connections: config.connections,
      locale: config.locale,
      pageSize: config.pageSize,
      localApiCalls: config.localApiCalls,
      seed: config.seed,
      mixedReaders: config.mixedReaders,
      mixedWrites: config.mixedWrites,
    },
    generator: wrkVersion(),
    build: await buildApp(config),
    bareNextBuild: null,
    runs: [],
    memory: [],
    totalS: 0,
  }
  const kinds: DatabaseKind[] = config.mongoUrl ? ['sqlite', 'mongodb'] : ['sqlite']
  let failed = !report.build.ok
  if (report.build.ok) {
    const bare: BareNext = { dir: null, build: null }
    for (const kind of kinds) {
      try {
        report.runs.push(await runDatabase(kind, config, bare))
      } catch (error) {
        failed = true
        log(`[${kind}] FAILED: ${errorText(error)}`)
      }
    }
    report.bareNextBuild = bare.build
    if (bare.dir) rmSync(bare.dir, { recursive: true, force: true })
    for (const kind of kinds) {
      try {
        report.memory.push(await runMemoryBench(kind, config))
      } catch (error) {
        failed = true
        log(`[${kind}] memory FAILED: ${errorText(error)}`)
      }
    }
  }
  report.totalS = elapsedS()
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`)
  writeFileSync(path.join(resultsDir, 'latest.md'), toMarkdown(report))
  console.info(`\n${toConsole(report)}`)
  log(`wrote ${path.relative(root, path.join(resultsDir, 'latest.json'))} and latest.md`)
  return failed || report.runs.length < kinds.length ? 1 : 0
}

process.on('SIGINT', () => {
  void stopAll().then(() => process.exit(130))
})

main().then(
  async (code) => {
    await stopAll()
    process.exit(code)
  },
  async (error: unknown) => {
    console.error(error)
    await stopAll()
    process.exit(1)
  },
)
