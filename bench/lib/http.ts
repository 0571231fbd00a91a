import { summarize } from './stats'
import type { RouteProbe, TimedRequests } from './types'

/** One GET, redirects not followed: what the route answers, how big and with which cache headers. */
export async function probe(url: string, headers: Record<string, string> = {}): Promise<RouteProbe & { body: Buffer }> {
  const started = performance.now()
  const response = await fetch(url, { redirect: 'manual', headers, signal: AbortSignal.timeout(60_000) })
  const body = Buffer.from(await response.arrayBuffer())
  return {
    status: response.status,
    bytes: body.length,
    ms: performance.now() - started,
    cacheControl: response.headers.get('cache-control'),
    nextCache: response.headers.get('x-nextjs-cache'),
    contentType: response.headers.get('content-type'),
    location: response.headers.get('location'),
    body,
  }
}

/** Up to `count` sequential GETs (fewer if `budgetMs` runs out) after one untimed warm-up request. */
export async function timedRequests(
  url: string,
  count: number,
  headers: Record<string, string> = {},
  budgetMs = 60_000,
): Promise<TimedRequests> {
  let status = 0
  let non2xx = 0
  const get = async () => {
    const response = await fetch(url, { redirect: 'manual', headers, signal: AbortSignal.timeout(60_000) })
    await response.arrayBuffer()
    status = response.status
    if (response.status < 200 || response.status >= 300) non2xx += 1
  }
  await get()
  non2xx = 0
  const samples: number[] = []
  const budgetEnds = performance.now() + budgetMs
  for (let i = 0; i < count && performance.now() < budgetEnds; i += 1) {
    const started = performance.now()
    await get()
    samples.push(performance.now() - started)
  }
  return { ...summarize(samples), status, non2xx }
}

/** Logs in through REST and returns the JWT (for `Authorization: JWT …` and the `payload-token` cookie). */
export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
    signal: AbortSignal.timeout(60_000),
  })
  const body: unknown = await response.json()
  const token = typeof body === 'object' && body !== null ? (body as { token?: unknown }).token : undefined
  if (!response.ok || typeof token !== 'string') throw new Error(`login as ${email} failed: HTTP ${response.status}`)
  return token
}
