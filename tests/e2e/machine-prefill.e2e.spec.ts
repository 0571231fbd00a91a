import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { richText } from '@/richtext/build'
import { apiClient, signIn, type Json } from '../helpers/adminSession'
import { launchBrowser } from '../helpers/browser'

/**
 * Machine pre-fill in Chromium against the production build, whose provider is the local
 * LibreTranslate stand-in started by globalSetup.ts (it answers "FR …" and keeps the tags).
 * The French translator holds a task for an article the memory knows nothing of, writes one
 * sentence, pre-fills the rest, and finds the machine's draft in the open segments only.
 */

const baseURL = inject('baseURL')
const password = 'dinogeek-dev'
const stamp = Date.now().toString(36)
const api = apiClient(baseURL)

let browser: Browser
let translator: BrowserContext
let articleId = 0
let taskId = 0
let translatorToken = ''

const sentences = {
  title: `Perché i colibrì ${stamp} volano all’indietro?`,
  first: `Il colibrì ${stamp} muove le ali a otto, in modo unico tra gli uccelli.`,
  second: `Così resta fermo davanti al fiore ${stamp} mentre beve il nettare.`,
  link: `Leggi [lo studio](https://example.com/colibri-${stamp}) per i dettagli.`,
  summary: `Il volo del colibrì ${stamp} in breve.`,
}
const written = `Le colibri ${stamp} bat des ailes en huit, un cas unique chez les oiseaux.`

beforeAll(async () => {
  browser = await launchBrowser()
  const editorToken = String((await api('POST', '/users/login', { body: { email: 'editor@example.com', password } })).json.token)
  translatorToken = String(
    (await api('POST', '/users/login', { body: { email: 'translator.fr@example.com', password } })).json.token,
  )
  const topics = await api('GET', '/topics?limit=1&depth=0', { token: editorToken })
  const created = await api('POST', '/articles?locale=it&depth=0', {
    token: editorToken,
    body: {
      title: sentences.title,
      topic: (topics.json.docs as { id: number }[])[0]?.id,
      body: richText([
        { type: 'p', text: `${sentences.first} ${sentences.second}` },
        { type: 'p', text: sentences.link },
      ]),
      summary: sentences.summary,
      _status: 'published',
    },
  })
  expect(created.status).toBe(201)
  articleId = Number((created.json.doc as Json).id)
  const tasks = await api('GET', `/translations?where[article][equals]=${articleId}&where[locale][equals]=fr&depth=0`, {
    token: editorToken,
  })
  taskId = (tasks.json.docs as { id: number }[])[0]?.id ?? 0
  const me = await api('GET', '/users/me', { token: translatorToken })
  const claimed = await api('PATCH', `/translations/${taskId}`, {
    token: translatorToken,
    body: { assignee: (me.json.user as Json).id, status: 'in_progress' },
  })
  expect(claimed.status).toBe(200)
  translator = await signIn(browser, baseURL, 'translator.fr@example.com', password)
})

afterAll(async () => {
  await translator?.close()
  await browser?.close()
})

describe('machine pre-fill (production build)', () => {
  it('fills only the open segments with the machine draft, marked Machine, and leaves the written one alone', async () => {
    const page = await translator.newPage()
    await page.goto(`${baseURL}/admin/collections/articles/${articleId}?locale=fr`)
    await page.click('button[data-view="segments"]')
    const rows = page.locator('[data-segment-editor] [data-segment-id]')
    await rows.first().waitFor()
    const rowOf = (source: string) => rows.filter({ has: page.locator('.dg-seg__source p', { hasText: source }) })

    // The translator writes one sentence and saves it.
    await rowOf(sentences.first).locator('textarea').fill(written)
    const button = page.locator('[data-machine-prefill] button')
    expect(await button.isDisabled()).toBe(true)
    await page.click('button[data-save-segments]')
    await expect.poll(() => page.locator('[data-save-notice]').textContent()).toBe('Draft saved.')

    await button.click()
    await expect
      .poll(() => page.locator('[data-machine-notice]').textContent(), { timeout: 30_000 })
      .toBe('4 segments filled by libretranslate: check them before confirming.')
    expect(await rowOf(sentences.first).locator('textarea').inputValue()).toBe(written)
    expect(await rowOf(sentences.first).getAttribute('data-status')).toBe('edited')
    expect(await rowOf(sentences.second).locator('textarea').inputValue()).toBe(`FR ${sentences.second}`)
    expect(await rowOf(sentences.second).getAttribute('data-status')).toBe('machine')
    expect(await rowOf(sentences.second).locator('[data-segment-status]').textContent()).toBe('Machine')
    // The link's tag came back where the machine put it.
    expect(await rowOf('per i dettagli.').locator('textarea').inputValue()).toBe('FR Leggi<1>FR lo studio</1>FR per i dettagli.')
    await page.close()

    // The draft in the database is the machine's where it filled, the translator's elsewhere.
    const draft = await api('GET', `/articles/${articleId}?locale=fr&draft=true&depth=0&fallback-locale=none`, {
      token: translatorToken,
    })
    expect(draft.json.summary).toBe(`FR ${sentences.summary}`)
    expect(JSON.stringify(draft.json.body)).toContain(written)
    expect(JSON.stringify(draft.json.body)).toContain(`https://example.com/colibri-${stamp}`)
  })
})
