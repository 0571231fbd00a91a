import { MachineTranslationError, type MachineTranslationFailure } from './provider'

const REQUEST_TIMEOUT_MS = 20_000

export type ProviderResponse = { status: number; body: unknown }

/** Posts JSON and reads JSON; a network failure or timeout is the provider being unavailable. */
export async function postJson(
  provider: string,
  url: string,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<ProviderResponse> {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
  } catch (error) {
    throw new MachineTranslationError('unavailable', provider, error instanceof Error ? error.message : String(error))
  }
  const text = await response.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // Some errors (a proxy's 502) come as HTML; the text is kept as the detail.
  }
  return { status: response.status, body }
}

/** The message a provider put in its error body, whichever key it uses. */
export function errorDetail(body: unknown): string {
  if (typeof body === 'string') return body.slice(0, 300)
  if (body && typeof body === 'object') {
    for (const key of ['message', 'error', 'detail'] as const) {
      const value = (body as Record<string, unknown>)[key]
      if (typeof value === 'string') return value
    }
  }
  return 'no detail'
}

/** The HTTP meanings the providers share; each adds its own codes (DeepL's 456) in `own`. */
function failureKind(status: number, own: Partial<Record<number, MachineTranslationFailure>>): MachineTranslationFailure {
  const special = own[status]
  if (special) return special
  if (status === 401 || status === 403) return 'auth'
  if (status === 429) return 'rateLimit'
  if (status === 413) return 'tooLarge'
  if (status >= 400 && status < 500) return 'badRequest'
  return 'unavailable'
}

/** The refusal of a non-200 answer, with the provider's own words as the detail. */
export function refusal(
  provider: string,
  response: ProviderResponse,
  own: Partial<Record<number, MachineTranslationFailure>> = {},
): MachineTranslationError {
  return new MachineTranslationError(failureKind(response.status, own), provider, errorDetail(response.body), response.status)
}
