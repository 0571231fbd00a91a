import { existsSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'
import { bucketProblem } from '@/storage/bucketCheck'
import { createUsers, type TestUser } from '../helpers/fixtures'
import { getBytes, rest, tokenFor } from '../helpers/http'
import { startS3, type S3Server } from '../helpers/s3'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { as } from '../helpers/workflow'

/**
 * Uploads in an S3-compatible bucket (S3_BUCKET, src/storage/objectStorage.ts),
 * against s3rver on loopback: the original and every image size land in the
 * bucket and nowhere on this server's disk, Payload serves them back with the
 * collection's access rules, and deleting the document deletes the objects.
 */

let s3: S3Server
let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>

beforeAll(async () => {
  s3 = await startS3()
  ctx = await createTestPayload({ s3: s3.settings })
  users = await createUsers(ctx.payload)
})

afterAll(async () => {
  await ctx?.cleanup()
  await s3?.stop()
})

async function picture(name: string) {
  const data = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#0b57a4' } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

function uploadedNames(doc: Media): string[] {
  const sizes = Object.values(doc.sizes ?? {}).map((size) => size?.filename)
  return [doc.filename, ...sizes].filter((name): name is string => typeof name === 'string').sort()
}

describe('uploads on object storage', () => {
  let doc: Media
  let original: Buffer

  it('an editor uploads: the original and both sizes are objects in the bucket, none on the local disk', async () => {
    const file = await picture('server-rack.png')
    original = file.data
    doc = await ctx.payload.create({
      collection: 'media',
      locale: 'it',
      data: { alt: 'Un armadio di server' },
      file,
      ...as(users.editor),
    })
    const names = uploadedNames(doc)
    expect(names).toHaveLength(3)
    expect(await s3.keys()).toEqual(names)
    for (const name of names) expect(existsSync(path.resolve('data/media', name))).toBe(false)
  })

  it('anyone reads the file back through Payload, byte for byte, and its sizes as images', async () => {
    expect(doc.url).toBe(`${ctx.payload.config.serverURL}/api/media/file/${doc.filename}`)
    const answer = await getBytes(ctx.payload, `/media/file/${doc.filename}`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('image/png')
    expect(answer.bytes.equals(original)).toBe(true)
    const thumbnail = doc.sizes?.thumbnail?.filename
    expect(thumbnail).toBeTruthy()
    const small = await getBytes(ctx.payload, `/media/file/${thumbnail}`)
    expect(small.status).toBe(200)
    expect((await sharp(small.bytes).metadata()).width).toBe(400)
  })

  it('a conditional request with the object ETag gets 304, a range request its bytes', async () => {
    const first = await getBytes(ctx.payload, `/media/file/${doc.filename}`)
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    const again = await getBytes(ctx.payload, `/media/file/${doc.filename}`, { headers: { 'If-None-Match': etag ?? '' } })
    expect(again.status).toBe(304)
    const range = await getBytes(ctx.payload, `/media/file/${doc.filename}`, { headers: { Range: 'bytes=0-7' } })
    expect(range.status).toBe(206)
    expect(range.bytes.equals(original.subarray(0, 8))).toBe(true)
  })

  it('unknown and hostile file names are answered 4xx, never a 5xx', async () => {
    for (const name of ['nothing-here.png', '..%2F..%2Fetc%2Fpasswd', '%2e%2e%2fserver-rack.png', 'server-rack.png%00.txt']) {
      const answer = await getBytes(ctx.payload, `/media/file/${name}`)
      expect(answer.status, name).toBeGreaterThanOrEqual(400)
      expect(answer.status, name).toBeLessThan(500)
    }
  })

  it('a translator or a visitor cannot upload, and the bucket is unchanged', async () => {
    const before = await s3.keys()
    await expect(
      ctx.payload.create({
        collection: 'media',
        locale: 'it',
        data: { alt: 'No' },
        file: await picture('refused.png'),
        ...as(users.translator),
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      ctx.payload.create({
        collection: 'media',
        locale: 'it',
        data: { alt: 'No' },
        file: await picture('anonymous.png'),
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const token = await tokenFor(ctx.payload, users.translator.email, 'correct-horse-battery-staple')
    const refused = await rest(ctx.payload, 'DELETE', `/media/${doc.id}`, { token })
    expect(refused.status).toBe(403)
    expect(await s3.keys()).toEqual(before)
  })

  it('deleting the document deletes its objects', async () => {
    await ctx.payload.delete({ collection: 'media', id: doc.id, ...as(users.editor) })
    expect(await s3.keys()).toEqual([])
    const gone = await getBytes(ctx.payload, `/media/file/${doc.filename}`)
    expect(gone.status).toBe(404)
  })
})

describe('the start-up check of S3_BUCKET', () => {
  it('passes for a bucket this server may write to, and leaves nothing in it', async () => {
    const before = await s3.keys()
    expect(await bucketProblem(s3.settings)).toBeUndefined()
    expect(await s3.keys()).toEqual(before)
  })

  it('names the setting to fix: a missing bucket, refused keys, an endpoint that does not answer', async () => {
    expect(await bucketProblem({ ...s3.settings, bucket: 'no-such-bucket' })).toBe(
      `S3 bucket "no-such-bucket" at ${s3.settings.endpoint} does not exist (create it first).`,
    )
    expect(await bucketProblem({ ...s3.settings, credentials: { accessKeyId: 'WRONG', secretAccessKey: 'WRONG' } })).toMatch(
      /refuses these credentials \(S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY\)/,
    )
    expect(await bucketProblem({ ...s3.settings, endpoint: 'http://127.0.0.1:9' })).toMatch(
      /cannot be reached: .*\(S3_ENDPOINT, S3_REGION\)\.$/,
    )
  })
})
