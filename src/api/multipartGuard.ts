import busboy from 'busboy'

/**
 * Multipart bodies checked before Payload parses them. Payload reads them
 * with busboy and turns a parse error into a 500 (`new APIError(message)`
 * without a status, or a bare Error when the boundary is missing, or a
 * SyntaxError when the `_payload` field is not JSON). Here the same parser
 * reads the body first, with Payload's defaults, and any of those answers a
 * 400 that says what is wrong; a body that parses is handed on as it came.
 * Uploads are rare (editors' images), so reading one twice costs little.
 */

/** Payload's own test for "this is multipart" (payload/dist/utilities/addDataAndFileToRequest.js). */
export function isMultipart(request: Request): boolean {
  if (!['PATCH', 'POST', 'PUT'].includes(request.method.toUpperCase()) || request.body === null) return false
  const [mediaType] = (request.headers.get('content-type') ?? '').split(';', 1)
  return mediaType?.includes('multipart/') ?? false
}

function parse(contentType: string, body: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const fields = new Map<string, string>()
    // Throws when the content type is not multipart/form-data or has no boundary.
    const parser = busboy({ headers: { 'content-type': contentType } })
    parser.on('field', (name, value) => fields.set(name, value))
    parser.on('file', (_name, stream) => stream.resume())
    parser.on('error', reject)
    parser.on('close', () => resolve(fields))
    parser.end(body)
  })
}

function jsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  } catch {
    return false
  }
}

export type MultipartCheck = { problem: string } | { request: Request }

/** The request again (its body read once here) or what is wrong with its multipart body. */
export async function checkMultipart(request: Request): Promise<MultipartCheck> {
  const contentType = request.headers.get('content-type') ?? ''
  const [mediaType] = contentType.split(';', 1)
  if (mediaType?.trim().toLowerCase() !== 'multipart/form-data') {
    return { problem: `Multipart bodies must be multipart/form-data, not ${mediaType?.trim() || 'an empty type'}.` }
  }
  if (!/;\s*boundary\s*=\s*("[^"]+"|[^\s;"]+)/i.test(contentType)) {
    return { problem: 'A multipart/form-data body needs a boundary: Content-Type: multipart/form-data; boundary=….' }
  }
  const body = Buffer.from(await request.arrayBuffer())
  let fields: Map<string, string>
  try {
    fields = await parse(contentType, body)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { problem: `Malformed multipart/form-data body: ${reason.replace(/^Multipart: /, '')}.` }
  }
  const data = fields.get('_payload')
  if (data !== undefined && !jsonObject(data)) {
    return { problem: 'The "_payload" field of a multipart body must be a JSON object.' }
  }
  return { request: new Request(request.url, { method: request.method, headers: request.headers, body }) }
}
