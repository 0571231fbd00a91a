/**
 * What the glossary's import button makes of the server's answer (GlossaryTransferClient.tsx):
 * the message, and for a refusal each problem the server listed.
 */
export type Outcome = { ok: boolean; text: string; problems: string[] }

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** The answer's message and, for a refusal, each problem's message (Payload's `errors[0].data`). */
export function outcomeOf(json: unknown, ok: boolean, fallback: string): Outcome {
  if (!isObject(json)) return { ok, text: fallback, problems: [] }
  if (typeof json.message === 'string') return { ok, text: json.message, problems: [] }
  const first: unknown = Array.isArray(json.errors) ? json.errors[0] : undefined
  if (!isObject(first)) return { ok, text: fallback, problems: [] }
  const data = isObject(first.data) ? first.data : {}
  const problems = Array.isArray(data.problems)
    ? data.problems.flatMap((problem: unknown) =>
        isObject(problem) && typeof problem.message === 'string' ? [problem.message] : [],
      )
    : []
  return { ok, text: typeof first.message === 'string' ? first.message : fallback, problems }
}

/** What the import endpoint is told the file is (a browser leaves .tbx files untyped). */
export function contentTypeOf(file: Pick<File, 'type' | 'name'>): string {
  if (file.type) return file.type
  return /\.csv$/i.test(file.name)
    ? 'text/csv'
    : /\.(tbx|xml)$/i.test(file.name)
      ? 'application/x-tbx+xml'
      : 'application/octet-stream'
}
