import { timeWrite } from '@/db/writeTimings'
import { isDecodablePath } from '@/site/pathDecoding'
import { checkMultipart, isMultipart } from './multipartGuard'

function badRequest(message: string): Response {
  return Response.json({ errors: [{ message }] }, { status: 400 })
}

/** Whether a query parameter Payload JSON.parses as a whole (`?where={…}`), when given that way, parses. */
function jsonParamProblem(url: URL, name: string): string | null {
  const value = url.searchParams.get(name)
  if (value === null || value === '') return null
  try {
    JSON.parse(value)
    return null
  } catch {
    return `The "${name}" parameter must be JSON (or use ${name}[field][operator]=… instead).`
  }
}

/**
 * What Payload's REST handler chokes on before any collection hook runs
 * (src/api/inputGuards.ts handles the rest): a path whose percent-escapes do
 * not decode (its router's decodeURIComponent throws) and `where`/`data`
 * parameters sent as one malformed JSON string (its JSON.parse throws). Both
 * surfaced as 500s.
 */
export function restRequestProblem(request: Request): string | null {
  const url = new URL(request.url)
  if (!isDecodablePath(url.pathname)) return 'Malformed percent-encoding in the path.'
  return jsonParamProblem(url, 'where') ?? jsonParamProblem(url, 'data')
}

/** A REST route handler (or tests' direct handleEndpoints call) behind restRequestProblem and the multipart check. */
export function guardedRest<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return (request, ...rest) => timeWrite(request, () => guarded(request, ...rest))
  async function guarded(request: Request, ...rest: Rest): Promise<Response> {
    const problem = restRequestProblem(request)
    if (problem) return badRequest(problem)
    if (!isMultipart(request)) return handler(request, ...rest)
    const multipart = await checkMultipart(request)
    return 'problem' in multipart ? badRequest(multipart.problem) : handler(multipart.request, ...rest)
  }
}
