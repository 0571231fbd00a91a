import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql'
import { APIError, type SanitizedConfig } from 'payload'

/** Deeper than any query the site or the admin sends (articles → topic → … stays under 10). */
export const maxQueryDepth = 15
/** More top-level fields than a page needs: each one is a query of its own, and aliases make them free to repeat. */
export const maxRootFields = 25

/**
 * Why a query must not reach Payload's handler, or null. Payload runs its
 * complexity estimator in the same validation pass as graphql-js's
 * NoFragmentCyclesRule, and the estimator follows fragment spreads without
 * end: a cycle overflows the stack (a 500, cheap for anyone). Checked here
 * first, on the syntax tree alone, with a depth cap.
 */
export function queryShapeProblem(query: string, maxDepth = maxQueryDepth): string | null {
  let document: DocumentNode
  try {
    document = parse(query)
  } catch {
    // Syntax errors: graphql-http answers them properly itself.
    return null
  }
  const fragments = new Map<string, SelectionSetNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition.selectionSet)
  }
  // Depth of a selection set, fragments expanded; `visiting` holds the fragments on the current path.
  const depthOf = (selectionSet: SelectionSetNode, visiting: Set<string>): number | string => {
    let deepest = 0
    for (const selection of selectionSet.selections) {
      let depth: number | string = 0
      if (selection.kind === Kind.FIELD) {
        depth = selection.selectionSet ? depthOf(selection.selectionSet, visiting) : 0
        if (typeof depth === 'number') depth += 1
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        depth = depthOf(selection.selectionSet, visiting)
      } else {
        const name = selection.name.value
        if (visiting.has(name)) return `Cannot spread fragment "${name}" within itself.`
        const fragment = fragments.get(name)
        if (!fragment) continue
        visiting.add(name)
        depth = depthOf(fragment, visiting)
        visiting.delete(name)
      }
      if (typeof depth === 'string') return depth
      deepest = Math.max(deepest, depth)
      if (deepest > maxDepth) return `The query is deeper than ${maxDepth} levels.`
    }
    return deepest
  }
  for (const definition of document.definitions) {
    // Fragments are checked through the operations that use them, and on their own for unused cycles.
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const visiting = new Set<string>(definition.kind === Kind.FRAGMENT_DEFINITION ? [definition.name.value] : [])
    const result = depthOf(definition.selectionSet, visiting)
    if (typeof result === 'string') return result
  }
  // No cycles past this point: the root fields of each operation, fragments expanded (each counted once, then remembered).
  const fragmentFields = new Map<string, number>()
  const rootFields = (selectionSet: SelectionSetNode): number =>
    selectionSet.selections.reduce((count, selection) => {
      if (selection.kind === Kind.FIELD) return count + 1
      if (selection.kind === Kind.INLINE_FRAGMENT) return count + rootFields(selection.selectionSet)
      const name = selection.name.value
      const fragment = fragments.get(name)
      if (!fragment) return count
      const known = fragmentFields.get(name) ?? rootFields(fragment)
      fragmentFields.set(name, known)
      return count + known
    }, 0)
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && rootFields(definition.selectionSet) > maxRootFields) {
      return `The query asks for more than ${maxRootFields} top-level fields; split it.`
    }
  }
  return null
}

function badRequest(message: string, status = 400): Response {
  return Response.json({ errors: [{ message, extensions: { statusCode: status } }] }, { status })
}

/** The query of a JSON POST body, if there is one to check. */
async function queryOf(request: Request): Promise<unknown> {
  try {
    const body: unknown = JSON.parse(await request.clone().text())
    return typeof body === 'object' && body !== null && 'query' in body ? body.query : undefined
  } catch {
    return undefined
  }
}

/** Payload's GraphQL POST handler behind the shape check, with its client errors (bad JSON…) answered as such. */
export function guardedGraphQLPost(config: SanitizedConfig | Promise<SanitizedConfig>): (request: Request) => Promise<Response> {
  const handler = GRAPHQL_POST(config)
  return async (request) => {
    const contentType = (request.headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase()
    // graphql-http answers anything else 415 with an empty body; say why.
    if (request.method === 'POST' && contentType !== 'application/json')
      return badRequest('GraphQL requests must be sent as application/json.', 415)
    const query = await queryOf(request)
    const problem = typeof query === 'string' ? queryShapeProblem(query) : null
    if (problem) return badRequest(problem)
    try {
      return await handler(request)
    } catch (error) {
      // Thrown before Payload's own error handling (it parses the body first): only its 4xx are the client's.
      if (error instanceof APIError && error.status >= 400 && error.status < 500) return badRequest(error.message, error.status)
      throw error
    }
  }
}
