import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

import { buildAppConfig, type AppConfigOptions } from '@/buildConfig'

export type TestPayload = { payload: Payload; databaseUrl: string; cleanup: () => Promise<void> }

function mongoDatabaseUrl(base: string, name: string): string {
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * A Payload instance on a brand-new database, one per test file: a temporary
 * SQLite file (never ./data), or a fresh MongoDB database when the suite runs
 * in its `int:mongodb` project.
 */
/**
 * `trustedProxyHops`: tests that send client addresses in `X-Forwarded-For` run as if behind that many proxies.
 * `s3`: uploads in that bucket. `mailDelivery`: `queue` to send e-mails through the jobs queue.
 * `jobsAutoRun: false`: no runner in this process (one started by the test does the work).
 */
export async function createTestPayload(
  options: Pick<AppConfigOptions, 'trustedProxyHops' | 's3' | 'mailDelivery' | 'jobsAutoRun'> = {},
): Promise<TestPayload> {
  const useMongo = process.env.TEST_DATABASE === 'mongodb'
  const mongoBase = process.env.MONGODB_TEST_URL
  if (useMongo && !mongoBase) throw new Error('TEST_DATABASE=mongodb needs MONGODB_TEST_URL')
  const tempDir = useMongo ? undefined : mkdtempSync(path.join(tmpdir(), 'dinogeek-int-'))
  const databaseUrl =
    useMongo && mongoBase
      ? mongoDatabaseUrl(mongoBase, `dinogeek_test_${randomUUID().slice(0, 8)}`)
      : `file:${path.join(tempDir ?? tmpdir(), 'test.db')}`

  const config = await buildAppConfig({
    databaseUrl,
    payloadSecret: 'test-secret-that-is-long-enough-1234567890',
    serverUrl: 'http://localhost:3000',
    mail: { fromAddress: 'cms@example.com', fromName: 'DinoGeek CMS' },
    trustedProxyHops: options.trustedProxyHops,
    s3: options.s3,
    mailDelivery: options.mailDelivery,
    jobsAutoRun: options.jobsAutoRun,
    schemaPush: true,
  })
  // Default cache key: the REST/GraphQL handlers in tests/helpers/http.ts resolve this same instance.
  const payload = await getPayload({ config })

  return {
    payload,
    databaseUrl,
    cleanup: async () => {
      if (useMongo && 'connection' in payload.db) {
        const connection = payload.db.connection as { dropDatabase?: () => Promise<unknown> }
        await connection.dropDatabase?.()
      }
      await payload.destroy()
      if (tempDir) rmSync(tempDir, { recursive: true, force: true })
    },
  }
}
