import type { Endpoint } from 'payload'

/** Answers Payload's email-verification route on an auth collection that does not verify emails. */
export const unverifiableEmailEndpoint: Endpoint = {
  path: '/verify/:id',
  method: 'post',
  handler: () => Response.json({ errors: [{ message: 'Email verification is not enabled.' }] }, { status: 404 }),
}
