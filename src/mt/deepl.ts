import type { Locale } from '@/i18n/locales'

import { batchTexts } from './batches'
import { postJson, refusal } from './http'
import { MachineTranslationError, type MachineTranslator } from './provider'

/**
 * DeepL's REST API v2 (https://developers.deepl.com/docs/api-reference/translate).
 * Free-plan keys end in `:fx` and are served by api-free.deepl.com.
 */
export const DEEPL_FREE_URL = 'https://api-free.deepl.com'
export const DEEPL_PRO_URL = 'https://api.deepl.com'

// DeepL takes up to 50 texts and 128 KiB per request; we stay under both.
const LIMITS = { maxTexts: 50, maxBytes: 120 * 1024 }

export function deeplBaseUrl(apiKey: string): string {
  return apiKey.endsWith(':fx') ? DEEPL_FREE_URL : DEEPL_PRO_URL
}

/** DeepL's language codes: English as a target must name a variant. */
function deeplLanguage(locale: Locale, role: 'source' | 'target'): string {
  if (locale === 'en' && role === 'target') return 'EN-GB'
  return locale.toUpperCase()
}

// DeepL's own codes: 456 "quota exceeded", 414 "URI too long".
const DEEPL_CODES = { 456: 'quota', 414: 'tooLarge' } as const

function translatedTexts(body: unknown, expected: number): string[] {
  const translations = body && typeof body === 'object' ? (body as { translations?: unknown }).translations : undefined
  if (!Array.isArray(translations) || translations.length !== expected) {
    throw new MachineTranslationError('badResponse', 'deepl', `expected ${expected} translations`)
  }
  return translations.map((entry: unknown) => {
    const text = entry && typeof entry === 'object' ? (entry as { text?: unknown }).text : undefined
    if (typeof text !== 'string') throw new MachineTranslationError('badResponse', 'deepl', 'a translation without text')
    return text
  })
}

export function deeplTranslator(options: { apiKey: string; baseUrl?: string }): MachineTranslator {
  const baseUrl = (options.baseUrl ?? deeplBaseUrl(options.apiKey)).replace(/\/+$/, '')
  const headers = { authorization: `DeepL-Auth-Key ${options.apiKey}` }
  return {
    name: 'deepl',
    async translate({ texts, source, target, glossaryId }) {
      const results: string[] = []
      for (const batch of batchTexts(texts, LIMITS)) {
        const response = await postJson(
          'deepl',
          `${baseUrl}/v2/translate`,
          {
            text: batch,
            source_lang: deeplLanguage(source, 'source'),
            target_lang: deeplLanguage(target, 'target'),
            // Placeholders for inline tags are XML elements; DeepL moves them with the words they wrap.
            tag_handling: 'xml',
            ...(glossaryId ? { glossary_id: glossaryId } : {}),
          },
          headers,
        )
        if (response.status !== 200) throw refusal('deepl', response, DEEPL_CODES)
        results.push(...translatedTexts(response.body, batch.length))
      }
      return results
    },
    async createGlossary({ name, source, target, entries }) {
      // DeepL's TSV entries: one "source<TAB>target" per line; tabs and newlines inside a term are not allowed.
      const clean = (term: string) => term.replace(/[\t\r\n]+/g, ' ').trim()
      const tsv = entries
        .map((entry) => [clean(entry.source), clean(entry.target)])
        .filter(([from, to]) => from && to)
        .map(([from, to]) => `${from}\t${to}`)
        .join('\n')
      const response = await postJson(
        'deepl',
        `${baseUrl}/v2/glossaries`,
        {
          name,
          // Glossaries take plain language codes, without the English variant.
          source_lang: source,
          target_lang: target,
          entries: tsv,
          entries_format: 'tsv',
        },
        headers,
      )
      if (response.status !== 200 && response.status !== 201) throw refusal('deepl', response, DEEPL_CODES)
      const id =
        response.body && typeof response.body === 'object' ? (response.body as { glossary_id?: unknown }).glossary_id : undefined
      if (typeof id !== 'string') throw new MachineTranslationError('badResponse', 'deepl', 'a glossary without an id')
      return id
    },
  }
}
