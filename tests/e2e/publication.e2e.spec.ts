import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiClient, paragraph, signIn, type Json } from '../helpers/adminSession'
import { launchBrowser } from '../helpers/browser'

/**
 * Each language is published on its own, through the admin of the production
 * build: the editor publishes an Italian article with the Publish button; the
 * French translator translates and submits; the editor saves a new Italian
 * title as a draft, then approves the French task. A visitor then reads the
 * Italian that was published (not the draft) and the approved French. The
 * Publish and Unpublish buttons are offered in the Italian view only. The
 * tests run in order and share state.
 */

const baseURL = inject('baseURL')
const password = 'dinogeek-dev'
const stamp = Date.now().toString(36)

const italian = {
  title: `Come funziona la cache di un resolver DNS ${stamp}`,
  draftTitle: `Come funziona davvero la cache di un resolver DNS ${stamp}`,
  body: 'Il resolver conserva ogni risposta per la durata indicata dal TTL.',
  summary: 'Le risposte restano in cache fino alla scadenza del TTL.',
}
const french = {
  title: `Comment fonctionne le cache d’un résolveur DNS ${stamp}`,
  body: 'Le résolveur conserve chaque réponse pendant la durée indiquée par le TTL.',
  summary: 'Les réponses restent en cache jusqu’à l’expiration du TTL.',
}

let browser: Browser
let editor: BrowserContext
let translator: BrowserContext
let editorToken = ''
let articleId = 0
let frTaskId = 0
let italianSlug = ''

const api = apiClient(baseURL)

const login = (email: string): Promise<BrowserContext> => signIn(browser, baseURL, email, password)

async function openArticle(page: Page, locale: 'it' | 'fr' | 'en') {
  // Until the admin has hydrated, typing reaches the input but not the form, which then sees no
  // change (and keeps "Save draft" disabled): wait for the page to settle.
  await page.goto(`${baseURL}/admin/collections/articles/${articleId}?locale=${locale}`, { waitUntil: 'networkidle' })
  // "Save draft" is offered in every language: the controls have rendered once it is there.
  await page.locator('#action-save-draft').waitFor()
}

/**
 * Payload locks a document while someone edits it, and a change request landing just after a
 * save can leave the translator's lock behind for five minutes: the editor then takes over, as
 * they would in the admin.
 */
async function takeOverIfLocked(page: Page) {
  const takeOver = page.locator('#document-locked-take-over')
  const locked = await takeOver.waitFor({ timeout: 2_000 }).then(
    () => true,
    () => false,
  )
  if (!locked) return
  console.info('[e2e] the article was still locked by an earlier session: the editor takes over')
  await takeOver.click()
  await takeOver.waitFor({ state: 'detached' })
  // Taking over refreshes the page in the background, which would reset the form under the
  // editor's typing: load it afresh instead, now as the lock's owner.
  await page.reload({ waitUntil: 'networkidle' })
  await page.locator('#action-save-draft').waitFor()
}

/** Payload's document status ("Draft", "Published", "Changed"). */
async function documentStatus(page: Page): Promise<string> {
  return ((await page.locator('.doc-controls .status__value').first().textContent()) ?? '').trim()
}

/** Whether the document menu (the three dots) offers "Unpublish". */
async function menuOffersUnpublish(page: Page): Promise<boolean> {
  await page.click('.doc-controls__dots')
  // Delete is an editor's entry in every language: the menu is open once it shows.
  await page.locator('#action-delete').waitFor()
  const offered = (await page.locator('#action-unpublish').count()) > 0
  await page.keyboard.press('Escape')
  return offered
}

function articleWrite(page: Page) {
  return page.waitForResponse(
    (response) => response.request().method() === 'PATCH' && response.url().includes(`/api/articles/${articleId}?`),
    { timeout: 30_000 },
  )
}

async function taskStatus(page: Page, status: string) {
  await page.waitForSelector(`[data-task-panel][data-status="${status}"]`, { timeout: 30_000 })
}

async function toast(page: Page, text: string) {
  await page.locator('.payload-toast-container').getByText(text).first().waitFor({ timeout: 15_000 })
}

beforeAll(async () => {
  browser = await launchBrowser()
  const session = await api('POST', '/users/login', { body: { email: 'editor@example.com', password } })
  editorToken = String(session.json.token)
  const topics = await api('GET', '/topics?limit=1&depth=0', { token: editorToken })
  const topic = (topics.json.docs as { id: number }[])[0]?.id
  const created = await api('POST', '/articles?locale=it&depth=0&draft=true', {
    token: editorToken,
    body: { title: italian.title, topic, body: paragraph(italian.body), summary: italian.summary },
  })
  expect(created.status).toBe(201)
  articleId = Number((created.json.doc as Json).id)
  editor = await login('editor@example.com')
})

afterAll(async () => {
  await translator?.close()
  await editor?.close()
  await browser?.close()
})

describe('publishing one language at a time, in the admin (production build)', () => {
  it('the editor publishes the Italian draft with the Publish button; it stays “Published” after a reload', async () => {
    // A draft is not public.
    expect((await api('GET', `/articles?locale=it&where[id][equals]=${articleId}&depth=0`)).json.totalDocs).toBe(0)

    const page = await editor.newPage()
    await openArticle(page, 'it')
    expect(await documentStatus(page)).toBe('Draft')
    const write = articleWrite(page)
    await page.click('#action-save')
    const response = await write
    expect(response.status()).toBe(200)
    expect(new URL(response.url()).searchParams.get('locale')).toBe('it')
    // The answer is the draft it went through, with the status the publication produced.
    const doc = ((await response.json()) as { doc: { _status: string; title: string } }).doc
    expect(doc._status).toBe('published')
    expect(doc.title).toBe(italian.title)
    await toast(page, 'Updated successfully.')
    expect(await documentStatus(page)).toBe('Published')

    // Nothing is pending after a publish: a reload must not show a "changed" draft on top.
    await page.reload()
    await page.locator('#action-save-draft').waitFor()
    expect(await documentStatus(page)).toBe('Published')
    await page.close()

    const anonymous = await api('GET', `/articles?locale=it&where[id][equals]=${articleId}&depth=0`)
    const live = (anonymous.json.docs as { title: string; slug: string; publishedAt: string | null }[])[0]
    expect(live?.title).toBe(italian.title)
    expect(live?.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    italianSlug = live?.slug ?? ''
    // The working draft carries the publication date the editor sees in the form.
    const working = await api('GET', `/articles/${articleId}?locale=it&draft=true&depth=0`, { token: editorToken })
    expect(working.json.publishedAt).toBe(live?.publishedAt)

    const tasks = await api('GET', `/translations?where[article][equals]=${articleId}&sort=locale&depth=0`, {
      token: editorToken,
    })
    const docs = tasks.json.docs as { id: number; locale: string; status: string }[]
    expect(docs.map((task) => [task.locale, task.status])).toEqual([
      ['en', 'todo'],
      ['fr', 'todo'],
    ])
    frTaskId = docs.find((task) => task.locale === 'fr')?.id ?? 0
  })

  it('Publish and Unpublish are offered in the Italian view only; the server refuses a French publish with its reason', async () => {
    const page = await editor.newPage()
    await openArticle(page, 'it')
    expect(await page.locator('#action-save').count()).toBe(1)
    expect(await menuOffersUnpublish(page)).toBe(true)

    for (const locale of ['fr', 'en'] as const) {
      await openArticle(page, locale)
      expect(await page.locator('#action-save').count(), locale).toBe(0)
      expect(await menuOffersUnpublish(page), locale).toBe(false)
    }
    await page.close()

    // What the hidden button would have met: a refusal whose message survives the production build.
    const refused = await api('PATCH', `/articles/${articleId}?locale=fr&depth=0`, {
      token: editorToken,
      body: { title: 'Publication directe refusée', _status: 'published' },
    })
    expect(refused.status).toBe(400)
    expect((refused.json.errors as { message: string }[])[0]?.message).toContain('is published by approving its translation task')
    const working = await api('GET', `/articles/${articleId}?locale=fr&fallback-locale=null&draft=true&depth=0`, {
      token: editorToken,
    })
    expect(working.json.title ?? null).toBeNull()
  })

  it('the French translator translates in the admin, saves a draft and submits', async () => {
    translator = await login('translator.fr@example.com')
    const page = await translator.newPage()
    await page.goto(`${baseURL}/admin/collections/translations/${frTaskId}`)
    await taskStatus(page, 'todo')
    await page.click('button[data-action="claim_start"]')
    await taskStatus(page, 'in_progress')

    await page.click('a[data-open-article]')
    await page.waitForURL(new RegExp(`/admin/collections/articles/${articleId}\\?locale=fr$`))
    await page.locator('#action-save-draft').waitFor()
    // Translators have neither button, in their language either.
    expect(await page.locator('#action-save').count()).toBe(0)
    await page.fill('#field-title', french.title)
    await page.fill('#field-summary', french.summary)
    await page.locator('.field-type.rich-text-lexical [contenteditable="true"]').first().click()
    await page.keyboard.type(french.body)
    await expect.poll(() => page.locator('#action-save-draft').isEnabled()).toBe(true)
    const write = articleWrite(page)
    await page.click('#action-save-draft')
    expect((await write).status()).toBe(200)
    await toast(page, 'Draft saved successfully.')

    // Back to the task from the banner (which also releases the document lock), and submit.
    await page.click('[data-task-banner] a')
    await page.waitForURL(new RegExp(`/admin/collections/translations/${frTaskId}$`))
    await taskStatus(page, 'in_progress')
    await page.click('button[data-action="submit"]')
    await taskStatus(page, 'in_review')
    await page.close()

    expect((await api('GET', `/articles?locale=fr&where[id][equals]=${articleId}&depth=0`)).json.totalDocs).toBe(0)
  })

  it('the editor saves a new Italian title as a draft: the published Italian is unchanged', async () => {
    const visitor = await browser.newContext({ locale: 'it-IT' })
    const before = await visitor.newPage()
    // Renders (and caches) the Italian page before the draft exists.
    expect((await before.goto(`${baseURL}/it/articoli/${italianSlug}`))?.status()).toBe(200)
    expect(await before.locator('h1').textContent()).toBe(italian.title)
    await visitor.close()

    const page = await editor.newPage()
    await openArticle(page, 'it')
    await takeOverIfLocked(page)
    await page.fill('#field-title', italian.draftTitle)
    // The form took the change (the button is enabled only for a modified form).
    await expect.poll(() => page.locator('#action-save-draft').isEnabled()).toBe(true)
    const write = articleWrite(page)
    await page.click('#action-save-draft')
    const response = await write
    expect(response.status()).toBe(200)
    expect(new URL(response.url()).searchParams.get('draft')).toBe('true')
    await toast(page, 'Draft saved successfully.')
    await page.reload()
    await page.locator('#action-save-draft').waitFor()
    expect(await page.inputValue('#field-title')).toBe(italian.draftTitle)
    expect(await documentStatus(page)).toBe('Changed')
    await page.close()

    const anonymous = await api('GET', `/articles?locale=it&where[id][equals]=${articleId}&depth=0`)
    expect((anonymous.json.docs as { title: string }[])[0]?.title).toBe(italian.title)
  })

  it('the editor approves the French task with “Approve and publish”', async () => {
    const page = await editor.newPage()
    await page.goto(`${baseURL}/admin/collections/translations/${frTaskId}`)
    await taskStatus(page, 'in_review')
    const approve = page.locator('button[data-action="approve"]')
    expect((await approve.textContent())?.trim()).toBe('Approve and publish')
    await approve.click()
    await taskStatus(page, 'approved')
    expect(await page.locator('[data-task-actions] [role="alert"]').count()).toBe(0)
    await page.close()
  })

  it('a visitor reads the published Italian title (not the draft) and the approved French text', async () => {
    const visitor = await browser.newContext({ locale: 'it-IT' })
    const page = await visitor.newPage()
    const italianPage = await page.goto(`${baseURL}/it/articoli/${italianSlug}`)
    expect(italianPage?.status()).toBe(200)
    expect(await page.locator('h1').textContent()).toBe(italian.title)
    expect(await page.content()).not.toContain(italian.draftTitle)

    // French is now public: the language switcher leads to its own URL.
    const anonymous = await api('GET', `/articles?locale=fr&where[id][equals]=${articleId}&depth=0`)
    const frenchSlug = (anonymous.json.docs as { slug: string }[])[0]?.slug ?? ''
    expect(frenchSlug).not.toBe('')
    await page.click('.language-switcher a[hreflang="fr"]')
    await page.waitForURL(`${baseURL}/fr/articles/${frenchSlug}`)
    expect(await page.getAttribute('html', 'lang')).toBe('fr')
    expect(await page.locator('h1').textContent()).toBe(french.title)
    const text = (await page.locator('main').textContent()) ?? ''
    expect(text).toContain(french.body)
    expect(text).toContain(french.summary)
    expect(text).not.toContain(italian.draftTitle)
    await visitor.close()

    // The Italian draft is still the working copy, for the editor to publish when ready.
    const working = await api('GET', `/articles/${articleId}?locale=it&draft=true&depth=0`, { token: editorToken })
    expect(working.json.title).toBe(italian.draftTitle)
  })

  it('publishing the Italian draft makes the new title public; French stays public', async () => {
    const page = await editor.newPage()
    await openArticle(page, 'it')
    await takeOverIfLocked(page)
    expect(await documentStatus(page)).toBe('Changed')
    const write = articleWrite(page)
    await page.click('#action-save')
    const response = await write
    expect(response.status()).toBe(200)
    expect(((await response.json()) as { doc: { _status: string } }).doc._status).toBe('published')
    await page.reload()
    await page.locator('#action-save-draft').waitFor()
    expect(await documentStatus(page)).toBe('Published')
    await page.close()

    const visitor = await browser.newContext({ locale: 'it-IT' })
    const site = await visitor.newPage()
    await site.goto(`${baseURL}/it/articoli/${italianSlug}`)
    expect(await site.locator('h1').textContent()).toBe(italian.draftTitle)
    await site.click('.language-switcher a[hreflang="fr"]')
    await site.waitForURL(/\/fr\/articles\//)
    expect(await site.locator('h1').textContent()).toBe(french.title)
    await visitor.close()
  })
})
