import { getOperationAST, parse } from 'graphql'
import type { SanitizedConfig } from 'payload'

import { apiKey, siteKey } from '@/site/revalidation/surrogateKeys'
import { guardedGraphQLPost } from './graphqlGuard'
import { isAnonymous, publicAnswer } from './publicCaching'

/**
 * GraphQL over `GET` (`/api/graphql?query=…&variables=…&operationName=…`, as
 * the GraphQL-over-HTTP spec puts it), which Payload does not serve: a headless
 * front end's read queries become URLs a cache can keep. Only queries: a
 * mutation sent this way is refused (405), as the spec asks, since a GET must
 * change nothing. The query runs through the same guarded handler as a POST.
 *
 * An anonymous answer without errors is public for a minute, like the REST
 * reads, and filed under `site` and `api`: a GraphQL answer may hold any
 * document, and every purge evicts the `api` answers. A signed-in caller's
 * answer is private.
 */

type Parsed =
  | { ok: true; body: { query: string; variables?: Record<string, unknown>; operationName?: string } }
  | { ok: false; response: Response }

function refusal(message: string, status = 400, headers: Record<string, string> = {}): Response {
  return Response.json(
    { errors: [{ message, extensions: { statusCode: status } }] },
    { status, headers: { 'Cache-Control': 'no-store', ...headers } },
  )
}

/** The operation the query would run ('query', 'mutation'…), or null when graphql-js will say what is wrong with it. */
export function operationKind(query: string, operationName: string | undefined): string | null {
  try {
    return getOperationAST(parse(query), operationName)?.operation ?? null
  } catch {
    return null
  }
}

/** Deeper than any filter a front end sends; deeper values only serve to exhaust the stack. */
export const maxVariablesDepth = 32

/** The nesting depth of a parsed JSON value, counted without recursion. */
function jsonDepth(value: unknown): number {
  let deepest = 0
  const pending: [unknown, number][] = [[value, 1]]
  while (pending.length > 0) {
    const [item, depth] = pending.pop() ?? [null, 0]
    if (typeof item !== 'object' || item === null) continue
    deepest = Math.max(deepest, depth)
    if (deepest > maxVariablesDepth) return deepest
    for (const child of Object.values(item)) pending.push([child, depth + 1])
  }
  return deepest
}

export function readGraphQLGet(url: URL): Parsed {
  const query = url.searchParams.get('query')
  if (!query) return { ok: false, response: refusal('A GraphQL GET request needs a `query` parameter.') }
  const operationName = url.searchParams.get('operationName') || undefined
  const rawVariables = url.searchParams.get('variables')
  let variables: Record<string, unknown> | undefined
  if (rawVariables) {
    let parsed: unknown
    try {
      parsed = JSON.parse(rawVariables)
    } catch {
      return { ok: false, response: refusal('`variables` must be a JSON object.') }
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return { ok: false, response: refusal('`variables` must be a JSON object.') }
    }
    if (jsonDepth(parsed) > maxVariablesDepth) {
      return { ok: false, response: refusal(`\`variables\` are nested deeper than ${maxVariablesDepth} levels.`) }
    }
    variables = { ...parsed }
  }
  const kind = operationKind(query, operationName)
  if (kind !== null && kind !== 'query') {
    return {
      ok: false,
      response: refusal(`Only queries may be sent with GET; send this ${kind} with POST.`, 405, { Allow: 'GET, POST' }),
    }
  }
  return { ok: true, body: { query, variables, operationName } }
}

/** A clean answer: a JSON object with `data` and no `errors` (graphql-js can also answer a bare array of errors). */
function isCleanAnswer(response: Response, body: Buffer): boolean {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return false
  try {
    const json: unknown = JSON.parse(body.toString('utf8'))
    return (
      typeof json === 'object' &&
      json !== null &&
      !Array.isArray(json) &&
      !('errors' in json) &&
      Reflect.get(json, 'data') != null
    )
  } catch {
    return false
  }
}

export function guardedGraphQLGet(config: SanitizedConfig | Promise<SanitizedConfig>): (request: Request) => Promise<Response> {
  const post = guardedGraphQLPost(config)
  return async (request) => {
    const url = new URL(request.url)
    const parsed = readGraphQLGet(url)
    if (!parsed.ok) return parsed.response
    const headers = new Headers(request.headers)
    headers.set('Content-Type', 'application/json')
    // One answer shape per URL: the cache in front keys by URL alone, and graphql-http picks the type from Accept.
    headers.set('Accept', 'application/json')
    headers.delete('content-length')
    const response = await post(
      new Request(`${url.origin}${url.pathname}`, { method: 'POST', headers, body: JSON.stringify(parsed.body) }),
    )
    if (!isAnonymous(request)) {
      const answer = new Response(response.body, response)
      answer.headers.set('Cache-Control', 'private, no-store')
      return answer
    }
    const body = Buffer.from(await response.arrayBuffer())
    if (response.status !== 200 || !isCleanAnswer(response, body)) {
      const headers = new Headers(response.headers)
      headers.set('Cache-Control', 'no-store')
      headers.delete('content-length')
      return new Response(body, { status: response.status, headers })
    }
    return publicAnswer(request, response, body, [siteKey, apiKey])
  }
}
