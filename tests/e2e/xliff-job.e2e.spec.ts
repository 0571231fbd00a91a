import { readFile } from 'node:fs/promises'

import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiClient, signIn, type Json } from '../helpers/adminSession'
import { launchBrowser } from '../helpers/browser'
import { el, fillTargets, link, shout, text } from '../helpers/xliff'

/**
 * A job through a CAT tool, in Chromium against the production build: the editor ticks three
 * articles in the list, builds a French job for the French translator and downloads its XLIFF
 * 2.1 from the job's page; the test stands in for the agency's tool and fills every target;
 * the translator uploads the file on the same page; the three tasks are in review with the text.
 */

const baseURL = inject('baseURL')
const password = 'dinogeek-dev'
const stamp = Date.now().toString(36)
const api = apiClient(baseURL)

let browser: Browser
let editor: BrowserContext
let translator: BrowserContext
let editorToken = ''
let translatorId = ''
let jobId = ''
let xliff = ''
const articleIds: number[] = []
const titles = [1, 2, 3].map((n) => `Domanda ${n} sugli stream ${stamp}?`)

beforeAll(async () => {
  browser = await launchBrowser()
  editorToken = String((await api('POST', '/users/login', { body: { email: 'editor@example.com', password } })).json.token)
  const translatorLogin = await api('POST', '/users/login', { body: { email: 'translator.fr@example.com', password } })
  translatorId = String((translatorLogin.json.user as Json).id)
  const topics = await api('GET', '/topics?limit=1&depth=0', { token: editorToken })
  for (const [i, title] of titles.entries()) {
    const created = await api('POST', '/articles?locale=it&depth=0', {
      token: editorToken,
      body: {
        title,
        topic: (topics.json.docs as { id: number }[])[0]?.id,
        body: {
          root: el('root', [
            el('paragraph', [
              text('Uno stream legge '),
              text('a pezzi', 1),
              text(` il file ${i + 1}. Vedi la `),
              link('https://nodejs.org/api/stream.html', [text('guida')]),
              text('.'),
            ]),
          ]),
        },
        summary: `Gli stream in breve, parte ${i + 1}.`,
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    articleIds.push(Number((created.json.doc as Json).id))
  }
  editor = await signIn(browser, baseURL, 'editor@example.com', password)
  translator = await signIn(browser, baseURL, 'translator.fr@example.com', password)
})

afterAll(async () => {
  await editor?.close()
  await translator?.close()
  await browser?.close()
})

/** The texts of the bold runs of a Lexical value. */
function boldTexts(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return []
  const node = value as Record<string, unknown>
  const own = node.type === 'text' && node.format === 1 && typeof node.text === 'string' ? [node.text] : []
  const children = Array.isArray(node.children) ? node.children : node.root ? [node.root] : []
  return [...own, ...children.flatMap(boldTexts)]
}

describe('a translation job through XLIFF (production build)', () => {
  it('the editor ticks three articles and builds a French job for the translator', async () => {
    const page = await editor.newPage()
    await page.goto(`${baseURL}/admin/collections/articles?search=${stamp}&limit=50`)
    for (const title of titles) {
      const row = page.locator('tr', { hasText: title })
      await row.waitFor()
      await row.locator('input[type="checkbox"]').first().check()
    }
    const create = page.locator('[data-create-job] .dg-job-actions button.btn--style-primary').first()
    await expect.poll(() => create.isEnabled()).toBe(true)
    await create.click()
    const form = page.locator('[data-create-job] form')
    await form.waitFor()
    for (const box of await form.locator('fieldset input[type="checkbox"]').all()) {
      const label = (await box.locator('xpath=..').textContent()) ?? ''
      if (/French/i.test(label)) await box.check()
      else await box.uncheck()
    }
    await form.locator('select').selectOption(translatorId)
    await form.locator('button[type="submit"]').click()
    await expect
      .poll(async () => (await page.locator('[data-job-outcome]').textContent()) ?? '', { timeout: 30_000 })
      .not.toMatch(/^$|…/)
    console.info(`[xliff-job] build answered: ${await page.locator('[data-job-outcome]').textContent()}`)
    const outcome = page.locator('[data-job-outcome]')
    // The answer, once it is in: a link to the new job (an error would show its text here).
    await expect.poll(async () => (await outcome.textContent()) ?? '', { timeout: 30_000 }).toMatch(/\S.*\S/)
    await expect.poll(() => outcome.locator('a').count(), { timeout: 30_000 }).toBe(1)
    jobId = (await outcome.locator('a').getAttribute('href'))?.split('/').pop() ?? ''
    expect(jobId).toMatch(/^\d+$/)
    await page.close()
  })

  it('the editor downloads the job as XLIFF 2.1 from its page', async () => {
    const page = await editor.newPage()
    await page.goto(`${baseURL}/admin/collections/translation-jobs/${jobId}`)
    const link = page.locator('[data-xliff-exchange] a[data-xliff-export="2.1"]')
    await link.waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toMatch(/^job-\d+-fr-xliff21\.xlf$/)
    xliff = await readFile(await download.path(), 'utf8')
    expect(xliff.match(/<file /g)).toHaveLength(3)
    for (const title of titles) expect(xliff).toContain(title)
    await page.close()
  })

  it('the translator imports the agency’s file: the three tasks are in review with the text and formatting', async () => {
    const translated = fillTargets(xliff, shout)
    const page = await translator.newPage()
    await page.goto(`${baseURL}/admin/collections/translation-jobs/${jobId}`)
    const card = page.locator('[data-xliff-exchange]')
    await card.waitFor()
    await card.locator('input[data-xliff-file]').setInputFiles({
      name: 'translated.xlf',
      mimeType: 'application/xliff+xml',
      buffer: Buffer.from(translated),
    })
    await expect
      .poll(() => card.locator('[data-xliff-outcome]').textContent(), { timeout: 30_000 })
      .toContain('3 tasks imported.')
    await page.close()

    const translatorToken = String(
      (await api('POST', '/users/login', { body: { email: 'translator.fr@example.com', password } })).json.token,
    )
    for (const [i, id] of articleIds.entries()) {
      const tasks = await api('GET', `/translations?where[article][equals]=${id}&where[locale][equals]=fr&depth=0`, {
        token: editorToken,
      })
      expect((tasks.json.docs as { status: string }[])[0]?.status).toBe('in_review')
      const draft = await api('GET', `/articles/${id}?locale=fr&draft=true&depth=0&fallback-locale=none`, {
        token: translatorToken,
      })
      expect(draft.json.title).toBe(titles[i]?.toUpperCase())
      const body = JSON.stringify(draft.json.body)
      expect(body).toContain('A PEZZI')
      expect(body).toContain('https://nodejs.org/api/stream.html')
      // The bold run kept its format.
      expect(boldTexts(draft.json.body)).toEqual(['A PEZZI'])
    }
  })
})
