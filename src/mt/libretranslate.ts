import { batchTexts } from './batches'
import { postJson, refusal } from './http'
import { MachineTranslationError, type MachineTranslator } from './provider'

/**
 * A self-hosted LibreTranslate (https://github.com/LibreTranslate/LibreTranslate):
 * `POST /translate` with `q` as a list. `format: html` keeps inline tags as tags.
 * It answers 400 for bad input, 403 for a wrong or missing key, 429 when slowed down.
 */
const LIMITS = { maxTexts: 50, maxBytes: 100 * 1024 }

function translatedTexts(body: unknown, expected: number): string[] {
  const translated = body && typeof body === 'object' ? (body as { translatedText?: unknown }).translatedText : undefined
  if (!Array.isArray(translated) || translated.length !== expected || !translated.every((text) => typeof text === 'string')) {
    throw new MachineTranslationError('badResponse', 'libretranslate', `expected ${expected} translated texts`)
  }
  return translated
}

export function libreTranslateTranslator(options: { url: string; apiKey?: string }): MachineTranslator {
  const baseUrl = options.url.replace(/\/+$/, '')
  return {
    name: 'libretranslate',
    async translate({ texts, source, target }) {
      const results: string[] = []
      for (const batch of batchTexts(texts, LIMITS)) {
        const response = await postJson('libretranslate', `${baseUrl}/translate`, {
          q: batch,
          source,
          target,
          format: 'html',
          ...(options.apiKey ? { api_key: options.apiKey } : {}),
        })
        if (response.status !== 200) throw refusal('libretranslate', response)
        results.push(...translatedTexts(response.body, batch.length))
      }
      return results
    },
  }
}
