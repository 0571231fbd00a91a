import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { richText } from '@/richtext/build'
import { segmentField } from '@/segments/field'
import { visibleWords } from '@/segments/tags'
import { apiClient, signIn, type Json } from '../helpers/adminSession'
import { launchBrowser } from '../helpers/browser'
import { root } from '../helpers/server'

/**
 * The segment editor in Chromium against the production build. An editor publishes an article
 * that reuses sentences of a seeded (approved) one; the French translator opens its task, sees
 * the shared sentences pre-filled from the memory in the segment view, inserts a fuzzy match,
 * places a link's tag, confirms every segment with Ctrl+Enter, saves and submits; the editor
 * approves; the public page shows the text. The tests run in order and share state.
 * `SEGMENT_SCREENSHOT=1` also writes the README's picture of the segment view.
 */

const baseURL = inject('baseURL')
const password = 'dinogeek-dev'
const stamp = Date.now().toString(36)
const api = apiClient(baseURL)

let browser: Browser
let translator: BrowserContext
let editorToken = ''
let translatorToken = ''
let articleId = 0
let frTaskId = 0
/** Sentences of a seeded article: one reused as it is, one changed a little. */
let exact = { source: '', target: '' }
let fuzzy = { source: '', target: '' }

// The stamp sits inside the question: after the question mark it would be a sentence of its own.
const title = {
  it: `Come si riusano le frasi già tradotte (${stamp})?`,
  fr: `Comment réutiliser les phrases déjà traduites (${stamp}) ?`,
}
const summary = { it: 'Le frasi già tradotte tornano dalla memoria.', fr: 'Les phrases déjà traduites reviennent de la mémoire.' }
const linked = {
  it: 'Leggi [la guida](https://example.com/memoria) per i dettagli.',
  fr: 'Lisez <1>le guide</1> pour les détails.',
}

type Match = { score: number; target: string }

async function bestMatch(text: string): Promise<Match | undefined> {
  const query = new URLSearchParams({ from: 'it', to: 'fr', text, limit: '1' })
  const { json } = await api('GET', `/translation-memory/lookup?${query.toString()}`, { token: editorToken })
  return (json.matches as Match[] | undefined)?.[0]
}

/** A changed copy of a sentence: one word less, so the memory offers it as fuzzy, not exact. */
function changed(sentence: string): string {
  const words = sentence.split(' ')
  return [...words.slice(0, 2), ...words.slice(3)].join(' ')
}

beforeAll(async () => {
  browser = await launchBrowser()
  editorToken = String((await api('POST', '/users/login', { body: { email: 'editor@example.com', password } })).json.token)
  translatorToken = String(
    (await api('POST', '/users/login', { body: { email: 'translator.fr@example.com', password } })).json.token,
  )
  // Tagless sentences of the seeded articles that the memory knows, as exact matches.
  const { json } = await api('GET', '/articles?locale=it&limit=5&sort=id&depth=0', { token: editorToken })
  const candidates = (json.docs as Json[]).flatMap((doc) =>
    segmentField('body', doc.body, 'it').segments.filter(
      (segment) => segment.tags.length === 0 && segment.words >= 10 && !segment.text.includes('&'),
    ),
  )
  for (const segment of candidates) {
    const match = await bestMatch(segment.text)
    if (!match || match.score < 100) continue
    if (!exact.source) exact = { source: segment.text, target: match.target }
    else if (!fuzzy.source) {
      const offered = await bestMatch(changed(segment.text))
      if (offered && offered.score >= 75 && offered.score < 100) fuzzy = { source: changed(segment.text), target: offered.target }
    }
    if (exact.source && fuzzy.source) break
  }
  expect(exact.source && fuzzy.source, 'the seed memory has the sentences this test reuses').toBeTruthy()

  const topics = await api('GET', '/topics?limit=1&depth=0', { token: editorToken })
  const created = await api('POST', '/articles?locale=it&depth=0', {
    token: editorToken,
    body: {
      title: title.it,
      topic: (topics.json.docs as { id: number }[])[0]?.id,
      body: richText([
        { type: 'p', text: `${visibleWords(exact.source)} ${visibleWords(fuzzy.source)}` },
        { type: 'p', text: linked.it },
      ]),
      summary: summary.it,
      _status: 'published',
    },
  })
  expect(created.status).toBe(201)
  articleId = Number((created.json.doc as Json).id)
  const tasks = await api('GET', `/translations?where[article][equals]=${articleId}&where[locale][equals]=fr&depth=0`, {
    token: editorToken,
  })
  frTaskId = (tasks.json.docs as { id: number }[])[0]?.id ?? 0
  expect(frTaskId).toBeGreaterThan(0)
  translator = await signIn(browser, baseURL, 'translator.fr@example.com', password)
})

afterAll(async () => {
  await translator?.close()
  await browser?.close()
})

const rowOf = (page: Page, source: string) =>
  page.locator('[data-segment-id]').filter({ has: page.locator('.dg-seg__source p', { hasText: source }) })

async function openSegmentView(page: Page) {
  await page.goto(`${baseURL}/admin/collections/articles/${articleId}?locale=fr`)
  await page.click('button[data-view="segments"]')
  await page.locator('[data-segment-editor] [data-segment-id]').first().waitFor()
}

describe('the segment editor (production build)', () => {
  it('the translator takes the task and sees the reused sentences pre-filled from the memory', async () => {
    const page = await translator.newPage()
    await page.goto(`${baseURL}/admin/collections/translations/${frTaskId}`)
    await page.click('button[data-action="claim_start"]')
    await page.waitForSelector('[data-task-panel][data-status="in_progress"]', { timeout: 30_000 })
    await page.click('a[data-open-article]')
    await page.waitForURL(new RegExp(`/admin/collections/articles/${articleId}\\?locale=fr$`))
    await page.click('button[data-view="segments"]')
    const rows = page.locator('[data-segment-editor] [data-segment-id]')
    await rows.first().waitFor()
    // The field view's inputs are hidden meanwhile.
    expect(await page.locator('#field-title').isVisible()).toBe(false)
    expect(await rows.count()).toBe(5)

    const reused = rowOf(page, exact.source)
    expect(await reused.getAttribute('data-status')).toBe('memory')
    expect(await reused.locator('textarea').inputValue()).toBe(exact.target)
    expect(await rowOf(page, summary.it).getAttribute('data-status')).toBe('new')
    // A fuzzy match is offered with its score and what differs, never filled in.
    const near = rowOf(page, visibleWords(fuzzy.source))
    expect(await near.locator('textarea').inputValue()).toBe('')
    const offered = near.locator('[data-match-score]').first()
    const score = Number(await offered.getAttribute('data-match-score'))
    expect(score).toBeGreaterThanOrEqual(75)
    expect(score).toBeLessThan(100)
    expect(await offered.locator('del, ins').count()).toBeGreaterThan(0)
    await page.close()
  })

  it('inserts the fuzzy match, places the tag, confirms every segment with Ctrl+Enter and saves', async () => {
    const page = await translator.newPage()
    await openSegmentView(page)
    const near = rowOf(page, visibleWords(fuzzy.source))
    await near.locator('button[data-insert-match]').first().click()
    expect(await near.locator('textarea').inputValue()).toBe(fuzzy.target)
    expect(await near.getAttribute('data-status')).toBe('fuzzy')

    await rowOf(page, 'Come si riusano').locator('textarea').fill(title.fr)
    await rowOf(page, summary.it).locator('textarea').fill(summary.fr)

    // A translation without the link's tag cannot be confirmed; with it, it can.
    const link = rowOf(page, 'per i dettagli.')
    await link.locator('textarea').fill('Lisez le guide pour les détails.')
    await link.locator('textarea').press('Control+Enter')
    await expect.poll(() => link.locator('[role="alert"]').textContent()).toContain('Tag 1 is missing.')
    expect(await link.getAttribute('data-status')).not.toBe('confirmed')
    await link.locator('textarea').fill(linked.fr)
    expect(await link.locator('button[data-tag="1"]').getAttribute('class')).toContain('dg-seg__chip--placed')

    // Confirm each row from the keyboard: Ctrl+Enter confirms and moves to the next one.
    const rows = page.locator('[data-segment-editor] [data-segment-id]')
    await rows.first().locator('textarea').focus()
    for (let i = 0; i < (await rows.count()); i += 1) {
      await page.keyboard.press('Control+Enter')
      await expect.poll(() => rows.nth(i).getAttribute('data-status')).toBe('confirmed')
    }
    const progress = await page.locator('[data-progress]').textContent()
    const [confirmedWords, totalWords] = (progress?.match(/\d+/g) ?? []).map(Number)
    expect(confirmedWords).toBe(totalWords)
    expect(confirmedWords).toBeGreaterThan(0)

    if (process.env.SEGMENT_SCREENSHOT === '1') {
      await page.setViewportSize({ width: 1400, height: 900 })
      await page.locator('[data-segment-editor]').scrollIntoViewIfNeeded()
      await page.screenshot({ path: path.join(root, 'docs/screenshots/segment-view.png') })
    }

    const saved = page.waitForResponse(
      (response) => response.request().method() === 'PUT' && response.url().includes(`/translations/${frTaskId}/segments`),
    )
    await page.click('button[data-save-segments]')
    expect((await saved).status()).toBe(200)
    // The notice is set after the response body is read, so it may lag the response event.
    await expect.poll(() => page.locator('[data-save-notice]').textContent()).toBe('Draft saved.')

    // Back to the field view: the same text, read from the saved draft.
    await Promise.all([page.waitForEvent('load'), page.click('button[data-view="fields"]')])
    await page.locator('#field-title').waitFor()
    expect(await page.locator('#field-title').inputValue()).toBe(title.fr)
    expect(await page.locator('#field-summary').inputValue()).toBe(summary.fr)
    const body = await page.locator('.field-type.rich-text-lexical [contenteditable="true"]').first().textContent()
    expect(body).toContain(fuzzy.target)
    expect(body).toContain('le guide')

    // Nothing is public before the approval.
    expect((await api('GET', `/articles?locale=fr&where[id][equals]=${articleId}&depth=0`)).json.totalDocs).toBe(0)
    const states = await api('GET', `/translations/${frTaskId}/segments`, { token: translatorToken })
    expect((states.json.rows as { status: string }[]).every((row) => row.status === 'confirmed')).toBe(true)

    await page.goto(`${baseURL}/admin/collections/translations/${frTaskId}`)
    await page.click('button[data-action="submit"]')
    await page.waitForSelector('[data-task-panel][data-status="in_review"]', { timeout: 30_000 })
    await page.close()
  })

  it('the editor approves, and the public page shows the translation', async () => {
    const editor = await signIn(browser, baseURL, 'editor@example.com', password)
    try {
      const page = await editor.newPage()
      await page.goto(`${baseURL}/admin/collections/translations/${frTaskId}`)
      await page.click('button[data-action="approve"]')
      await page.waitForSelector('[data-task-panel][data-status="approved"]', { timeout: 30_000 })
      await page.close()
    } finally {
      await editor.close()
    }
    const published = await api('GET', `/articles?locale=fr&where[id][equals]=${articleId}&depth=0`)
    const doc = (published.json.docs as { title: string; slug: string }[])[0]
    expect(doc?.title).toBe(title.fr)
    const visitor = await browser.newContext({ locale: 'fr-FR' })
    try {
      const page = await visitor.newPage()
      const response = await page.goto(`${baseURL}/fr/articles/${doc?.slug}`)
      expect(response?.status()).toBe(200)
      const text = await page.locator('main').innerText()
      for (const expected of [title.fr, exact.target, fuzzy.target, 'le guide', summary.fr]) {
        expect(text.replace(/\s+/g, ' ')).toContain(visibleWords(expected).replace(/\s+/g, ' '))
      }
    } finally {
      await visitor.close()
    }
  })
})
