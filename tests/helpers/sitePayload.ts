import type { Payload } from 'payload'

import { createTestPayload, type TestPayload } from './testPayload'

/**
 * Stands in for `src/site/payload` in integration tests, so the site's reads
 * (`sitePayload()`) go to the test file's own database:
 *
 *   vi.mock('@/site/payload', () => import('../helpers/sitePayload'))
 *   const ctx = await createSiteTestPayload()
 */

let current: Payload | undefined

export async function sitePayload(): Promise<Payload> {
  if (!current) throw new Error('test payload not ready: call createSiteTestPayload() first')
  return current
}

/** A fresh test database that the site's reads use from now on. */
export async function createSiteTestPayload(): Promise<TestPayload> {
  const ctx = await createTestPayload()
  current = ctx.payload
  return ctx
}
