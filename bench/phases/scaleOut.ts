import { redisMissing, startRedis, type Redis } from '../../tests/helpers/redis'
import { startVarnish, varnishMissing, type Varnish } from '../../tests/helpers/varnish'
import type { BenchConfig } from '../config'
import { login, probe } from '../lib/http'
import { freePort, stopProcess } from '../lib/processes'
import type { BenchRoute } from '../lib/routes'
import { ratioToBaseline } from '../lib/stats'
import type { PublishResult, RouteResult, SeedTaskResult } from '../lib/types'
import { errorText, log } from './context'
import { EDITOR_EMAIL, publishToVisible } from './editor'
import { emptyResult, measureRoute } from './load'
import { appUrl, startApp, type Server } from './serve'

/**
 * Phase 6 (#16): the deployment that scales out. Two replicas of the build on
 * the same database share one Redis (Next's cache) behind Varnish running
 * `varnish.vcl`; loads the article page and the REST find by slug through
 * Varnish (against the static server, the generator's ceiling), then an
 * editor's save through replica A watched through Varnish. Skipped, and said
 * so, where Redis or Varnish is not installed.
 */

export type ScaleOutResult = { routes: RouteResult[]; publish: PublishResult; skipped: string | null }

export async function scaleOut(options: {
  env: NodeJS.ProcessEnv
  kind: string
  config: BenchConfig
  seed: SeedTaskResult
  password: string
  routes: BenchRoute[]
  sourcePath: string
  ceilingRps: number | null
}): Promise<ScaleOutResult> {
  const { config, kind } = options
  const notRun = (why: string): ScaleOutResult => ({
    routes: [],
    publish: { path: options.sourcePath, saveMs: null, visibleMs: null, polls: 0, error: why },
    skipped: why,
  })
  const missing = redisMissing() ?? varnishMissing()
  if (missing) return notRun(missing)

  let redis: Redis | null = null
  let varnish: Varnish | null = null
  const replicas: Server[] = []
  try {
    redis = await startRedis()
    const [portA, portB, varnishPort] = [await freePort(), await freePort(), await freePort()]
    for (const [port, name] of [
      [portA, 'a'],
      [portB, 'b'],
    ] as const) {
      replicas.push(
        await startApp(
          {
            ...options.env,
            NEXT_PUBLIC_SERVER_URL: appUrl(port),
            JOBS_AUTORUN: 'false',
            REDIS_URL: redis.url,
            CACHE_PURGE: 'varnish',
            VARNISH_PURGE_URLS: `http://127.0.0.1:${varnishPort}/`,
          },
          port,
          `replica-${name}-${kind}.log`,
        ),
      )
    }
    varnish = await startVarnish({
      backends: [portA, portB].map((port) => ({ host: '127.0.0.1', port })),
      port: varnishPort,
    })
    log(`[${kind}] scale-out: replicas on ${portA} and ${portB}, Redis ${redis.url}, Varnish ${varnish.url}`)

    const results: RouteResult[] = []
    for (const key of ['article', 'rest']) {
      const route = options.routes.find((candidate) => candidate.key === key)
      if (!route) continue
      const through: BenchRoute = {
        key: `varnish-${key}`,
        label: `${route.label} through Varnish (2 replicas, Redis)`,
        path: route.path,
      }
      const url = `${varnish.url}${route.path}`
      try {
        await probe(url)
        const { body: _body, ...probed } = await probe(url)
        log(`[${kind}] load: ${through.label}`)
        const result = await measureRoute(
          through,
          { url, pid: varnish.pid, countDir: null, ceilingRps: options.ceilingRps },
          config,
          probed,
        )
        result.ratio = ratioToBaseline(result.load?.requestsPerSec, options.ceilingRps)
        if (result.load)
          log(
            `[${kind}]   ${result.load.requestsPerSec.toFixed(0)} req/s, p99 ${result.load.latencyP99.toFixed(1)} ms, × static ${result.ratio?.toFixed(2) ?? '—'}`,
          )
        results.push(result)
      } catch (error) {
        results.push({ ...emptyResult(through, null), skipped: errorText(error) })
      }
    }

    const [replicaA] = replicas
    if (!replicaA) return { ...notRun('replica A did not start'), routes: results }
    const token = await login(replicaA.baseUrl, EDITOR_EMAIL, options.password)
    // Cached in Varnish and in Redis first, so only the purge and the shared revalidation can show the change.
    await probe(`${varnish.url}${options.sourcePath}`)
    await probe(`${varnish.url}${options.sourcePath}`)
    const publish = await publishToVisible(replicaA.baseUrl, token, options.seed, options.sourcePath, 'it', 200, varnish.url)
    log(
      `[${kind}] publish on replica A → visible through Varnish: ${publish.visibleMs === null ? publish.error : `${publish.visibleMs.toFixed(0)} ms`}`,
    )
    return { routes: results, publish, skipped: null }
  } catch (error) {
    return notRun(`scale-out phase failed: ${errorText(error)}`)
  } finally {
    await varnish?.stop()
    for (const replica of replicas) await stopProcess(replica.started.child)
    await redis?.stop()
  }
}
