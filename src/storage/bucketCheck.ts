import { hostname } from 'node:os'

import { DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'

import type { S3Settings } from '@/env'
import { s3ClientConfig } from './objectStorage'

/**
 * Start-up check for S3_BUCKET: this server may write and delete an object
 * there, the two rights an upload needs besides reading. A wrong name, key or
 * endpoint otherwise shows first as an editor's failed upload; here the
 * server stops and says which setting to look at. (A probe object rather than
 * HeadBucket: that needs a listing right uploads do not, and some
 * S3-compatible servers sign bucket-level requests differently.)
 */
export async function bucketProblem(settings: S3Settings): Promise<string | undefined> {
  // Bounded: an endpoint that drops packets must not hold the start-up for minutes.
  const client = new S3Client({
    ...s3ClientConfig(settings),
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 15_000 },
  })
  const where = `S3 bucket "${settings.bucket}"${settings.endpoint ? ` at ${settings.endpoint}` : ''}`
  const Key = `.startup-check/${hostname()}-${process.pid}`
  try {
    await client.send(new PutObjectCommand({ Bucket: settings.bucket, Key, Body: 'ok', ContentType: 'text/plain' }))
    await client.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key }))
    return undefined
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
    const reason =
      name === 'NoSuchBucket'
        ? 'does not exist (create it first)'
        : name === 'CredentialsProviderError'
          ? 'cannot be used: no credentials were found (set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or give the server an AWS role)'
          : status === 403 || status === 401
            ? 'refuses these credentials (S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY): they need to put, get and delete objects'
            : `cannot be reached: ${error instanceof Error ? error.message : String(error)} (S3_ENDPOINT, S3_REGION)`
    return `${where} ${reason}.`
  } finally {
    client.destroy()
  }
}
