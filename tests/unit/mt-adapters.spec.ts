import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { readEnv } from '@/env'
import { batchTexts } from '@/mt/batches'
import { deeplBaseUrl, deeplTranslator, DEEPL_FREE_URL, DEEPL_PRO_URL } from '@/mt/deepl'
import { machineTranslatorFor } from '@/mt/fromEnv'
import { libreTranslateTranslator } from '@/mt/libretranslate'
import { MachineTranslationError } from '@/mt/provider'
import { FAKE_DEEPL_KEY, startFakeProviders, type FakeProviders, type SeenRequest } from '../helpers/fakeProviders'

/**
 * There is no network to DeepL or LibreTranslate here. Each adapter talks to a local
 * HTTP server that answers the way the real API does: the request shape it checks,
 * the auth it demands and the error codes it uses are taken from the providers' API references.
 */
let fake: FakeProviders
let baseUrl: string
let seen: SeenRequest[]
const KEY = FAKE_DEEPL_KEY

beforeAll(async () => {
  fake = await startFakeProviders(KEY)
  baseUrl = fake.url
  seen = fake.seen
})

afterAll(async () => {
  await fake.close()
})

beforeEach(() => fake.reset())

async function failureOf(promise: Promise<unknown>): Promise<MachineTranslationError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof MachineTranslationError) return error
    throw error
  }
  throw new Error('expected a MachineTranslationError')
}

describe('DeepL adapter', () => {
  it('sends the texts with the key, the language codes and XML tag handling, and keeps the placeholders', async () => {
    const deepl = deeplTranslator({ apiKey: KEY, baseUrl })
    const out = await deepl.translate({
      texts: ['Leggi <g id="1">la guida</g> per i dettagli.', 'Ciao'],
      source: 'it',
      target: 'en',
      glossaryId: 'gls-1',
    })
    expect(out).toEqual(['[EN-GB] Leggi<g id="1">[EN-GB] la guida</g>[EN-GB] per i dettagli.', '[EN-GB] Ciao'])
    expect(seen).toHaveLength(1)
    expect(seen[0]?.headers.authorization).toBe(`DeepL-Auth-Key ${KEY}`)
    expect(seen[0]?.body).toMatchObject({ source_lang: 'IT', target_lang: 'EN-GB', tag_handling: 'xml', glossary_id: 'gls-1' })
  })

  it('leaves out the glossary when there is none, and splits more than 50 texts into several requests', async () => {
    const deepl = deeplTranslator({ apiKey: KEY, baseUrl })
    const texts = Array.from({ length: 120 }, (_, index) => `frase ${index}`)
    const out = await deepl.translate({ texts, source: 'it', target: 'fr' })
    expect(out).toHaveLength(120)
    expect(out[119]).toBe('[FR] frase 119')
    expect(seen.map((request) => (request.body.text as string[]).length)).toEqual([50, 50, 20])
    expect(seen[0]?.body).not.toHaveProperty('glossary_id')
  })

  it.each([
    [403, 'auth', { message: 'Wrong endpoint or key' }],
    [456, 'quota', { message: 'Quota exceeded' }],
    [429, 'rateLimit', { message: 'Too many requests' }],
    [413, 'tooLarge', { message: 'Request Entity Too Large' }],
    [400, 'badRequest', { message: "Value for 'target_lang' not supported." }],
    [503, 'unavailable', 'Service Unavailable'],
  ] as const)('maps HTTP %i to the %s failure, with the provider’s words', async (status, kind, body) => {
    fake.queue({ status, body })
    const error = await failureOf(
      deeplTranslator({ apiKey: KEY, baseUrl }).translate({ texts: ['x'], source: 'it', target: 'fr' }),
    )
    expect(error.kind).toBe(kind)
    expect(error.status).toBe(status)
    expect(error.detail).toBe(typeof body === 'string' ? body : body.message)
  })

  it('refuses a wrong key on its own (the fake checks the header)', async () => {
    const error = await failureOf(
      deeplTranslator({ apiKey: 'other', baseUrl }).translate({ texts: ['x'], source: 'it', target: 'fr' }),
    )
    expect(error.kind).toBe('auth')
  })

  it('calls an answer with the wrong number of translations a bad response', async () => {
    fake.queue({ status: 200, body: { translations: [{ text: 'one' }] } })
    const error = await failureOf(
      deeplTranslator({ apiKey: KEY, baseUrl }).translate({ texts: ['a', 'b'], source: 'it', target: 'fr' }),
    )
    expect(error.kind).toBe('badResponse')
  })

  it('calls an unreachable server unavailable', async () => {
    const error = await failureOf(
      deeplTranslator({ apiKey: KEY, baseUrl: 'http://127.0.0.1:1' }).translate({ texts: ['x'], source: 'it', target: 'fr' }),
    )
    expect(error.kind).toBe('unavailable')
  })

  it('uploads a glossary as TSV for one language pair and returns its id', async () => {
    const deepl = deeplTranslator({ apiKey: KEY, baseUrl })
    const id = await deepl.createGlossary?.({
      name: 'dinogeek it→fr',
      source: 'it',
      target: 'fr',
      entries: [
        { source: 'banca dati', target: 'base de données' },
        { source: 'rete\tneurale', target: 'réseau neuronal' },
        { source: 'vuoto', target: '' },
      ],
    })
    expect(id).toBe('def3a26b-3e84-45b3-84ae-0c0aaf3525f7')
    expect(seen[0]?.path).toBe('/v2/glossaries')
    expect(seen[0]?.body).toEqual({
      name: 'dinogeek it→fr',
      source_lang: 'it',
      target_lang: 'fr',
      entries: 'banca dati\tbase de données\nrete neurale\tréseau neuronal',
      entries_format: 'tsv',
    })
  })

  it('picks the free or the pro endpoint from the key', () => {
    expect(deeplBaseUrl('abc:fx')).toBe(DEEPL_FREE_URL)
    expect(deeplBaseUrl('abc')).toBe(DEEPL_PRO_URL)
  })
})

describe('LibreTranslate adapter', () => {
  it('posts q as a list with the languages, html format and the key when one is set', async () => {
    const libre = libreTranslateTranslator({ url: `${baseUrl}/`, apiKey: 'lt-key' })
    const out = await libre.translate({ texts: ['Ciao <b>mondo</b>', 'Buongiorno'], source: 'it', target: 'fr' })
    expect(out).toEqual(['FR Ciao<b>FR mondo</b>', 'FR Buongiorno'])
    expect(seen[0]?.path).toBe('/translate')
    expect(seen[0]?.body).toEqual({
      q: ['Ciao <b>mondo</b>', 'Buongiorno'],
      source: 'it',
      target: 'fr',
      format: 'html',
      api_key: 'lt-key',
    })
  })

  it('sends no key when none is set', async () => {
    await libreTranslateTranslator({ url: baseUrl }).translate({ texts: ['x'], source: 'it', target: 'en' })
    expect(seen[0]?.body).not.toHaveProperty('api_key')
  })

  it.each([
    [400, 'badRequest', 'fr is not supported'],
    [403, 'auth', 'Visit https://portal.libretranslate.com to get an API key'],
    [429, 'rateLimit', 'Slowdown: 30 per 1 minute'],
    [500, 'unavailable', 'Cannot translate text'],
  ] as const)('maps HTTP %i to the %s failure, with its error text', async (status, kind, message) => {
    fake.queue({ status, body: { error: message } })
    const error = await failureOf(
      libreTranslateTranslator({ url: baseUrl }).translate({ texts: ['x'], source: 'it', target: 'fr' }),
    )
    expect(error.kind).toBe(kind)
    expect(error.detail).toBe(message)
  })

  it('calls a malformed answer a bad response', async () => {
    fake.queue({ status: 200, body: { translatedText: 'not a list' } })
    const error = await failureOf(
      libreTranslateTranslator({ url: baseUrl }).translate({ texts: ['x'], source: 'it', target: 'fr' }),
    )
    expect(error.kind).toBe('badResponse')
  })
})

describe('provider choice', () => {
  const secret = 'a'.repeat(40)

  it('is none by default: no provider, no key needed', () => {
    const settings = readEnv({ PAYLOAD_SECRET: secret }).machineTranslation
    expect(settings).toEqual({ provider: 'none' })
    expect(machineTranslatorFor(settings)).toBeNull()
  })

  it('builds DeepL from MT_PROVIDER and DEEPL_API_KEY, and LibreTranslate from its URL', () => {
    const deepl = readEnv({ PAYLOAD_SECRET: secret, MT_PROVIDER: 'deepl', DEEPL_API_KEY: 'k:fx' }).machineTranslation
    expect(deepl).toEqual({ provider: 'deepl', apiKey: 'k:fx', baseUrl: undefined })
    expect(machineTranslatorFor(deepl)?.name).toBe('deepl')
    const libre = readEnv({ PAYLOAD_SECRET: secret, MT_PROVIDER: 'LibreTranslate', LIBRETRANSLATE_URL: 'http://lt:5000' })
    expect(machineTranslatorFor(libre.machineTranslation)?.name).toBe('libretranslate')
  })

  it('refuses a provider without its settings, or an unknown provider, naming the variable', () => {
    expect(() => readEnv({ PAYLOAD_SECRET: secret, MT_PROVIDER: 'deepl' })).toThrow(/DEEPL_API_KEY/)
    expect(() => readEnv({ PAYLOAD_SECRET: secret, MT_PROVIDER: 'libretranslate' })).toThrow(/LIBRETRANSLATE_URL/)
    expect(() => readEnv({ PAYLOAD_SECRET: secret, MT_PROVIDER: 'libretranslate', LIBRETRANSLATE_URL: 'ftp://x' })).toThrow(
      /LIBRETRANSLATE_URL/,
    )
    expect(() => readEnv({ PAYLOAD_SECRET: secret, MT_PROVIDER: 'google' })).toThrow(/MT_PROVIDER/)
  })
})

describe('batches', () => {
  it('cuts by count and by bytes, and gives an oversized text a batch of its own', () => {
    expect(batchTexts(['a', 'b', 'c'], { maxTexts: 2, maxBytes: 100 })).toEqual([['a', 'b'], ['c']])
    expect(batchTexts(['aaaa', 'bbbb', 'c'], { maxTexts: 10, maxBytes: 5 })).toEqual([['aaaa'], ['bbbb', 'c']])
    expect(batchTexts(['x'.repeat(10), 'y'], { maxTexts: 10, maxBytes: 5 })).toEqual([['x'.repeat(10)], ['y']])
    expect(batchTexts([], { maxTexts: 10, maxBytes: 5 })).toEqual([])
  })
})
