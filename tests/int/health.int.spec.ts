import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { rest } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload

beforeAll(async () => {
  ctx = await createTestPayload()
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('GET /api/health', () => {
  it('answers 200 when the database answers, and is never cached', async () => {
    const response = await rest(ctx.payload, 'GET', '/health')
    expect(response.status).toBe(200)
    expect(response.json).toEqual({ status: 'ok', database: 'sqlite' })
  })

  it('answers 503 when the database does not', async () => {
    const spy = vi.spyOn(ctx.payload, 'count').mockRejectedValueOnce(new Error('disk I/O error'))
    try {
      const response = await rest(ctx.payload, 'GET', '/health')
      expect(response.status).toBe(503)
      expect(response.json).toEqual({ status: 'unavailable', database: 'sqlite' })
    } finally {
      spy.mockRestore()
    }
  })
})
