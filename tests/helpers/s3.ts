import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import S3rver from '@20minutes/s3rver'

import type { S3Settings } from '@/env'
import { freePort } from './server'

/**
 * An S3-compatible server in this process (s3rver, files in a temporary
 * folder) on a loopback port of its own, with one empty bucket: what the
 * storage adapter talks to in the tests, as it would to MinIO or AWS.
 */
export type S3Server = {
  settings: S3Settings
  /** Every key in the bucket, sorted. */
  keys: () => Promise<string[]>
  stop: () => Promise<void>
}

export async function startS3(bucket = 'dinogeek-media'): Promise<S3Server> {
  const directory = mkdtempSync(path.join(tmpdir(), 'dinogeek-s3-'))
  const port = await freePort()
  const server = new S3rver({ address: '127.0.0.1', port, silent: true, directory, configureBuckets: [{ name: bucket }] })
  await server.run()
  const settings: S3Settings = {
    bucket,
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    // s3rver's fixed pair.
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  }
  return {
    settings,
    // From the server's own store: s3rver checks a bucket listing's signature in a way the current SDK does not sign.
    keys: async () => (await server.store.listObjects(bucket, {})).objects.map((item) => item.key).sort(),
    stop: async () => {
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
