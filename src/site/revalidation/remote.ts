import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

import { env } from '@/env'

import type { Revalidation } from './targets'

/**
 * Revalidation asked of the Next server over HTTP, for code that runs outside
 * a request: a scheduled publication run by the jobs runner of a server, or
 * by the separate `npm run jobs` worker, which has no Next cache of its own.
 * The body is signed with the Payload secret and expires within a minute, so
 * only a process holding the secret can make the server revalidate.
 */

export const revalidatePath = '/revalidate'
export const signatureHeader = 'x-revalidation-signature'
const lifetimeMs = 60_000
const maxEntries = 2_000

export function signBody(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('hex')
}

export function hasValidSignature(secret: string, body: string, signature: string | null): boolean {
  if (!signature || !/^[0-9a-f]{64}$/.test(signature)) return false
  return timingSafeEqual(Buffer.from(signBody(secret, body), 'hex'), Buffer.from(signature, 'hex'))
}

function stringList(value: unknown, valid: (item: string) => boolean): string[] | null {
  if (!Array.isArray(value) || value.length > maxEntries) return null
  const items = value.filter((item): item is string => typeof item === 'string' && valid(item))
  return items.length === value.length ? items : null
}

const isPath = (item: string) => item.startsWith('/') && item.length <= 1_000
const isTag = (item: string) => item.length > 0 && item.length <= 256

/** The revalidation a signed body carries, or null when it is malformed or expired. */
export function readRevalidationBody(body: string, now = Date.now()): Revalidation | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null) return null
  const expires = Reflect.get(parsed, 'expires')
  if (typeof expires !== 'number' || expires < now || expires > now + lifetimeMs) return null
  const revalidation = Reflect.get(parsed, 'revalidation')
  if (typeof revalidation !== 'object' || revalidation === null) return null
  const paths = stringList(Reflect.get(revalidation, 'paths'), isPath)
  const tags = stringList(Reflect.get(revalidation, 'tags'), isTag)
  const rawRoutes: unknown = Reflect.get(revalidation, 'routes')
  if (!paths || !tags || !Array.isArray(rawRoutes) || rawRoutes.length > maxEntries) return null
  const routes: Revalidation['routes'] = []
  for (const entry of rawRoutes) {
    const route: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'route') : undefined
    const type: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'type') : undefined
    if (typeof route !== 'string' || !isPath(route) || (type !== 'page' && type !== 'layout')) return null
    routes.push({ route, type })
  }
  return { paths, routes, tags }
}

export function revalidationBody(revalidation: Revalidation, now = Date.now()): string {
  return JSON.stringify({ expires: now + lifetimeMs, revalidation })
}

export async function revalidateRemotely(revalidation: Revalidation, payload: Payload): Promise<void> {
  const body = revalidationBody(revalidation)
  const url = `${env.revalidateUrl}${payload.config.routes.api}${revalidatePath}`
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [signatureHeader]: signBody(payload.secret, body) },
    body,
    signal: AbortSignal.timeout(10_000),
  })
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
}
