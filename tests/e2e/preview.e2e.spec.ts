import type { Browser, BrowserContext, Frame } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiClient, paragraph, signIn, type Json } from '../helpers/adminSession'
import { launchBrowser } from '../helpers/browser'

/**
 * Preview in Chromium against the production build: a French translation is
 * public (v1) and its next version (v2) waits in review. The editor opens
 * Preview from the task and sees v2 on the real page under the banner, while
 * anonymous visitors keep getting v1 from Next's cache; the Live Preview panel
 * of the article editor follows the title as it is typed.
 */

const baseURL = inject('baseURL')
const password = 'dinogeek-dev'
const stamp = Date.now().toString(36)

const italian = {
  title: `Che cos’è un record CNAME? ${stamp}`,
  body: 'Un record CNAME rende un nome alias di un altro nome.',
  newBody: 'Un record CNAME rende un nome alias di un altro nome canonico, che il resolver segue.',
}
const french = {
  title: `Qu’est-ce qu’un enregistrement CNAME ? ${stamp}`,
  v1: 'Version publiée : un enregistrement CNAME fait d’un nom l’alias d’un autre.',
  v2: 'Version en relecture : un enregistrement CNAME fait d’un nom l’alias d’un nom canonique.',
}

const api = apiClient(baseURL)
let browser: Browser
let editor: BrowserContext | undefined
let editorToken = ''
let articleId = 0
let frTaskId = 0
let frPath = ''

async function patch(path: string, token: string, body: Json) {
  const result = await api('PATCH', path, { token, body })
  expect(result.status, `${path}: ${JSON.stringify(result.json)}`).toBe(200)
  return result
}

async function anonymousPage() {
  const response = await fetch(`${baseURL}${frPath}`)
  return { status: response.status, cache: response.headers.get('x-nextjs-cache'), html: await response.text() }
}

beforeAll(async () => {
  browser = await launchBrowser()
  editorToken = String((await api('POST', '/users/login', { body: { email: 'editor@example.com', password } })).json.token)
  const translatorLogin = await api('POST', '/users/login', { body: { email: 'translator.fr@example.com', password } })
  const translatorToken = String(translatorLogin.json.token)
  const translatorId = Number((translatorLogin.json.user as Json).id)
  const topics = await api('GET', '/topics?limit=1&depth=0', { token: editorToken })
  const topic = (topics.json.docs as { id: number }[])[0]?.id
  const created = await api('POST', '/articles?locale=it&depth=0', {
    token: editorToken,
    body: { title: italian.title, topic, body: paragraph(italian.body), summary: italian.body, _status: 'published' },
  })
  expect(created.status).toBe(201)
  articleId = Number((created.json.doc as Json).id)
  const tasks = await api('GET', `/translations?where[article][equals]=${articleId}&where[locale][equals]=fr&depth=0`, {
    token: editorToken,
  })
  frTaskId = Number((tasks.json.docs as Json[])[0]?.id)

  // French v1: translated, approved, public.
  await patch(`/translations/${frTaskId}`, translatorToken, { assignee: translatorId, status: 'in_progress' })
  await patch(`/articles/${articleId}?locale=fr&draft=true&depth=0`, translatorToken, {
    title: french.title,
    summary: french.v1,
    body: paragraph(french.v1),
  })
  await patch(`/translations/${frTaskId}`, translatorToken, { status: 'in_review' })
  await patch(`/translations/${frTaskId}`, editorToken, { status: 'approved' })
  // The Italian changes: French is outdated, v1 stays online; v2 goes to review.
  await patch(`/articles/${articleId}?locale=it&depth=0&overrideLock=true`, editorToken, { body: paragraph(italian.newBody) })
  await patch(`/translations/${frTaskId}`, translatorToken, { status: 'in_progress' })
  await patch(`/articles/${articleId}?locale=fr&draft=true&depth=0`, translatorToken, {
    summary: french.v2,
    body: paragraph(french.v2),
  })
  await patch(`/translations/${frTaskId}`, translatorToken, { status: 'in_review' })

  const visible = await api('GET', `/articles?locale=fr&where[id][equals]=${articleId}&depth=0`)
  const slug = (visible.json.docs as { slug: string }[])[0]?.slug
  expect(slug).toBeTruthy()
  frPath = `/fr/articles/${slug}`
})

afterAll(async () => {
  await editor?.close()
  await browser?.close()
})

describe('preview (production build)', () => {
  it('visitors read the published French v1, from the cache', async () => {
    const first = await anonymousPage()
    expect(first.status).toBe(200)
    expect(first.html).toContain(french.v1)
    const second = await anonymousPage()
    expect(second.cache).toBe('HIT')
  })

  it('the editor opens Preview on the French task in review: banner, v2, noindex, private no-store', async () => {
    editor = await signIn(browser, baseURL, 'editor@example.com', password)
    const page = await editor.newPage()
    await page.goto(`${baseURL}/admin/collections/translations/${frTaskId}`)
    await page.waitForSelector('[data-task-panel][data-status="in_review"]')
    const preview = page.locator('[data-task-actions] a[data-preview-link]')
    expect(await preview.textContent()).toContain('Preview in French')
    // Next to the review moves.
    expect(await page.locator('[data-task-actions] button[data-action="approve"]').count()).toBe(1)
    const href = await preview.getAttribute('href')
    expect(href).toMatch(/^\/preview\?token=/)

    const response = await page.goto(`${baseURL}${href}`)
    expect(new URL(page.url()).pathname).toBe(frPath)
    expect(response?.status()).toBe(200)
    const headers = response?.headers() ?? {}
    expect(headers['cache-control']).toMatch(/private/)
    expect(headers['cache-control']).toMatch(/no-store/)
    expect(headers['x-robots-tag']).toBe('noindex')
    // (Next labels even a draft-mode render `x-nextjs-cache: HIT`; that it wrote nothing to its cache is
    // what the visitors' requests below show.)
    expect(await page.locator('[data-preview-banner]').textContent()).toContain('Aperçu — non publié')
    const main = await page.locator('main').textContent()
    expect(main).toContain(french.v2)
    expect(main).not.toContain(french.v1)
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toMatch(/noindex/)
    // The switcher: the public Italian, and French marked as the previewed language; English is not public.
    const switcher = page.locator('.language-switcher')
    expect(await switcher.locator('a[hreflang="it"]').count()).toBe(1)
    expect(await switcher.locator('a[hreflang="en"]').count()).toBe(0)
    expect(await switcher.locator('.language-switcher__mark').textContent()).toBe('aperçu')
    await page.close()
  })

  it('meanwhile visitors still get v1 from the cache, without a banner', async () => {
    const anonymous = await anonymousPage()
    expect(anonymous.cache).toBe('HIT')
    expect(anonymous.html).toContain(french.v1)
    expect(anonymous.html).not.toContain(french.v2)
    expect(anonymous.html).not.toContain('data-preview-banner')

    const visitor = await browser.newContext()
    const page = await visitor.newPage()
    await page.goto(`${baseURL}${frPath}`)
    expect(await page.locator('main').textContent()).toContain(french.v1)
    expect(await page.locator('[data-preview-banner]').count()).toBe(0)
    await visitor.close()
  })

  it('a draft-mode cookie without the session shows the published page; the exit link leaves draft mode', async () => {
    if (!editor) throw new Error('no editor context')
    const page = await editor.newPage()
    await page.goto(`${baseURL}${frPath}`)
    await page.locator('[data-preview-banner] a').click()
    await page.waitForURL(`${baseURL}${frPath}`)
    expect(await page.locator('[data-preview-banner]').count()).toBe(0)
    expect(await page.locator('main').textContent()).toContain(french.v1)

    // Back in draft mode, then signed out (the session cookie gone): the draft is gone too.
    const href = await (async () => {
      await page.goto(`${baseURL}/admin/collections/translations/${frTaskId}`)
      return page.locator('[data-task-actions] a[data-preview-link]').getAttribute('href')
    })()
    await page.goto(`${baseURL}${href}`)
    expect(await page.locator('[data-preview-banner]').count()).toBe(1)
    const cookies = await editor.cookies()
    expect(cookies.some((cookie) => cookie.name === '__prerender_bypass')).toBe(true)
    await editor.clearCookies({ name: 'payload-token' })
    await page.reload()
    expect(await page.locator('[data-preview-banner]').count()).toBe(0)
    expect(await page.locator('main').textContent()).toContain(french.v1)
    await page.close()
    await editor.close()
    editor = undefined
  })

  it('the Live Preview panel of the article editor follows the title as it is typed', async () => {
    editor = await signIn(browser, baseURL, 'editor@example.com', password)
    const page = await editor.newPage()
    await page.goto(`${baseURL}/admin/collections/articles/${articleId}?locale=fr`)
    await page.waitForSelector('#field-title')
    await page.click('#live-preview-toggler')
    const iframe = await page.waitForSelector('iframe#live-preview-iframe')
    const frame: Frame | null = await iframe.contentFrame()
    if (!frame) throw new Error('no live preview frame')
    await frame.waitForSelector('[data-preview-banner]')
    expect(await frame.locator('main').textContent()).toContain(french.v2)
    expect(await frame.locator('h1').textContent()).toBe(french.title)

    const typed = `${french.title} — en direct`
    await page.fill('#field-title', typed)
    await expect.poll(() => frame.locator('main h1').textContent(), { timeout: 20_000 }).toBe(typed)
    // Nothing was saved: visitors and the stored draft keep the old title.
    expect((await anonymousPage()).html).not.toContain('en direct')
    await page.close()
  })
})
