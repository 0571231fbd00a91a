import type { ServerResponse } from 'node:http'

import { LRUCache } from 'lru-cache'

import { onEachRequest } from './requestStart'

/**
 * Large string bodies sent as the UTF-8 bytes they were encoded to last time.
 *
 * Next keeps a cached page's HTML as a JavaScript string and answers
 * `res.end(html)`: Node then joins the 100 KiB to the header block and encodes
 * it to UTF-8 on every response, which was the largest single cost of a cached
 * article in the profile (#19). The string Next hands over is the same object
 * for every hit of a cached page, so a map from the string to its bytes turns
 * that work into a lookup: V8 hashes a string this long by its length alone and
 * compares by identity first. What goes on the wire is byte for byte what Node
 * would have sent; only the encoding is done once.
 */

/** Shorter strings cost little to encode, and V8 would hash their whole text to look them up. */
export const MIN_CACHED_LENGTH = 16_384
/** Memory the cache may hold: the strings it keeps alive and their bytes. */
export const MAX_CACHED_BYTES = 48 * 1024 * 1024

export type BodyEncoder = (body: string) => Buffer

export function createBodyEncoder(maxBytes: number = MAX_CACHED_BYTES): BodyEncoder {
  const cache = new LRUCache<string, Buffer>({
    maxSize: maxBytes,
    // A string's characters take one or two bytes each in V8: count two, to stay under the budget.
    sizeCalculation: (bytes, text) => bytes.length + text.length * 2,
  })
  return (body) => {
    const known = cache.get(body)
    if (known) return known
    const bytes = Buffer.from(body, 'utf8')
    cache.set(body, bytes)
    return bytes
  }
}

type End = ServerResponse['end']

function isUtf8(encoding: unknown): boolean {
  return encoding === undefined || encoding === 'utf8' || encoding === 'utf-8' || typeof encoding === 'function'
}

/** This response's `end(body)` sends a long string body as cached bytes; everything else goes through unchanged. */
export function encodeLongBodies(response: ServerResponse, encode: BodyEncoder): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- applied to its own response with Reflect.apply
  const end: End = response.end
  const replacement = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (typeof chunk === 'string' && chunk.length >= MIN_CACHED_LENGTH && isUtf8(encoding)) {
      const done = typeof encoding === 'function' ? encoding : callback
      return Reflect.apply(end, this, done === undefined ? [encode(chunk)] : [encode(chunk), done])
    }
    return Reflect.apply(end, this, [chunk, encoding, callback].slice(0, arguments.length))
  }
  // Same signature as ServerResponse#end; its overloads cannot be spelled by one function.
  response.end = replacement as End
}

/** Every response of this process's HTTP servers from now on. */
export function installBodyEncoding(encode: BodyEncoder = createBodyEncoder()): () => void {
  return onEachRequest(({ response }) => encodeLongBodies(response, encode))
}
