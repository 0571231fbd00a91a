/**
 * Splits texts into requests a provider accepts: at most `maxTexts` per request and
 * at most `maxBytes` of UTF-8 text. A single text over `maxBytes` gets a batch of its own;
 * the provider then refuses it as too large, which is the honest answer.
 */
export function batchTexts(texts: readonly string[], limits: { maxTexts: number; maxBytes: number }): string[][] {
  const batches: string[][] = []
  let current: string[] = []
  let bytes = 0
  for (const text of texts) {
    const size = Buffer.byteLength(text, 'utf8')
    if (current.length > 0 && (current.length >= limits.maxTexts || bytes + size > limits.maxBytes)) {
      batches.push(current)
      current = []
      bytes = 0
    }
    current.push(text)
    bytes += size
  }
  if (current.length > 0) batches.push(current)
  return batches
}
