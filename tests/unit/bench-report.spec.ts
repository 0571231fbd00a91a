import { describe, expect, it } from 'vitest'

import { readBenchConfig } from '../../bench/config'
import { classifyPlan } from '../../bench/lib/plans'
import { statCpuTicks, treeCpuMs } from '../../bench/lib/cpu'
import { parseGnuTime, statusKb } from '../../bench/lib/processes'
import {
  formatBytes,
  formatMs,
  formatRatio,
  markdownTable,
  routeRow,
  targets,
  textTable,
  toConsole,
  toMarkdown,
} from '../../bench/lib/report'
import { benchRoutes, lastPage, localizedPath, pathnamesOf } from '../../bench/lib/routes'
import { isClientBound, percentile, ratioToBaseline, summarize } from '../../bench/lib/stats'
import type { BenchReport, DatabaseRun, MemoryBenchResult, RouteResult } from '../../bench/lib/types'
import { parseWrkOutput, wrkArgs } from '../../bench/lib/wrk'
import { lostWrites } from '../../bench/phases/editor'
import { perLocale } from '@/i18n/locales'
import { routing } from '@/i18n/routing'

function route(overrides: Partial<RouteResult>): RouteResult {
  return {
    key: 'article',
    label: 'article page',
    path: '/fr/articles/x',
    probe: {
      status: 200,
      bytes: 20_480,
      ms: 12,
      cacheControl: 's-maxage=60, stale-while-revalidate=300',
      nextCache: 'HIT',
      contentType: 'text/html',
      location: null,
    },
    warmup: null,
    cacheAfterLoad: 'HIT',
    load: {
      requestsPerSec: 1500,
      latencyP50: 38,
      latencyP99: 90,
      latencyMean: 40,
      requests: 30_000,
      non2xx: 0,
      errors: 0,
      timeouts: 0,
      throughputBytesPerSec: 3e7,
      durationS: 20,
    },
    queries: 0,
    ratio: 0.125,
    ratioBareNext: 0.95,
    cpuMsPerRequest: 0.8,
    serverCores: 1.2,
    clientBound: false,
    skipped: null,
    ...overrides,
  }
}

function run(routes: RouteResult[]): DatabaseRun {
  return {
    database: 'sqlite',
    seed: {
      database: 'sqlite',
      demoSeedMs: 9000,
      syntheticMs: 12_000,
      syntheticCpuMs: 9_000,
      syntheticArticles: 500,
      syntheticQueriesPerArticle: 14,
      translations: 1000,
      databaseBytes: 50 * 1024 * 1024,
      benchArticle: { id: 250, slug: perLocale((locale) => `a-${locale}`) },
      bigTopic: { id: 1, slug: perLocale(() => 'css'), articles: 70 },
      topicCount: 59,
      searchWord: 'performance',
      localApi: { count: 1000, p50: 2, p95: 4, max: 12, mean: 2.2, misses: 0, queriesPerCall: 2 },
      plans: [{ label: 'find by slug', queries: 2, fullScans: [], tempSorts: ['USE TEMP B-TREE FOR ORDER BY'], statements: [] }],
    },
    seedTaskMs: 30_000,
    serverReadyMs: 4000,
    baseline: route({
      key: 'baseline',
      label: 'static baseline',
      load: { ...route({}).load!, requestsPerSec: 12_000 },
      ratio: null,
      queries: null,
    }),
    bareNext: null,
    routes,
    mixed: {
      readers: 300,
      readerPath: '/fr/articles/b',
      readersLoad: null,
      writers: 4,
      writes: 40,
      acknowledged: 40,
      failed: 0,
      lost: 0,
      write: { count: 40, p50: 120, p95: 300, max: 500, mean: 150, p99: 450 },
      errors: [],
    },
    publish: { path: '/fr/articles/b', saveMs: 120, visibleMs: 800, polls: 5, error: null },
    adminApi: { count: 20, p50: 40, p95: 60, max: 70, mean: 45, status: 200, non2xx: 0 },
    adminApiDraft: null,
    adminView: { count: 10, p50: 400, p95: 500, max: 600, mean: 420, status: 200, non2xx: 0 },
    rssKb: 400_000,
    peakRssKb: 500_000,
    scaleOut: null,
    errors: [],
  }
}

function report(runs: DatabaseRun[]): BenchReport {
  return {
    date: '2026-11-26T06:00:00.000Z',
    machine: { cpu: 'Test CPU', cores: 2, memoryGb: 24, node: 'v20', os: 'Linux' },
    git: { commit: 'abc1234', dirty: true },
    config: {
      articles: 500,
      durationS: 20,
      warmupS: 10,
      connections: 64,
      locale: 'fr',
      pageSize: 10,
      localApiCalls: 1000,
      seed: 's',
      mixedReaders: 300,
      mixedWrites: 60,
    },
    generator: 'wrk debian/4.1.0',
    build: { ok: true, skipped: false, wallS: 200, peakRssKb: 2_000_000, log: 'build.log', error: null },
    bareNextBuild: { ok: true, skipped: false, wallS: 40, peakRssKb: null, log: 'build-bare-next.log', error: null },
    runs,
    memory: [],
    totalS: 480,
  }
}

describe('bench memory phase', () => {
  it('reports lookup p50/p95 and the leverage time against their targets, and the quick mode stays small', () => {
    const memory: MemoryBenchResult = {
      database: 'sqlite',
      pairs: 200_000,
      generateMs: 30_000,
      insertMs: 4000,
      firstLookupMs: 9000,
      lookups: { count: 1000, p50: 2.5, p95: 12.25, max: 40, mean: 4 },
      lookupsWithMatch: 500,
      leverage: { words: 1498, segments: 110, ms: 240, bands: null },
    }
    const text = toConsole({ ...report([]), memory: [memory] })
    expect(text).toContain('200,000')
    expect(text).toMatch(/2\.50 ms .*12 ms \(target < 50\).*1498.*240 ms \(target < 1000\)/)
    expect(toConsole(report([]))).not.toContain('Translation memory')
    const quick = readBenchConfig({ BENCH_QUICK: '1' })
    expect([quick.memoryPairs, quick.memoryQueries, quick.memoryOnly]).toEqual([20_000, 200, false])
    expect(readBenchConfig({ BENCH_ONLY: 'memory' })).toMatchObject({ memoryPairs: 200_000, memoryOnly: true })
  })
})

describe('bench statistics', () => {
  it('nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(samples, 50)).toBe(50)
    expect(percentile(samples, 95)).toBe(95)
    expect(percentile(samples, 100)).toBe(100)
    expect(percentile([3, 1, 2], 50)).toBe(2)
    expect(percentile([], 50)).toBeNaN()
    expect(summarize([1, 2, 3, 4])).toMatchObject({ count: 4, p50: 2, max: 4, mean: 2.5 })
  })

  it('ratio to the static baseline, none without both numbers', () => {
    expect(ratioToBaseline(1500, 12_000)).toBeCloseTo(0.125)
    expect(ratioToBaseline(null, 12_000)).toBeNull()
    expect(ratioToBaseline(1500, 0)).toBeNull()
    expect(ratioToBaseline(Number.NaN, 10)).toBeNull()
  })
})

describe('bench report', () => {
  it('formats numbers', () => {
    expect(formatRatio(0.12345)).toBe('0.123')
    expect(formatRatio(null)).toBe('—')
    expect(formatMs(3.456)).toBe('3.46')
    expect(formatMs(45.67)).toBe('45.7')
    expect(formatMs(456.7)).toBe('457')
    expect(formatBytes(20_480)).toBe('20.0 KiB')
    expect(formatBytes(null)).toBe('—')
  })

  it('a measured route shows its numbers', () => {
    const row = routeRow(route({}))
    expect(row.slice(0, 12)).toEqual([
      'article page',
      '200',
      '1,500',
      '38.0',
      '90.0',
      '0.80',
      '1.20',
      '0.125',
      '0.950',
      'server',
      '0',
      '0',
    ])
    expect(routeRow(route({ clientBound: true }))[9]).toMatch(/^client/)
    expect(routeRow(route({ clientBound: null, cpuMsPerRequest: null, ratioBareNext: null })).slice(5, 10)).toEqual([
      '—',
      '1.20',
      '0.125',
      '—',
      '—',
    ])
  })

  it('a missing route is reported as such, never with numbers', () => {
    const row = routeRow(
      route({
        key: 'search',
        label: 'search',
        probe: {
          status: 404,
          bytes: 9000,
          ms: 30,
          cacheControl: null,
          nextCache: null,
          contentType: 'text/html',
          location: null,
        },
        load: null,
        queries: null,
        ratio: null,
        skipped: '404: route not found',
      }),
    )
    expect(row[1]).toBe('404')
    expect(row[2]).toBe('404: route not found')
    expect(row.slice(3, 12)).toEqual(['—', '—', '—', '—', '—', '—', '—', '—', '—'])
  })

  it('a run in which no response came back says so instead of showing zero latencies', () => {
    const row = routeRow(
      route({
        key: 'rest',
        label: 'REST',
        load: { ...route({}).load!, requests: 0, requestsPerSec: 0, latencyP50: 0, latencyP99: 0, durationS: 5 },
      }),
    )
    expect(row[2]).toBe('0 (no response in 5 s)')
    expect(row.slice(3, 6)).toEqual(['—', '—', '—'])
    expect(row[6]).toBe('1.200')
  })

  it('non-2xx, errors and timeouts all count as failures', () => {
    const row = routeRow(route({ load: { ...route({}).load!, non2xx: 3, errors: 2, timeouts: 1 } }))
    expect(row[10]).toBe('6')
  })

  it('tables: aligned text and escaped markdown', () => {
    expect(textTable(['a', 'bb'], [['ccc', 'd']])).toBe('a    bb\n---  --\nccc  d')
    expect(markdownTable(['a'], [['x|y']])).toBe('| a |\n| --- |\n| x\\|y |')
  })

  it('targets: met, missed and not measurable', () => {
    const list = targets(
      run([route({}), route({ key: 'home', label: 'home', queries: 4, cpuMsPerRequest: 1.3, ratioBareNext: 0.7 })]),
    )
    const byName = Object.fromEntries(list.map((t) => [t.name, t.ok]))
    expect(byName['cached article: server CPU per request']).toBe(true)
    expect(byName['cached article: × bare Next.js']).toBe(true)
    expect(byName['home: server CPU per request']).toBe(false)
    expect(byName['home: × bare Next.js']).toBe(false)
    expect(byName['topic index: server CPU per request']).toBeNull()
    expect(byName['database queries during page load runs']).toBe(false)
    expect(byName['saves under read load: lost or failed']).toBe(true)
    expect(byName['publish → visible']).toBe(true)
    expect(byName['Local API find by slug p95']).toBe(true)
    expect(byName['admin list endpoint (p50)']).toBe(true)
    const missing = targets(
      run([
        route({
          load: null,
          ratio: null,
          ratioBareNext: null,
          cpuMsPerRequest: null,
          queries: null,
          skipped: '404: route not found',
        }),
      ]),
    )
    expect(missing.find((t) => t.name === 'cached article: × bare Next.js')?.ok).toBeNull()
    const lossy = run([route({})])
    lossy.mixed = { ...lossy.mixed!, lost: 1 }
    expect(targets(lossy).find((t) => t.name === 'saves under read load: lost or failed')?.ok).toBe(false)
  })

  it('scale-out targets: Varnish against the generator’s ceiling, publish → visible, or why they were skipped', () => {
    const scaled = run([route({})])
    scaled.scaleOut = {
      routes: [
        route({ key: 'varnish-article', label: 'article through Varnish', ratio: 0.85 }),
        route({ key: 'varnish-rest', label: 'REST through Varnish', ratio: 0.5 }),
      ],
      publish: { path: '/it/articoli/a', saveMs: 200, visibleMs: 2400, polls: 9, error: null },
      skipped: null,
    }
    const byName = Object.fromEntries(targets(scaled).map((t) => [t.name, t.ok]))
    expect(byName['cached article through Varnish: × static']).toBe(true)
    expect(byName['REST find by slug through Varnish: × static']).toBe(false)
    expect(byName['publish on replica A → visible through Varnish']).toBe(false)
    expect(toMarkdown(report([scaled]))).toContain('article through Varnish')

    const skipped = run([route({})])
    skipped.scaleOut = {
      routes: [],
      publish: { path: '/it/articoli/a', saveMs: null, visibleMs: null, polls: 0, error: 'varnishd is not installed' },
      skipped: 'varnishd is not installed',
    }
    const article = targets(skipped).find((t) => t.name === 'cached article through Varnish: × static')
    expect(article?.ok).toBeNull()
    expect(article?.reached).toBe('skipped: varnishd is not installed')
  })

  it('markdown and console reports carry the machine, the routes and the seeding time', () => {
    const full = report([run([route({})])])
    const md = toMarkdown(full)
    expect(md).toContain('Test CPU, 2 cores')
    expect(md).toContain('| article page | 200 | 1,500 |')
    expect(md).toContain('seeding: synthetic articles')
    expect(md).toContain('USE TEMP B-TREE FOR ORDER BY')
    expect(md).toContain('wrk debian/4.1.0')
    expect(md).toContain('40 sent, 40 acknowledged, 0 failed, 0 lost')
    expect(md).toContain('p50 120 ms, p99 450 ms')
    expect(toConsole(full)).toMatch(/article page +200 +1,500/)
  })
})

describe('bench routes', () => {
  it('follow the localized segments of the site routing', () => {
    const table = { '/': '/', '/articles/[slug]': { it: '/articoli/[slug]', fr: '/articles/[slug]', en: '/articles/[slug]' } }
    expect(localizedPath(table, '/', 'fr')).toBe('/fr')
    expect(localizedPath(table, '/articles/[slug]', 'it', { slug: 'ciao' })).toBe('/it/articoli/ciao')
    expect(localizedPath(table, '/nope', 'en')).toBeNull()
    expect(() => localizedPath({ '/x/[id]': '/x/[id]' }, '/x/[id]', 'en')).toThrow(/id/)
  })

  it("read the site's routing, with or without localized pathnames", () => {
    const table = pathnamesOf(routing)
    const home = benchRoutes({ pathnames: table, locale: 'it', articleSlug: 'a', topicSlug: 't', deepPage: 2, searchWord: 'w' })
    expect(home.find((r) => r.key === 'home')?.path).toBe('/it')
    expect(pathnamesOf({})).toEqual({})
    expect(pathnamesOf({ pathnames: { '/x': '/x', '/y': { it: '/ipsilon', fr: 3 } } })).toEqual({
      '/x': '/x',
      '/y': { it: '/ipsilon' },
    })
  })

  it('fall back to the planned segments and ?page= when a route is not in pathnames', () => {
    const routes = benchRoutes({
      pathnames: { '/': '/' },
      locale: 'fr',
      articleSlug: 'a b',
      topicSlug: 'css',
      deepPage: 7,
      searchWord: 'données',
    })
    const byKey = Object.fromEntries(routes.map((r) => [r.key, r.path]))
    expect(byKey.article).toBe('/fr/articles/a%20b')
    expect(byKey.topic).toBe('/fr/sujets/css')
    expect(byKey.topicDeep).toBe('/fr/sujets/css?page=7')
    expect(byKey.topics).toBe('/fr/sujets')
    expect(byKey.search).toBe('/fr/recherche?q=donn%C3%A9es')
    expect(byKey.sitemap).toBe('/sitemap.xml')
    expect(byKey.rest).toBe('/api/articles?where[slug][equals]=a%20b&locale=fr&depth=1')
  })

  it('last page of a listing', () => {
    expect(lastPage(0, 10)).toBe(1)
    expect(lastPage(10, 10)).toBe(1)
    expect(lastPage(11, 10)).toBe(2)
  })
})

describe('bench settings and process helpers', () => {
  it('defaults match the issue and invalid values are refused', () => {
    const config = readBenchConfig({})
    expect(config).toMatchObject({
      articles: 10_000,
      durationS: 20,
      warmupS: 5,
      connections: 64,
      locale: 'fr',
      mixedReaders: 300,
      mixedWrites: 60,
      quick: false,
      mongoUrl: null,
    })
    expect(readBenchConfig({ BENCH_ARTICLES: '200', BENCH_DURATION: '5' })).toMatchObject({ articles: 200, durationS: 5 })
    expect(readBenchConfig({ BENCH_QUICK: '1' })).toMatchObject({ articles: 200, durationS: 5, warmupS: 2, quick: true })
    expect(readBenchConfig({ BENCH_QUICK: '1', BENCH_ARTICLES: '1000' })).toMatchObject({ articles: 1000, durationS: 5 })
    expect(() => readBenchConfig({ BENCH_ARTICLES: '0' })).toThrow(/BENCH_ARTICLES/)
    expect(() => readBenchConfig({ BENCH_LOCALE: 'de' })).toThrow(/BENCH_LOCALE/)
  })

  it('selects routes by key and can leave the editor side out', () => {
    expect(readBenchConfig({})).toMatchObject({ routes: null, editor: true })
    expect(readBenchConfig({ BENCH_ROUTES: ' article, home ', BENCH_EDITOR: '0' })).toMatchObject({
      routes: ['article', 'home'],
      editor: false,
    })
    expect(readBenchConfig({ BENCH_ROUTES: ',' }).routes).toBeNull()
    expect(() => readBenchConfig({ BENCH_ROUTES: 'article,homepage' })).toThrow(/BENCH_ROUTES: unknown route homepage/)
  })

  it('reads GNU time and /proc status', () => {
    const time = '\tElapsed (wall clock) time (h:mm:ss or m:ss): 3:25.50\n\tMaximum resident set size (kbytes): 2345678\n'
    expect(parseGnuTime(time)).toEqual({ wallS: 205.5, maxRssKb: 2_345_678 })
    expect(parseGnuTime('nothing')).toEqual({ wallS: null, maxRssKb: null })
    expect(statusKb('VmHWM:\t  500 kB\nVmRSS:\t  400 kB\n', 'VmRSS')).toBe(400)
  })

  it('reads CPU ticks from /proc/<pid>/stat, whatever the command name holds', () => {
    // pid (comm) state ppid … utime=14 stime=15 cutime=16 cstime=17 …
    const fields = ['S', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '120', '30', '5', '2', '20', '0']
    expect(statCpuTicks(`4242 (next-server (v16)) ${fields.join(' ')}`)).toBe(157)
    expect(treeCpuMs(process.pid)).toBeGreaterThan(0)
  })
})

describe('bench load generator and mixed run', () => {
  it('reads wrk.lua’s report into ms and per-second figures', () => {
    const output =
      'Running 5s test @ http://127.0.0.1:1/\nWRK_JSON {"requests":10000,"durationUs":5000000,"bytes":50000000,"connect":0,"read":2,"write":0,"status":3,"timeout":1,"p50":1500,"p99":9000,"mean":1800.5,"max":20000}\n'
    expect(parseWrkOutput(output)).toEqual({
      requestsPerSec: 2000,
      latencyP50: 1.5,
      latencyP99: 9,
      latencyMean: 1.8005,
      requests: 10_000,
      non2xx: 3,
      errors: 2,
      timeouts: 1,
      throughputBytesPerSec: 10_000_000,
      durationS: 5,
    })
    expect(() => parseWrkOutput('unable to connect')).toThrow(/no report/)
  })

  it('runs wrk with the script, the connections and no body decoding of its own', () => {
    const args = wrkArgs('http://127.0.0.1:1/x', { connections: 64, durationS: 20, headers: { 'accept-language': 'fr' } })
    expect(args).toEqual(
      expect.arrayContaining(['-c', '64', '-d', '20s', '-t', '2', '-H', 'accept-language: fr', 'http://127.0.0.1:1/x']),
    )
    expect(args[args.indexOf('-s') + 1]).toMatch(/wrk\.lua$/)
  })

  it('a route near the generator’s ceiling is client-bound', () => {
    expect(isClientBound(9000, 10_000)).toBe(true)
    expect(isClientBound(5000, 10_000)).toBe(false)
    expect(isClientBound(5000, null)).toBeNull()
  })

  it('counts acknowledged writes the article does not hold as lost', () => {
    const write = (value: string, acknowledged: boolean) => ({ value, acknowledged, ms: 10 })
    const writes = [write('a', true), write('b', true), write('c', false), write('d', true)]
    expect(lostWrites(writes, 'd')).toBe(0)
    // Holds "c" (a save that timed out but landed): "d" after it was lost.
    expect(lostWrites(writes, 'c')).toBe(1)
    expect(lostWrites(writes, 'a')).toBe(2)
    expect(lostWrites(writes, null)).toBe(3)
  })
})

describe('bench query plans', () => {
  it('flags table scans, not scans of co-routines already narrowed by an index', () => {
    const plan = [
      'SEARCH articles USING INTEGER PRIMARY KEY (rowid=?)',
      'CORRELATED SCALAR SUBQUERY 2',
      'CO-ROUTINE articles_publicLocales',
      'SEARCH articles_publicLocales USING INDEX articles_public_locales_parent_idx (parent_id=?)',
      'USE TEMP B-TREE FOR ORDER BY',
      'SCAN articles_publicLocales',
      'CORRELATED SCALAR SUBQUERY 5',
      'SCAN articles__locales',
      'SCAN (subquery-2)',
      'SCAN articles USING INDEX articles_published_at_idx',
    ]
    expect(classifyPlan(plan)).toEqual({ fullScans: ['SCAN articles__locales'], tempSorts: ['USE TEMP B-TREE FOR ORDER BY'] })
  })
})
