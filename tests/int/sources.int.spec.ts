import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSource } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload

beforeAll(async () => {
  ctx = await createTestPayload()
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('source validation', () => {
  it('accepts a well-formed record', async () => {
    const source = await createSource(ctx.payload)
    expect(source.doi).toBe('10.17487/RFC1035')
  })

  it.each(['javascript:alert(1)', 'ftp://example.com/file', 'not a url'])('refuses the URL %s', async (url) => {
    const before = await ctx.payload.count({ collection: 'sources' })
    await expect(createSource(ctx.payload, { url, title: `Bad ${url}` })).rejects.toThrow(/URL/)
    expect((await ctx.payload.count({ collection: 'sources' })).totalDocs).toBe(before.totalDocs)
  })

  it.each(['https://doi.org/10.17487/RFC1035', '11.1234/abc', '10.12/too-short-prefix'])('refuses the DOI %s', async (doi) => {
    await expect(createSource(ctx.payload, { doi, title: `Bad ${doi}` })).rejects.toThrow(/DOI/)
  })

  it('refuses an invalid citation-request URL and stores nothing', async () => {
    await expect(
      ctx.payload.create({
        collection: 'citation-requests',
        data: {
          name: 'Eve',
          email: 'eve@example.org',
          article: 999_999,
          proposedUrl: 'javascript:alert(1)',
        },
      }),
    ).rejects.toThrow()
    expect((await ctx.payload.count({ collection: 'citation-requests' })).totalDocs).toBe(0)
  })
})
