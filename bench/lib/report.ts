import { memoryRows } from './memoryReport'
import type { BenchReport, DatabaseRun, MemoryBenchResult, MixedRunResult, RouteResult, TimedRequests } from './types'

/**
 * Turns a benchmark report into the console table and `latest.md`. Pure
 * functions of the report (tested in tests/unit/bench-report.spec.ts).
 */

export function formatNumber(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

export function formatMs(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)
}

export function formatRatio(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  return value.toFixed(3)
}

export function formatBytes(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  if (value >= 1024 * 1024 * 1024) return `${(value / 1024 / 1024 / 1024).toFixed(2)} GiB`
  if (value >= 1024 * 1024) return `${(value / 1024 / 1024).toFixed(1)} MiB`
  if (value >= 1024) return `${(value / 1024).toFixed(1)} KiB`
  return `${value} B`
}

export const adminHeader = ['admin (as editor, sequential)', 'status', 'requests', 'p50 ms', 'p95 ms', 'max ms']

export const routeHeader = [
  'route',
  'status',
  'req/s',
  'p50 ms',
  'p99 ms',
  'CPU ms/req',
  'server cores',
  '× static',
  '× bare Next',
  'bound by',
  'non-2xx',
  'DB queries',
  'bytes',
  'x-nextjs-cache',
  'Cache-Control',
]

function boundBy(route: RouteResult): string {
  if (route.clientBound === null) return '—'
  return route.clientBound ? 'client (≥ 0.8 × ceiling)' : 'server'
}

/** One table row per route; a route without a load run says why instead of showing numbers. */
export function routeRow(route: RouteResult): string[] {
  const status = route.probe ? String(route.probe.status) : 'error'
  const bytes = route.probe ? formatBytes(route.probe.bytes) : '—'
  const cache = route.probe?.cacheControl ?? '—'
  const nextCache = route.cacheAfterLoad ?? '—'
  const queries = route.queries === null ? '—' : formatNumber(route.queries)
  if (!route.load) {
    const reason = route.skipped ?? 'not measured'
    return [route.label, status, reason, '—', '—', '—', '—', '—', '—', '—', '—', '—', bytes, nextCache, cache]
  }
  const failures = formatNumber(route.load.non2xx + route.load.errors + route.load.timeouts)
  if (route.load.requests === 0) {
    // Nothing came back within the run: the server was still busy (no latency to report).
    return [
      route.label,
      status,
      `0 (no response in ${formatNumber(route.load.durationS)} s)`,
      '—',
      '—',
      '—',
      formatRatio(route.serverCores),
      '—',
      '—',
      '—',
      failures,
      queries,
      bytes,
      nextCache,
      cache,
    ]
  }
  return [
    route.label,
    status,
    formatNumber(route.load.requestsPerSec),
    formatMs(route.load.latencyP50),
    formatMs(route.load.latencyP99),
    formatMs(route.cpuMsPerRequest),
    route.serverCores === null ? '—' : route.serverCores.toFixed(2),
    formatRatio(route.ratio),
    formatRatio(route.ratioBareNext),
    boundBy(route),
    failures,
    queries,
    bytes,
    nextCache,
    cache,
  ]
}

export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)))
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd()
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n')
}

function escapeCell(cell: string): string {
  return cell.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

function timed(label: string, value: TimedRequests | null): string[] {
  if (!value) return [label, '—', '—', '—', '—', '—']
  return [label, String(value.status), String(value.count), formatMs(value.p50), formatMs(value.p95), formatMs(value.max)]
}

export type Target = { name: string; goal: string; reached: string; ok: boolean | null }

/** Target CPU per cached page request (issue #19). */
export const CPU_TARGET_MS = 1.0
/** Target share of the bare Next.js app's requests/s (issue #19). */
export const BARE_NEXT_TARGET = 0.9
/** #16's goal for what Varnish serves in front of two replicas, as a share of the generator's ceiling. */
export const VARNISH_TARGET = 0.8

const CACHED_PAGES: Array<[string, string]> = [
  ['article', 'cached article'],
  ['home', 'home'],
  ['topic', 'topic page'],
  ['topics', 'topic index'],
]

/** The issues' targets, with what this run reached. */
export function targets(run: DatabaseRun): Target[] {
  const pages = run.routes.filter((route) => route.key !== 'rest')
  const measuredPages = pages.filter((route) => route.load && route.queries !== null)
  const worstQueries = measuredPages.reduce((max, route) => Math.max(max, route.queries ?? 0), 0)
  const list: Target[] = []
  for (const [key, name] of CACHED_PAGES) {
    const route = run.routes.find((candidate) => candidate.key === key)
    const cpu = route?.cpuMsPerRequest ?? null
    const ratio = route?.ratioBareNext ?? null
    list.push(
      {
        name: `${name}: server CPU per request`,
        goal: `≤ ${CPU_TARGET_MS.toFixed(1)} ms`,
        reached: cpu === null ? '—' : `${formatMs(cpu)} ms`,
        ok: cpu === null ? null : cpu <= CPU_TARGET_MS,
      },
      {
        name: `${name}: × bare Next.js`,
        goal: `≥ ${BARE_NEXT_TARGET}`,
        reached: formatRatio(ratio),
        ok: ratio === null ? null : ratio >= BARE_NEXT_TARGET,
      },
    )
  }
  list.push(
    {
      name: 'database queries during page load runs',
      goal: '0 on every page route',
      reached: measuredPages.length ? `max ${formatNumber(worstQueries)} (${measuredPages.length} routes measured)` : '—',
      ok: measuredPages.length ? worstQueries === 0 : null,
    },
    {
      name: 'publish → visible',
      goal: '< 2,000 ms',
      reached: run.publish.visibleMs === null ? (run.publish.error ?? '—') : `${formatNumber(run.publish.visibleMs)} ms`,
      ok: run.publish.visibleMs === null ? null : run.publish.visibleMs < 2000,
    },
    {
      name: 'saves under read load: lost or failed',
      goal: '0 lost, 0 failed',
      reached:
        run.mixed && run.mixed.writes > 0 ? `${run.mixed.lost} lost, ${run.mixed.failed} failed of ${run.mixed.writes}` : '—',
      ok: run.mixed && run.mixed.writes > 0 ? run.mixed.lost === 0 && run.mixed.failed === 0 : null,
    },
    {
      name: 'Local API find by slug p95',
      goal: '< 10 ms',
      reached: `${formatMs(run.seed.localApi.p95)} ms`,
      ok: Number.isFinite(run.seed.localApi.p95) ? run.seed.localApi.p95 < 10 : null,
    },
    {
      name: 'admin list endpoint (p50)',
      goal: '< 300 ms',
      reached: run.adminApi ? `${formatMs(run.adminApi.p50)} ms` : '—',
      ok: run.adminApi ? run.adminApi.p50 < 300 : null,
    },
  )
  list.push(...scaleOutTargets(run))
  return list
}

/** #16: through Varnish in front of two replicas sharing Redis. */
function scaleOutTargets(run: DatabaseRun): Target[] {
  const scaled = run.scaleOut
  const through = (key: string, name: string): Target => {
    const ratio = scaled?.routes.find((route) => route.key === key)?.ratio ?? null
    return {
      name: `${name} through Varnish: × static`,
      goal: `≥ ${VARNISH_TARGET}`,
      reached: scaled?.skipped ? `skipped: ${scaled.skipped}` : formatRatio(ratio),
      ok: ratio === null ? null : ratio >= VARNISH_TARGET,
    }
  }
  const publish = scaled?.publish
  return [
    through('varnish-article', 'cached article'),
    through('varnish-rest', 'REST find by slug'),
    {
      name: 'publish on replica A → visible through Varnish',
      goal: '< 2,000 ms',
      reached: !publish ? '—' : publish.visibleMs === null ? (publish.error ?? '—') : `${formatNumber(publish.visibleMs)} ms`,
      ok: !publish || publish.visibleMs === null ? null : publish.visibleMs < 2000,
    },
  ]
}

/** The #12 mixed run as table rows. */
export function mixedRows(mixed: MixedRunResult): string[][] {
  const readers = mixed.readersLoad
  return [
    [
      `readers (${formatNumber(mixed.readers)} connections on ${mixed.readerPath})`,
      readers
        ? `${formatNumber(readers.requestsPerSec)} req/s, p50 ${formatMs(readers.latencyP50)} ms, p99 ${formatMs(readers.latencyP99)} ms, ${formatNumber(readers.non2xx + readers.errors + readers.timeouts)} failed`
        : '—',
    ],
    [
      `editor saves (${mixed.writers} editors, each on its own article, one save after another)`,
      `${formatNumber(mixed.writes)} sent, ${formatNumber(mixed.acknowledged)} acknowledged, ${formatNumber(mixed.failed)} failed, ${formatNumber(mixed.lost)} lost`,
    ],
    [
      'save latency (acknowledged)',
      mixed.write.count
        ? `p50 ${formatMs(mixed.write.p50)} ms, p99 ${formatMs(mixed.write.p99)} ms, max ${formatMs(mixed.write.max)} ms`
        : '—',
    ],
    ...mixed.errors.map((error) => ['error', error]),
  ]
}

function okMark(ok: boolean | null): string {
  return ok === null ? 'n/a' : ok ? 'yes' : 'no'
}

function runSections(run: DatabaseRun, report: BenchReport, table: (header: string[], rows: string[][]) => string): string[] {
  const { seed } = run
  const scaled = run.scaleOut?.routes ?? []
  const rows = [
    routeRow(run.baseline),
    ...(run.bareNext ? [routeRow(run.bareNext)] : []),
    ...run.routes.map(routeRow),
    ...scaled.map(routeRow),
  ]
  const lines: string[] = []
  lines.push(`### ${run.database === 'sqlite' ? 'SQLite' : 'MongoDB'}`)
  lines.push('')
  lines.push(
    `Load: ${report.generator}, ${report.config.connections} connections, ${report.config.warmupS} s warm-up then ${report.config.durationS} s measured, per route, on loopback; the generator shares the machine's cores with the server. ` +
      `"× static" = requests/s ÷ the static server's (the article page's exact bytes from Node's \`http\`: the generator's ceiling here; a route at ≥ 0.8 of it is "bound by client"). ` +
      `"× bare Next" = requests/s ÷ a minimal Next.js app's serving the same bytes from a static route. ` +
      `"CPU ms/req" = user + system CPU of the server's process tree during the measured run ÷ responses; "server cores" = that CPU ÷ wall time. ` +
      `"DB queries" = queries the server sent to the database during the measured run; "x-nextjs-cache" = that header on a request after the run.`,
  )
  lines.push('')
  lines.push(table(routeHeader, rows))
  lines.push('')
  lines.push('Paths:')
  lines.push('')
  for (const route of [run.baseline, ...(run.bareNext ? [run.bareNext] : []), ...run.routes, ...scaled])
    lines.push(`- ${route.label}: \`${route.path}\``)
  if (run.scaleOut?.skipped) lines.push(`- scale-out (two replicas, Redis, Varnish): skipped, ${run.scaleOut.skipped}`)
  lines.push('')
  lines.push(
    table(
      ['measure', 'value'],
      [
        ['synthetic articles (it/fr/en, 600–1,500 words each)', formatNumber(seed.syntheticArticles)],
        ['seeding: demo content (Local API)', `${formatNumber(seed.demoSeedMs / 1000, 1)} s`],
        [
          'seeding: synthetic articles (adapter, batched transactions)',
          `${formatNumber(seed.syntheticMs / 1000, 1)} s wall, ${formatNumber(seed.syntheticCpuMs / 1000, 1)} s CPU (${formatNumber(seed.syntheticArticles / Math.max(0.001, seed.syntheticMs / 1000))} articles/s, ${formatNumber(seed.syntheticQueriesPerArticle, 1)} queries/article)`,
        ],
        [
          'seeding task, total wall time (incl. migrations, Local API measurement)',
          `${formatNumber(run.seedTaskMs / 1000, 1)} s`,
        ],
        ['database size', formatBytes(seed.databaseBytes)],
        [
          `Local API find by slug (${report.config.locale}, anonymous, depth 0), ${formatNumber(seed.localApi.count)} calls`,
          `p50 ${formatMs(seed.localApi.p50)} ms, p95 ${formatMs(seed.localApi.p95)} ms, max ${formatMs(seed.localApi.max)} ms; ${seed.localApi.queriesPerCall === null ? '—' : formatNumber(seed.localApi.queriesPerCall, 1)} queries/call; ${seed.localApi.misses} misses`,
        ],
        [
          'publish → first byte of the updated page',
          run.publish.visibleMs === null
            ? `not measured: ${run.publish.error ?? 'unknown'}`
            : `${formatNumber(run.publish.visibleMs)} ms (save ${formatNumber(run.publish.saveMs)} ms, ${run.publish.polls} polls)`,
        ],
        ['server ready after start', `${formatNumber(run.serverReadyMs / 1000, 1)} s`],
        [
          'server RSS after the load (peak)',
          `${formatBytes((run.rssKb ?? Number.NaN) * 1024)} (${formatBytes((run.peakRssKb ?? Number.NaN) * 1024)})`,
        ],
      ],
    ),
  )
  lines.push('')
  lines.push(
    table(adminHeader, [
      timed('GET /api/articles?limit=10&page=1&sort=-updatedAt&depth=0', run.adminApi),
      timed('same with draft=true (what the list view reads)', run.adminApiDraft),
      timed('GET /admin/collections/articles (list view HTML)', run.adminView),
    ]),
  )
  lines.push('')
  if (run.mixed) {
    lines.push(table(['saves under read load (issue #12)', 'value'], mixedRows(run.mixed)))
    lines.push('')
  }
  lines.push(
    table(
      ['target (issues #5, #12, #19)', 'goal', 'reached', 'met'],
      targets(run).map((t) => [t.name, t.goal, t.reached, okMark(t.ok)]),
    ),
  )
  if (seed.plans.length > 0) {
    lines.push('')
    lines.push(
      table(
        ['query plan (SQLite EXPLAIN QUERY PLAN)', 'queries', 'full table scans', 'temp B-tree sorts'],
        seed.plans.map((plan) => [
          plan.label,
          String(plan.queries),
          plan.fullScans.length ? plan.fullScans.join('; ') : 'none',
          plan.tempSorts.length ? plan.tempSorts.join('; ') : 'none',
        ]),
      ),
    )
  }
  if (run.errors.length > 0) {
    lines.push('')
    lines.push('Errors:')
    lines.push('')
    for (const error of run.errors) lines.push(`- ${error}`)
  }
  lines.push('')
  return lines
}

function header(report: BenchReport): string[] {
  const { machine, build, config } = report
  return [
    `Date: ${report.date} · commit ${report.git.commit}${report.git.dirty ? ' (+ uncommitted changes)' : ''}`,
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${formatNumber(machine.memoryGb, 1)} GB RAM, ${machine.os}, Node ${machine.node}`,
    `Catalogue: ${formatNumber(config.articles)} synthetic articles + the demo content; page locale ${config.locale}; PRNG seed "${config.seed}"`,
    build.skipped
      ? 'next build: skipped (BENCH_SKIP_BUILD=1, previous build reused)'
      : `next build: ${build.ok ? 'ok' : 'FAILED'}, ${formatNumber(build.wallS, 1)} s wall, peak RSS ${formatBytes((build.peakRssKb ?? Number.NaN) * 1024)}`,
    report.bareNextBuild
      ? `bare Next.js app build: ${report.bareNextBuild.ok ? 'ok' : `FAILED (${report.bareNextBuild.log})`}, ${formatNumber(report.bareNextBuild.wallS, 1)} s`
      : 'bare Next.js app: not built',
    `Total benchmark time: ${formatNumber(report.totalS)} s`,
  ]
}

/** The translation memory's figures, when the phase ran. */
export function memorySection(
  results: readonly MemoryBenchResult[],
  table: (header: string[], rows: string[][]) => string,
): string[] {
  if (results.length === 0) return []
  const { header, rows } = memoryRows(results)
  return ['Translation memory (lookups through the service, leverage of a 1,500-word article)', '', table(header, rows), '']
}

export function toMarkdown(report: BenchReport): string {
  const lines = ['# Benchmark (`npm run bench`)', '', ...header(report).map((line) => `${line}  `), '']
  if (report.build.error) lines.push('```', report.build.error, '```', '')
  for (const run of report.runs) lines.push(...runSections(run, report, markdownTable))
  lines.push(...memorySection(report.memory, markdownTable))
  return lines.join('\n')
}

export function toConsole(report: BenchReport): string {
  const lines = [...header(report), '']
  if (report.build.error) lines.push(report.build.error, '')
  for (const run of report.runs) lines.push(...runSections(run, report, textTable))
  lines.push(...memorySection(report.memory, textTable))
  return lines.join('\n')
}
