import type { BenchConfig } from '../config'
import { login, timedRequests } from '../lib/http'
import { percentile, summarize } from '../lib/stats'
import { readFileSync } from 'node:fs'

import type { WriteTiming } from '@/db/writeTimings'

import type { MixedRunResult, PublishResult, SeedTaskResult, TimedRequests, WritePhases } from '../lib/types'
import { load } from '../lib/wrk'
import { errorText, log, sleep } from './context'

/** Phase 5: the editor's side — publish → visible, the admin list, and saves under read load (#12). */

export const EDITOR_EMAIL = 'editor@example.com'
const WRITE_TIMEOUT_MS = 30_000

export async function publishToVisible(
  baseUrl: string,
  token: string,
  seed: SeedTaskResult,
  articlePath: string,
  locale: string,
  articleStatus: number | null,
  /** Where the page is watched: the same server by default, Varnish in front of the replicas in the scale-out phase. */
  readBaseUrl: string = baseUrl,
): Promise<PublishResult> {
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
    const page = await fetch(`${readBaseUrl}${articlePath}`, { signal: AbortSignal.timeout(30_000) })
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

export type AdminTimings = { adminApi: TimedRequests; adminApiDraft: TimedRequests; adminView: TimedRequests }

export async function adminTimings(baseUrl: string, token: string, samples: number): Promise<AdminTimings> {
  const auth = { authorization: `JWT ${token}` }
  const list = `${baseUrl}/api/articles?limit=10&page=1&sort=-updatedAt&depth=0`
  const adminApi = await timedRequests(list, samples, auth)
  const adminApiDraft = await timedRequests(`${list}&draft=true`, samples, auth)
  const adminView = await timedRequests(`${baseUrl}/admin/collections/articles`, Math.max(3, Math.round(samples / 2)), {
    cookie: `payload-token=${token}`,
  })
  log(`admin list API p50 ${adminApi.p50.toFixed(1)} ms; list view p50 ${adminView.p50.toFixed(0)} ms (HTTP ${adminView.status})`)
  return { adminApi, adminApiDraft, adminView }
}

export type Write = { value: string; acknowledged: boolean; ms: number }

/** The article's published Italian summary, as the editor reads it back. */
async function publishedSummary(baseUrl: string, token: string, id: number | string): Promise<string | null> {
  const response = await fetch(`${baseUrl}/api/articles/${id}?locale=it&depth=0`, {
    headers: { authorization: `JWT ${token}` },
    signal: AbortSignal.timeout(60_000),
  })
  if (!response.ok) return null
  const doc = (await response.json()) as { summary?: unknown }
  return typeof doc.summary === 'string' ? doc.summary : null
}

/**
 * Acknowledged writes that the article does not hold: each article is saved by
 * one editor in sequence, so its final value is one of its writes; the
 * acknowledged writes after that one were lost.
 */
export function lostWrites(writes: readonly Write[], finalValue: string | null): number {
  let index = -1
  writes.forEach((write, at) => {
    if (write.value === finalValue) index = at
  })
  return writes.slice(index + 1).filter((write) => write.acknowledged).length
}

const mark = (timing: WriteTiming, phase: string) => timing.marks.find(([name]) => name === phase)?.[1]
const lastMark = (timing: WriteTiming, phase: string) => [...timing.marks].reverse().find(([name]) => name === phase)?.[1]
const p50p99 = (samples: number[]) => ({ p50: percentile(samples, 50), p99: percentile(samples, 99) })

/** The server's timestamps of the saves of `paths` (JSON lines of src/db/writeTimings.ts), by phase. */
export function writePhases(lines: readonly string[], paths: ReadonlySet<string>): WritePhases {
  const timings = lines
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as WriteTiming)
    .filter((timing) => paths.has(timing.path))
  const done = timings.filter((timing) => timing.status !== null)
  const spans = (from: string, to: string) =>
    done.flatMap((timing) => {
      const start = mark(timing, from)
      const end = lastMark(timing, to)
      return start === undefined || end === undefined ? [] : [end - start]
    })
  return {
    saves: timings.length,
    stuck: timings.length - done.length,
    handler: p50p99(done.map((timing) => lastMark(timing, 'response') ?? Number.NaN)),
    writerWait: p50p99(spans('transaction queued', 'transaction begun')),
    transaction: p50p99(spans('transaction begun', 'ended')),
    loopDelayMax: p50p99(done.map((timing) => timing.loopDelay.max)),
  }
}

function readWritePhases(file: string | null, paths: ReadonlySet<string>): WritePhases | null {
  if (!file) return null
  try {
    return writePhases(readFileSync(file, 'utf8').split('\n'), paths)
  } catch {
    return null
  }
}

/**
 * #12's mixed run: `mixedReaders` connections read the cached article while
 * `mixedWriters` editors publish saves of other articles' Italian summary, one
 * after another (at most `mixedWrites` in all, only while the readers run).
 * Reports write latency, failures (the editor was told) and lost writes
 * (acknowledged, then missing).
 */
export async function mixedRun(
  baseUrl: string,
  token: string,
  readerPath: string,
  config: BenchConfig,
  writeTimings: string | null = null,
): Promise<MixedRunResult> {
  const durationS = Math.max(10, config.durationS * 2)
  const result: MixedRunResult = {
    readers: config.mixedReaders,
    readerPath,
    readersLoad: null,
    writers: config.mixedWriters,
    writes: 0,
    acknowledged: 0,
    failed: 0,
    lost: 0,
    write: { ...summarize([]), p99: Number.NaN },
    server: null,
    errors: [],
  }
  const listed = await fetch(
    `${baseUrl}/api/articles?limit=${config.mixedWriters}&sort=id&depth=0&where[_status][equals]=published`,
    { headers: { authorization: `JWT ${token}` } },
  )
  const ids = ((await listed.json()) as { docs?: { id: number | string }[] }).docs?.map((doc) => doc.id) ?? []
  if (ids.length === 0) {
    result.errors.push('no published article to save')
    return result
  }
  result.writers = ids.length
  let readersDone = false
  const readers = load(`${baseUrl}${readerPath}`, { connections: config.mixedReaders, durationS }).finally(
    () => (readersDone = true),
  )
  await sleep(1000)
  const perArticle = new Map<number | string, Write[]>()
  let budget = config.mixedWrites
  const writer = async (id: number | string) => {
    const writes: Write[] = []
    perArticle.set(id, writes)
    while (!readersDone && budget > 0) {
      budget -= 1
      const value = `Bench save ${id}-${writes.length} ${Date.now().toString(36)}`
      const started = performance.now()
      let acknowledged = false
      try {
        const response = await fetch(`${baseUrl}/api/articles/${id}?locale=it&depth=0`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
          body: JSON.stringify({ summary: value, _status: 'published' }),
          signal: AbortSignal.timeout(WRITE_TIMEOUT_MS),
        })
        await response.arrayBuffer()
        acknowledged = response.ok
        if (!response.ok && result.errors.length < 5) result.errors.push(`save answered HTTP ${response.status}`)
      } catch (error) {
        if (result.errors.length < 5) result.errors.push(`save failed: ${errorText(error)}`)
      }
      writes.push({ value, acknowledged, ms: performance.now() - started })
    }
  }
  await Promise.all(ids.map(writer))
  try {
    result.readersLoad = await readers
  } catch (error) {
    result.errors.push(`readers: ${errorText(error)}`)
  }
  const all = [...perArticle.values()].flat()
  result.writes = all.length
  result.acknowledged = all.filter((write) => write.acknowledged).length
  result.failed = result.writes - result.acknowledged
  const times = all.filter((write) => write.acknowledged).map((write) => write.ms)
  result.write = { ...summarize(times), p99: percentile(times, 99) }
  for (const [id, writes] of perArticle) result.lost += lostWrites(writes, await publishedSummary(baseUrl, token, id))
  result.server = readWritePhases(writeTimings, new Set(ids.map((id) => `/api/articles/${id}`)))
  log(
    `mixed run: ${result.writes} saves under ${result.readers} readers, p50 ${result.write.p50.toFixed(0)} ms, p99 ${result.write.p99.toFixed(0)} ms, ${result.failed} failed, ${result.lost} lost`,
  )
  const server = result.server
  if (server) {
    log(
      `  in the server: handler p50 ${server.handler.p50.toFixed(0)} / p99 ${server.handler.p99.toFixed(0)} ms, ` +
        `writer wait ${server.writerWait.p50.toFixed(0)} / ${server.writerWait.p99.toFixed(0)} ms, ` +
        `transaction ${server.transaction.p50.toFixed(0)} / ${server.transaction.p99.toFixed(0)} ms, ` +
        `event-loop delay (max per save) ${server.loopDelayMax.p50.toFixed(0)} / ${server.loopDelayMax.p99.toFixed(0)} ms, ${server.stuck} stuck past 20 s`,
    )
  }
  return result
}

export { login }
