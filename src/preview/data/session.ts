import type { Payload } from 'payload'

import type { User } from '@/payload-types'

/**
 * The signed-in Payload user of a request (the admin's session cookie), or null:
 * signed out, expired, or a session revoked by logging out. Asked again on every
 * preview request; the draft-mode cookie alone is not a right to anything.
 */
export async function sessionUser(payload: Payload, headers: Headers): Promise<User | null> {
  try {
    const { user } = await payload.auth({ headers })
    return user && user.collection === 'users' ? user : null
  } catch {
    // A malformed or foreign token is no session.
    return null
  }
}
