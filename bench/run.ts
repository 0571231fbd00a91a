/**
 * `npm run bench`: seeds a synthetic catalogue, builds and starts the
 * production server, loads each public route with autocannon on loopback next
 * to a static-file baseline, and writes bench/results/latest.{json,md}.
 * Everything it starts, it stops; every loop is bounded. See README, "Performance".
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { readQueryCountFiles } from '@/db/queryCounter'
import { routing } from '@/i18n/routing'
import { readBenchConfig, type BenchConfig } from './config'
import { load, login, probe, timedRequests } from './lib/http'
import { freePort, parseGnuTime, startProcess, stopAll, stopProcess, treeMemoryKb, waitForExit, waitForHttp, type Started } from './lib/processes'
import { toConsole, toMarkdown } from './lib/report'
import { benchRoutes, lastPage, pathnamesOf, type BenchRoute } from './lib/routes'
import { snapshotWorkingTree, SNAPSHOT_DIR } from './lib/snapshot'
import { ratioToBaseline } from './lib/stats'
import type { BenchReport, BuildResult, DatabaseKind, DatabaseRun, PublishResult, RouteResult, SeedTaskResult } from './lib/types'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const snapshotDir = path.join(root, SNAPSHOT_DIR)
const resultsDir = path.join(root, 'bench', 'results')
const logsDir = path.join(resultsDir, 'logs')
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')
const BUILD_TIMEOUT_MS = 30 * 60_000
const SEED_TIMEOUT_MS = 45 * 60_000
const SERVER_START_TIMEOUT_MS = 120_000
const EDITOR_EMAIL = 'editor@example.com'

const benchStarted = performance.now()

function log(line: string) {
  const seconds = ((performance.now() - benchStarted) / 1000).toFixed(0).padStart(4)
  console.info(`[bench ${seconds}s] ${line}`)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

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

/** Environment for children: the caller's, without database settings that could point at real data. */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.DATABASE_URL
  delete env.PAYLOAD_SECRET
  delete env.BENCH_COUNT_QUERIES
  delete env.BENCH_QUERY_COUNT_DIR
  return { ...env, NEXT_TELEMETRY_DISABLED: '1' }
}

async function withTimeout(started: Started, timeoutMs: number, what: string): Promise<number> {
  const timer = sleep(timeoutMs).then(() => 'timeout' as const)
  const result = await Promise.race([waitForExit(started.child), timer])
  if (result === 'timeout') {
    await stopProcess(started.child)
    throw new Error(`${what} did not finish within ${Math.round(timeoutMs / 60_000)} min`)
  }
  return result
}

async function build(config: BenchConfig): Promise<BuildResult> {
  const logFile = path.join(logsDir, 'build.log')
  if (config.skipBuild && existsSync(path.join(snapshotDir, '.next', 'BUILD_ID'))) {
    log('BENCH_SKIP_BUILD=1: reusing the previous snapshot and build')
    return { ok: true, skipped: true, wallS: null, peakRssKb: null, log: logFile, error: null }
  }
  const snapshot = snapshotWorkingTree(root)
  log(`snapshot of the working tree: ${snapshot.files} files in ${path.relative(root, snapshot.dir)}`)
  const useTime = existsSync('/usr/bin/time')
  if (!useTime) log('/usr/bin/time not found (apt-get install -y time): build peak memory will not be measured')
  const command = useTime ? '/usr/bin/time' : process.execPath
  const args = useTime ? ['-v', process.execPath, nextBin, 'build'] : [nextBin, 'build']
  log('next build (production, Turbopack) …')
  const started = performance.now()
  const child = startProcess(command, args, { cwd: snapshotDir, env: { ...baseEnv(), NODE_ENV: 'production' }, logFile })
  const code = await withTimeout(child, BUILD_TIMEOUT_MS, 'next build')
  const measuredS = (performance.now() - started) / 1000
  const output = child.output()
  const time = parseGnuTime(output)
  const ok = code === 0
  log(`next build ${ok ? 'done' : `FAILED (exit ${code})`} in ${measuredS.toFixed(0)} s`)
  return {
    ok,
    skipped: false,
    wallS: time.wallS ?? measuredS,
    peakRssKb: time.maxRssKb,
    log: logFile,
    error: ok ? null : `next build failed (exit ${code}); last lines of ${path.relative(root, logFile)}:\n${output.split('\n').slice(-40).join('\n')}`,
  }
}

function databaseUrl(kind: DatabaseKind, tempDir: string, mongoUrl: string | null): string {
  if (kind === 'sqlite') return `file:${path.join(tempDir, 'bench.db')}`
  if (!mongoUrl) throw new Error('MONGODB_TEST_URL is not set')
  const url = new URL(mongoUrl)
  url.pathname = `/dinogeek_bench_${randomBytes(4).toString('hex')}`
  return url.toString()
}

async function runTask(kind: DatabaseKind, env: NodeJS.ProcessEnv, out: string, label: string): Promise<void> {
  const task = startProcess(process.execPath, ['--import', 'tsx', path.join(snapshotDir, 'bench', 'tasks', 'seed.ts')], {
    cwd: snapshotDir,
    env: { ...env, BENCH_TASK_OUT: out },
    logFile: path.join(logsDir, `${label}-${kind}.log`),
  })
  const code = await withTimeout(task, SEED_TIMEOUT_MS, label)
  if (code !== 0) throw new Error(`${label} task failed (exit ${code}):\n${task.output().slice(-4000)}`)
}

/** Total queries reported by the server's processes, once every report is newer than now. */
async function queryCount(dir: string): Promise<number | null> {
  const notBefore = Date.now()
  const deadline = notBefore + 2_000
  for (;;) {
    const files = readQueryCountFiles(dir)
    const total = files.reduce((sum, file) => sum + file.count, 0)
    if (files.length > 0 && files.every((file) => file.at > notBefore)) return total
    if (Date.now() > deadline) return files.length > 0 ? total : null
    await sleep(50)
  }
}

function skipReason(status: number, location: string | null, path: string): string {
  if (status === 404) return '404: route not found'
  if (status >= 300 && status < 400) {
    return location === path ? `${status}: redirects to itself (loop)` : `${status}: redirect to ${location ?? '?'}`
  }
  return `HTTP ${status}: not measured`
}

/**
 * Waits until the server has finished what a load run left queued: one more
 * request to the same URL returns only after the backlog, and the query count
 * must stop moving. Without this, a slow route's backlog spills into the next run.
 */
async function drain(url: string, countDir: string | null): Promise<void> {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(120_000) })
    await response.arrayBuffer()
  } catch {
    // timed out: the count check below still bounds the wait
  }
  if (!countDir) return
  let previous = await queryCount(countDir)
  for (let i = 0; i < 40; i += 1) {
    await sleep(250)
    const current = await queryCount(countDir)
    if (current === previous) return
    previous = current
  }
}

async function measureRoute(
  route: BenchRoute,
  url: string,
  config: BenchConfig,
  countDir: string | null,
  probed: RouteResult['probe'],
): Promise<RouteResult> {
  const result: RouteResult = { key: route.key, label: route.label, path: route.path, probe: probed, warmup: null, load: null, cacheAfterLoad: null, queries: null, ratio: null, skipped: null }
  if (!probed) {
    result.skipped = 'no answer'
    return result
  }
  if (probed.status < 200 || probed.status >= 300) {
    result.skipped = skipReason(probed.status, probed.location, route.path)
    return result
  }
  if (config.warmupS > 0) result.warmup = await load(url, { connections: config.connections, durationS: config.warmupS })
  await drain(url, countDir)
  const before = countDir ? await queryCount(countDir) : null
  result.load = await load(url, { connections: config.connections, durationS: config.durationS })
  const after = countDir ? await queryCount(countDir) : null
  result.queries = before === null || after === null ? null : after - before
  await drain(url, countDir)
  try {
    // What the framework's cache says about this route once warm (HIT, STALE, MISS or no header).
    result.cacheAfterLoad = (await probe(url)).nextCache
  } catch {
    result.cacheAfterLoad = null
  }
  return result
}

async function publishToVisible(baseUrl: string, token: string, seed: SeedTaskResult, articlePath: string, locale: string, articleStatus: number | null): Promise<PublishResult> {
  const result: PublishResult = { path: articlePath, saveMs: null, visibleMs: null, polls: 0, error: null }
  if (articleStatus === null || articleStatus < 200 || articleStatus >= 300) {
    result.error = `article page answers ${articleStatus ?? 'nothing'}: nothing to watch`
    return result
  }
  const title = `Bench publish ${Date.now().toString(36)}`
  const started = performance.now()
  const response = await fetch(`${baseUrl}/api/articles/${seed.benchArticle.id}?locale=${locale}&depth=0`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ title, _status: 'published' }),
    signal: AbortSignal.timeout(60_000),
  })
  await response.arrayBuffer()
  result.saveMs = performance.now() - started
  if (!response.ok) {
    result.error = `PATCH as editor answered HTTP ${response.status}`
    return result
  }
  const deadline = started + 30_000
  while (performance.now() < deadline) {
    result.polls += 1
    const page = await fetch(`${baseUrl}${articlePath}`, { signal: AbortSignal.timeout(30_000) })
    const firstByte = performance.now() - started
    const html = await page.text()
    if (html.includes(title)) {
      result.visibleMs = firstByte
      return result
    }
    await sleep(50)
  }
  result.error = 'the new title did not appear within 30 s'
  return result
}

async function runDatabase(kind: DatabaseKind, config: BenchConfig): Promise<DatabaseRun> {
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'dinogeek-bench-'))
  const countDir = path.join(tempDir, 'query-counts')
  const url = databaseUrl(kind, tempDir, config.mongoUrl)
  const secret = randomBytes(32).toString('hex')
  const password = randomBytes(12).toString('hex')
  const errors: string[] = []
  const port = await freePort()
  // `localhost`, not 127.0.0.1: with a loopback IP as hostname, Next treats the proxy's
  // rewrites of localized paths as external and the localized pages redirect to themselves.
  const baseUrl = `http://localhost:${port}`
  const env: NodeJS.ProcessEnv = {
    ...baseEnv(),
    NODE_ENV: 'production',
    DATABASE_URL: url,
    PAYLOAD_SECRET: secret,
    NEXT_PUBLIC_SERVER_URL: baseUrl,
  }
  log(`[${kind}] database ${kind === 'sqlite' ? url : url.replace(/\/\/[^@/]*@/, '//…@')}${config.keep ? ` (kept: ${tempDir})` : ''}`)
  let server: Started | null = null
  try {
    // 1. Seed (migrations, demo content, synthetic catalogue) and Local API measurement.
    log(`[${kind}] seeding ${config.articles} synthetic articles …`)
    const seedOut = path.join(tempDir, 'seed.json')
    const seedStarted = performance.now()
    await runTask(
      kind,
      {
        ...env,
        BENCH_DB_URL: url,
        BENCH_ARTICLES: String(config.articles),
        BENCH_SEED: config.seed,
        BENCH_PASSWORD: password,
        BENCH_LOCALE: config.locale,
        BENCH_PAGE_SIZE: String(config.pageSize),
        BENCH_LOCAL_API_CALLS: String(config.localApiCalls),
        BENCH_BATCH: String(config.batch),
        BENCH_COUNT_QUERIES: '1',
      },
      seedOut,
      'seed',
    )
    const seedTaskMs = performance.now() - seedStarted
    const seed = JSON.parse(readFileSync(seedOut, 'utf8')) as SeedTaskResult
    log(`[${kind}] seeded in ${(seedTaskMs / 1000).toFixed(1)} s (synthetic: ${(seed.syntheticMs / 1000).toFixed(1)} s); Local API find by slug p95 ${seed.localApi.p95.toFixed(2)} ms`)

    // 2. Production server with the query counter on.
    const serverStarted = performance.now()
    server = startProcess(process.execPath, [nextBin, 'start', '-p', String(port), '-H', 'localhost'], {
      cwd: snapshotDir,
      env: { ...env, BENCH_COUNT_QUERIES: '1', BENCH_QUERY_COUNT_DIR: countDir },
      logFile: path.join(logsDir, `server-${kind}.log`),
    })
    await waitForHttp(`${baseUrl}/api/users/me`, server, SERVER_START_TIMEOUT_MS)
    const serverReadyMs = performance.now() - serverStarted
    log(`[${kind}] next start ready in ${(serverReadyMs / 1000).toFixed(1)} s on ${baseUrl}`)

    const routes = benchRoutes({
      pathnames: pathnamesOf(routing),
      locale: config.locale,
      articleSlug: seed.benchArticle.slug[config.locale],
      topicSlug: seed.bigTopic.slug[config.locale],
      deepPage: lastPage(seed.bigTopic.articles, config.pageSize),
      searchWord: seed.searchWord,
    })

    // 3. One GET per route first: status, size, cache headers; the article's bytes feed the baseline.
    const probes = new Map<string, Awaited<ReturnType<typeof probe>>>()
    for (const route of routes) {
      try {
        const answer = await probe(`${baseUrl}${route.path}`)
        probes.set(route.key, answer)
        const redirect = answer.location ? ` → ${answer.location}` : ''
        log(`[${kind}] ${route.label} ${route.path} → ${answer.status}${redirect}, ${answer.bytes} B, ${answer.ms.toFixed(0)} ms, cache-control: ${answer.cacheControl ?? '—'}`)
      } catch (error) {
        errors.push(`${route.label}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
    const isHtmlOk = (key: string) => {
      const answer = probes.get(key)
      return answer && answer.status >= 200 && answer.status < 300 && (answer.contentType ?? '').includes('text/html')
    }
    const baselineKey = isHtmlOk('article') ? 'article' : (routes.find((route) => isHtmlOk(route.key))?.key ?? 'article')
    const baselineSource = probes.get(baselineKey)
    const baselineFile = path.join(tempDir, 'baseline.html')
    writeFileSync(baselineFile, baselineSource?.body ?? Buffer.from('<!doctype html><title>baseline</title>'))
    const baselineLabel = `static baseline (${baselineKey === 'article' && isHtmlOk('article') ? 'article page' : `${baselineKey} page`} bytes, node:http)`

    // 4. Baseline, then each route: warm-up, then the measured run with the query count around it.
    const staticPort = await freePort()
    const staticServer = startProcess(process.execPath, ['--import', 'tsx', path.join(root, 'bench', 'staticServer.ts'), baselineFile, String(staticPort)], {
      cwd: root,
      env: baseEnv(),
      logFile: path.join(logsDir, `static-${kind}.log`),
    })
    let baseline: RouteResult
    try {
      await waitForHttp(`http://127.0.0.1:${staticPort}/`, staticServer, 30_000)
      log(`[${kind}] load: ${baselineLabel}`)
      const staticProbe = await probe(`http://127.0.0.1:${staticPort}/`)
      const { body: _body, ...probeInfo } = staticProbe
      baseline = await measureRoute({ key: 'baseline', label: baselineLabel, path: `/ (${staticProbe.bytes} B from memory)` }, `http://127.0.0.1:${staticPort}/`, config, null, probeInfo)
    } finally {
      await stopProcess(staticServer.child)
    }
    const results: RouteResult[] = []
    for (const route of routes) {
      const answer = probes.get(route.key)
      const probeInfo = answer ? (({ body: _body, ...info }) => info)(answer) : null
      if (answer && answer.status >= 200 && answer.status < 300) log(`[${kind}] load: ${route.label}`)
      const result = await measureRoute(route, `${baseUrl}${route.path}`, config, countDir, probeInfo)
      result.ratio = ratioToBaseline(result.load?.requestsPerSec, baseline.load?.requestsPerSec)
      if (result.load) {
        log(
          `[${kind}]   ${result.load.requestsPerSec.toFixed(0)} req/s (${result.load.requests} responses), p99 ${result.load.latencyP99} ms, non-2xx ${result.load.non2xx}, errors ${result.load.errors}, queries ${result.queries ?? '—'}`,
        )
      }
      results.push(result)
    }
    const memory = treeMemoryKb(server.child.pid ?? 0)

    // 5. Editor actions: publish → visible, admin list.
    let publish: PublishResult = { path: results[0]?.path ?? '', saveMs: null, visibleMs: null, polls: 0, error: 'not run' }
    let adminApi = null
    let adminApiDraft = null
    let adminView = null
    try {
      const token = await login(baseUrl, EDITOR_EMAIL, password)
      const article = results.find((route) => route.key === 'article')
      publish = await publishToVisible(baseUrl, token, seed, article?.path ?? '', config.locale, article?.probe?.status ?? null)
      log(`[${kind}] publish → visible: ${publish.visibleMs === null ? publish.error : `${publish.visibleMs.toFixed(0)} ms`}`)
      const auth = { authorization: `JWT ${token}` }
      const list = `${baseUrl}/api/articles?limit=10&page=1&sort=-updatedAt&depth=0`
      adminApi = await timedRequests(list, config.adminSamples, auth)
      adminApiDraft = await timedRequests(`${list}&draft=true`, config.adminSamples, auth)
      adminView = await timedRequests(`${baseUrl}/admin/collections/articles`, Math.max(3, Math.round(config.adminSamples / 2)), { cookie: `payload-token=${token}` })
      log(`[${kind}] admin list API p50 ${adminApi.p50.toFixed(1)} ms; list view p50 ${adminView.p50.toFixed(0)} ms (HTTP ${adminView.status})`)
    } catch (error) {
      errors.push(`editor measurements: ${error instanceof Error ? error.message : String(error)}`)
    }

    return {
      database: kind,
      seed,
      seedTaskMs,
      serverReadyMs,
      baseline,
      routes: results,
      publish,
      adminApi,
      adminApiDraft,
      adminView,
      rssKb: memory.rssKb,
      peakRssKb: memory.peakKb,
      errors,
    }
  } finally {
    if (server) await stopProcess(server.child)
    if (kind === 'mongodb') {
      try {
        await runTask(kind, { ...env, BENCH_DB_URL: url, BENCH_TASK: 'drop' }, path.join(tempDir, 'drop.json'), 'drop')
      } catch (error) {
        log(`[${kind}] could not drop the bench database: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
    if (!config.keep) rmSync(tempDir, { recursive: true, force: true })
  }
}

async function main(): Promise<number> {
  const config = readBenchConfig(process.env)
  mkdirSync(logsDir, { recursive: true })
  log(
    `${config.articles} articles, ${config.connections} connections, ${config.warmupS} s warm-up + ${config.durationS} s per route, locale ${config.locale}` +
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
    },
    build: await build(config),
    runs: [],
    totalS: 0,
  }
  const kinds: DatabaseKind[] = config.mongoUrl ? ['sqlite', 'mongodb'] : ['sqlite']
  let failed = !report.build.ok
  if (report.build.ok) {
    for (const kind of kinds) {
      try {
        report.runs.push(await runDatabase(kind, config))
      } catch (error) {
        failed = true
        log(`[${kind}] FAILED: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  }
  report.totalS = (performance.now() - benchStarted) / 1000
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
