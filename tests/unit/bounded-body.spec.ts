import { describe, expect, it } from 'vitest'

import { readBounded } from '@/api/boundedBody'

function stream(chunks: string[]): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[pulled]
      pulled += 1
      if (chunk === undefined) controller.close()
      else controller.enqueue(new TextEncoder().encode(chunk))
    },
  })
  return { body, pulled: () => pulled }
}

describe('readBounded', () => {
  it('reads a body within the limit whole', async () => {
    const bytes = await readBounded(stream(['ab', 'cd', 'é']).body, 6)
    expect(bytes && new TextDecoder().decode(bytes)).toBe('abcdé')
  })

  it('stops at the first chunk past the limit', async () => {
    const source = stream(['abcd', 'efgh', 'ijkl', 'mnop'])
    expect(await readBounded(source.body, 6)).toBeNull()
    expect(source.pulled()).toBeLessThan(4)
  })

  it('reads no body as empty', async () => {
    expect(await readBounded(null, 10)).toEqual(new Uint8Array())
  })
})
