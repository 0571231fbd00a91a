import type { Endpoint } from 'payload'

import { hasValidSignature, readRevalidationBody, revalidatePath, signatureHeader } from './remote'
import { clearNextCache } from './revalidate'

/**
 * `POST /api/revalidate`: clears what a signed body names from this server's
 * Next cache (./remote.ts). 403 without a valid signature, 400 for a body that
 * is malformed or expired, in Payload's error shape like the rest of the API; never cached.
 */
export const revalidateEndpoint: Endpoint = {
  path: revalidatePath,
  method: 'post',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    const body = req.text ? await req.text() : ''
    if (!hasValidSignature(req.payload.secret, body, req.headers.get(signatureHeader))) {
      return Response.json({ errors: [{ message: 'A valid revalidation signature is required.' }] }, { status: 403, headers })
    }
    const revalidation = readRevalidationBody(body)
    if (!revalidation) {
      return Response.json({ errors: [{ message: 'The revalidation is malformed or expired.' }] }, { status: 400, headers })
    }
    await clearNextCache(revalidation, req.payload)
    return Response.json({ revalidated: true }, { headers })
  },
}
