import type { S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { S3Settings } from '@/env'

/** The collections whose files live in the bucket when one is configured. */
export const storedCollections = ['media'] as const

/** The S3 client's settings, for Payload's adapter and the start-up check alike. */
export function s3ClientConfig(settings: S3Settings): S3ClientConfig {
  return {
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
    // Checksums only where S3 requires them: the SDK's newer default (a CRC on every request) is
    // not understood by many S3-compatible services (older MinIO, s3rver, some gateways).
    ...(settings.endpoint ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {}),
  }
}

/**
 * Uploads in an S3-compatible bucket (`S3_BUCKET`), so every replica reads and
 * writes the same files; without one, Payload keeps them on this server's disk.
 *
 * The plugin is always installed, disabled when there is no bucket: it adds a
 * few columns (`prefix`, `_objectKey`) and an admin component, and the schema,
 * the migrations and the admin's import map must not depend on the environment.
 *
 * Files are still served by Payload (`/api/media/file/…`, streamed from the
 * bucket), so the bucket stays private and the collection's read access and
 * our HTTP caching apply to them as to any other answer.
 */
export function objectStoragePlugin(settings: S3Settings | undefined): Plugin {
  return s3Storage({
    enabled: settings !== undefined,
    alwaysInsertFields: true,
    collections: Object.fromEntries(storedCollections.map((slug) => [slug, true])),
    bucket: settings?.bucket ?? '',
    config: settings ? s3ClientConfig(settings) : {},
  })
}
