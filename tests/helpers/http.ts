import { handleEndpoints, type Payload } from 'payload'

import { guardedGraphQLPost } from '@/api/graphqlGuard'
import { guardedRest } from '@/api/restGuard'

/**
 * REST and GraphQL through Payload's own request handlers, in-process: the same
 * code paths as /api and /api/graphql (app/(payload)/api/…/route.ts), without a server.
 */
export type Caller = {
  token?: string
  /** Extra request headers, e.g. `X-Forwarded-For` for the client address. */
  headers?: Record<string, string>
}

function headers(caller: Caller, json: boolean): Headers {
  const result = new Headers(caller.headers)
  if (json) result.set('Content-Type', 'application/json')
  if (caller.token) result.set('Authorization', `JWT ${caller.token}`)
  return result
}

/** handleEndpoints behind the same guard as the REST route. */
function restHandler(payload: Payload): (request: Request) => Promise<Response> {
  return guardedRest((request: Request) => handleEndpoints({ config: payload.config, request }))
}

export async function rest(
  payload: Payload,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  options: Caller & { body?: unknown } = {},
): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers: headers(options, options.body !== undefined),
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const response = await restHandler(payload)(request)
  const text = await response.text()
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: response.headers }
}

/**
 * Any method, a raw body and its content type, and the answer's text: for
 * requests a well-behaved client never sends (TRACE, malformed JSON…).
 * `graphql: true` sends it to the GraphQL handler instead of the REST one.
 */
export async function rawRequest(
  payload: Payload,
  method: string,
  path: string,
  options: Caller & { body?: string; contentType?: string; graphql?: boolean } = {},
): Promise<{ status: number; text: string; headers: Headers }> {
  const requestHeaders = headers(options, false)
  if (options.contentType) requestHeaders.set('Content-Type', options.contentType)
  // The GraphQL-over-HTTP media type: invalid queries then answer 400 instead of 200.
  if (options.graphql) requestHeaders.set('Accept', 'application/graphql-response+json')
  const url = options.graphql ? `http://localhost:3000/api/graphql${path}` : `http://localhost:3000/api${path}`
  const request = new Request(url, { method, headers: requestHeaders, body: options.body })
  const response = options.graphql ? await guardedGraphQLPost(payload.config)(request) : await restHandler(payload)(request)
  return { status: response.status, text: await response.text(), headers: response.headers }
}

/** A `GET` whose answer is bytes (an uploaded file), with the request headers given. */
export async function getBytes(
  payload: Payload,
  path: string,
  options: Caller = {},
): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const response = await restHandler(payload)(
    new Request(`http://localhost:3000/api${path}`, { headers: headers(options, false) }),
  )
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers }
}

export type GraphQLResult = {
  data?: Record<string, unknown> | null
  errors?: { message: string; extensions?: { statusCode?: number } }[]
}

export type GraphQLOptions = Caller & {
  variables?: Record<string, unknown>
  /** Query string of the request URL: Payload also reads `locale` and `fallback-locale` there. */
  search?: string
}

export async function graphqlResponse(
  payload: Payload,
  query: string,
  options: GraphQLOptions = {},
): Promise<{ status: number; body: GraphQLResult }> {
  const request = new Request(`http://localhost:3000/api/graphql${options.search ? `?${options.search}` : ''}`, {
    method: 'POST',
    headers: headers(options, true),
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  })
  const response = await guardedGraphQLPost(payload.config)(request)
  return { status: response.status, body: (await response.json()) as GraphQLResult }
}

export async function graphql(payload: Payload, query: string, options: GraphQLOptions = {}): Promise<GraphQLResult> {
  return (await graphqlResponse(payload, query, options)).body
}

export async function tokenFor(payload: Payload, email: string, password: string): Promise<string> {
  const result = await payload.login({ collection: 'users', data: { email, password } })
  if (!result.token) throw new Error(`login failed for ${email}`)
  return result.token
}
