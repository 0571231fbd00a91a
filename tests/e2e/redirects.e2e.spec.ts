import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { richText } from '@/richtext/build'
import { seedTopics } from '@/seed/data/topics'
import { apiClient, type Json } from '../helpers/adminSession'
import { launchBrowser } from '../helpers/browser'

/**
 * Stable URLs on a production build: an article's old slug answers 308 to the
 * current URL (after its page had been cached under the old one), in that
 * language only, and a visitor in Chromium lands on the article.
 */

const baseURL = inject('baseURL')
let browser: Browser
let editorToken = ''
const stamp = Date.now().toString(36)
const oldSlug = `e2e-vecchio-${stamp}`
const newSlug = `e2e-nuovo-${stamp}`
const title = `Un indirizzo che cambia (${stamp})`

const client = apiClient(baseURL)

/** A REST call as the editor; anything but a 2xx fails the test. */
async function api(method: string, path: string, body?: unknown): Promise<Json> {
  const { status, json } = await client(method, path, { token: editorToken || undefined, body })
  if (status >= 300) throw new Error(`${method} ${path}: ${status} ${JSON.stringify(json)}`)
  return json
}

async function get(path: string) {
  const response = await fetch(`${baseURL}${path}`, { redirect: 'manual' })
  return { status: response.status, location: response.headers.get('location'), html: await response.text() }
}

function docId(json: Json): unknown {
  const doc = json.doc
  return typeof doc === 'object' && doc !== null && 'id' in doc ? doc.id : undefined
}

beforeAll(async () => {
  browser = await launchBrowser()
  const login = await api('POST', '/users/login', { email: 'editor@example.com', password: 'dinogeek-dev' })
  editorToken = String(login.token)
})

afterAll(async () => {
  await browser?.close()
})

describe('an article whose slug changes', () => {
  it('answers 308 from the old URL to the new one, once and in its language only', async () => {
    const topicSlug = seedTopics[0]?.slug.it
    const topics = await api('GET', `/topics?where[slug][equals]=${topicSlug}&locale=it&depth=0`)
    const topic = Array.isArray(topics.docs) ? topics.docs[0] : undefined
    const topicId = typeof topic === 'object' && topic !== null && 'id' in topic ? topic.id : undefined
    expect(topicId).toBeDefined()

    const created = await api('POST', '/articles?locale=it', {
      title,
      slug: oldSlug,
      topic: topicId,
      summary: 'Un articolo che cambia indirizzo.',
      body: richText([{ type: 'p', text: 'Il vecchio indirizzo porta qui.' }]),
      _status: 'published',
    })
    const id = docId(created)
    // Visited (and cached) under its first slug.
    expect((await get(`/it/articoli/${oldSlug}`)).status).toBe(200)

    await api('PATCH', `/articles/${String(id)}?locale=it`, { slug: newSlug, _status: 'published' })

    const moved = await get(`/it/articoli/${oldSlug}`)
    expect(moved.status).toBe(308)
    // Next 16 may repeat an identical Location header on the first (uncached) render; fetch joins them.
    const location = (moved.location ?? '').split(',')[0]?.trim() ?? ''
    expect(new URL(location, baseURL).pathname).toBe(`/it/articoli/${newSlug}`)
    const landed = await get(`/it/articoli/${newSlug}`)
    expect(landed.status).toBe(200)
    // hreflang and canonical name the current URL only.
    expect(landed.html).not.toContain(oldSlug)
    // French is not public: the old slug is no French URL.
    expect((await get(`/fr/articles/${oldSlug}`)).status).toBe(404)
  })

  it('takes a visitor in Chromium from the old URL to the article', async () => {
    const page = await browser.newPage()
    try {
      const response = await page.goto(`${baseURL}/it/articoli/${oldSlug}`)
      expect(response?.status()).toBe(200)
      expect(new URL(page.url()).pathname).toBe(`/it/articoli/${newSlug}`)
      expect(await page.locator('h1').textContent()).toBe(title)
    } finally {
      await page.close()
    }
  })

  it('answers hostile article and topic slugs with a 4xx, never a 5xx', async () => {
    for (const path of [
      '/it/articoli/%E0%A4%A',
      '/it/articoli/..%2F..%2Fetc%2Fpasswd',
      `/it/articoli/${'a'.repeat(3000)}`,
      '/it/articoli/%00',
      '/it/argomenti/%C0%AF',
      `/fr/sujets/${encodeURIComponent('<script>')}`,
    ]) {
      const { status } = await get(path)
      expect(status, path).toBeGreaterThanOrEqual(400)
      expect(status, path).toBeLessThan(500)
    }
  })
})
