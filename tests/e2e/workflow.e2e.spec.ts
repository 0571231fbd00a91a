import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiClient, paragraph, signIn, type Json } from '../helpers/adminSession'
import { launchBrowser } from '../helpers/browser'

/**
 * The translation loop in the admin, in Chromium against the production
 * build: an editor publishes an Italian article; the French translator finds
 * the task in their queue, takes it, translates beside the Italian source,
 * saves a draft and submits; the editor approves and the French text goes
 * public; the editor changes the Italian body and the French task shows
 * outdated with the diff of the body. The tests run in order and share state.
 */

const baseURL = inject('baseURL')
const password = 'dinogeek-dev'
const stamp = Date.now().toString(36)

const italian = {
  title: `Che cos’è un resolver DNS ricorsivo? ${stamp}`,
  body: 'Un resolver ricorsivo interroga i server DNS al posto del client.',
  summary: 'Il resolver fa il lavoro di ricerca per il client.',
  newBody: 'Un resolver ricorsivo interroga i server DNS autorevoli al posto del client e conserva le risposte in cache.',
}
const french = {
  title: `Qu’est-ce qu’un résolveur DNS récursif ? ${stamp}`,
  body: 'Un résolveur récursif interroge les serveurs DNS à la place du client.',
  summary: 'Le résolveur fait le travail de recherche pour le client.',
}

let browser: Browser
let translator: BrowserContext
let editor: BrowserContext
let editorToken = ''
let articleId = 0
let frTaskId = 0

const api = apiClient(baseURL)

const login = (email: string): Promise<BrowserContext> => signIn(browser, baseURL, email, password)

async function taskStatus(page: Page, status: string) {
  await page.waitForSelector(`[data-task-panel][data-status="${status}"]`, { timeout: 30_000 })
}

beforeAll(async () => {
  browser = await launchBrowser()
  const session = await api('POST', '/users/login', { body: { email: 'editor@example.com', password } })
  editorToken = String(session.json.token)
  const topics = await api('GET', '/topics?limit=1&depth=0', { token: editorToken })
  const topic = (topics.json.docs as { id: number }[])[0]?.id
  const created = await api('POST', '/articles?locale=it&depth=0', {
    token: editorToken,
    body: {
      title: italian.title,
      topic,
      body: paragraph(italian.body),
      summary: italian.summary,
      _status: 'published',
    },
  })
  expect(created.status).toBe(201)
  articleId = Number((created.json.doc as Json).id)
})

afterAll(async () => {
  await translator?.close()
  await editor?.close()
  await browser?.close()
})

describe('translation workflow in the admin (production build)', () => {
  it('publishing an Italian article creates a French and an English task, both to do', async () => {
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

  it('the French translator finds the task in their queue, claims it and starts', async () => {
    translator = await login('translator.fr@example.com')
    const page = await translator.newPage()
    await page.goto(`${baseURL}/admin/translations`)
    expect(await page.textContent('h1')).toBe('Translation workspace')
    const row = page.locator(`[data-testid="queue-claimable"] tr[data-article-id="${articleId}"]`)
    await expect.poll(() => row.count()).toBe(1)
    expect(await row.textContent()).toContain(italian.title)
    expect(await row.getAttribute('data-status')).toBe('todo')
    expect(await row.textContent()).toContain('French')
    // Only French tasks for a French translator.
    expect(await page.locator('[data-testid="queue-claimable"] tr[data-article-id] >> text=English').count()).toBe(0)

    await row.locator('a[data-open-task]').click()
    await page.waitForURL(new RegExp(`/admin/collections/translations/${frTaskId}$`))
    await taskStatus(page, 'todo')
    // No editor move (approve, reassign) is offered to a translator.
    expect(
      await page
        .locator('[data-task-actions] button[data-action]')
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action'))),
    ).toEqual(['claim_start', 'claim'])
    await page.click('button[data-action="claim_start"]')
    await taskStatus(page, 'in_progress')
    expect(
      await page
        .locator('[data-task-actions] button[data-action]')
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action'))),
    ).toEqual(['submit'])
    await page.close()
  })

  it('opens the article in French, sees the Italian source above each field, translates, saves a draft and submits', async () => {
    const page = await translator.newPage()
    await page.goto(`${baseURL}/admin/collections/translations/${frTaskId}`)
    await page.click('a[data-open-article]')
    await page.waitForURL(new RegExp(`/admin/collections/articles/${articleId}\\?locale=fr$`))

    const source = (field: string) => page.locator(`[data-source-for="${field}"] .dg-source__body`)
    await source('title').waitFor()
    // What the translator sees (innerText): a glossary term's tip stays out of it until it opens.
    expect((await source('title').innerText()).trim()).toBe(italian.title)
    expect(await source('body').innerText()).toContain(italian.body)
    expect((await source('summary').innerText()).trim()).toBe(italian.summary)
    expect(await page.locator('[data-source-for="title"] .dg-source__head').textContent()).toContain('Italian source')
    expect(await page.locator('[data-task-banner]').textContent()).toContain('In progress')
    // Translators save drafts; the Publish button is an editor's.
    expect(await page.locator('#action-save-draft').count()).toBe(1)
    expect(await page.locator('#action-save').count()).toBe(0)

    await page.fill('#field-title', french.title)
    await page.fill('#field-summary', french.summary)
    const editorArea = page.locator('.field-type.rich-text-lexical [contenteditable="true"]').first()
    await editorArea.click()
    await page.keyboard.type(french.body)

    const saved = page.waitForResponse(
      (response) => response.request().method() === 'PATCH' && response.url().includes(`/api/articles/${articleId}`),
      { timeout: 30_000 },
    )
    await page.click('#action-save-draft')
    expect((await saved).status()).toBe(200)

    // The draft is saved for French and not yet public.
    const anonymous = await api('GET', `/articles?locale=fr&where[id][equals]=${articleId}&depth=0`)
    expect(anonymous.json.totalDocs).toBe(0)
    const latest = await api('GET', `/articles/${articleId}?locale=fr&draft=true&depth=0`, { token: editorToken })
    expect(latest.json.title).toBe(french.title)

    // Back to the task from the banner, and submit.
    await page.click('[data-task-banner] a')
    await page.waitForURL(new RegExp(`/admin/collections/translations/${frTaskId}$`))
    await taskStatus(page, 'in_progress')
    await page.click('button[data-action="submit"]')
    await taskStatus(page, 'in_review')
    expect(await page.locator('[data-task-actions]').textContent()).toContain('Waiting for an editor’s review.')
    expect(await page.locator('[data-task-history]').textContent()).toContain('In review')
    await page.close()
  })

  it('the editor approves, and the French article becomes public', async () => {
    editor = await login('editor@example.com')
    const page = await editor.newPage()
    await page.goto(`${baseURL}/admin/collections/translations/${frTaskId}`)
    await taskStatus(page, 'in_review')
    expect(
      await page
        .locator('[data-task-actions] button[data-action]')
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action'))),
    ).toEqual(['approve', 'request_changes', 'reassign'])
    await page.click('button[data-action="approve"]')
    await taskStatus(page, 'approved')
    await page.close()

    const anonymous = await api('GET', `/articles?locale=fr&where[id][equals]=${articleId}&depth=0`)
    expect(anonymous.json.totalDocs).toBe(1)
    const doc = (anonymous.json.docs as { title: string; slug: string; summary: string }[])[0]
    expect(doc?.title).toBe(french.title)
    expect(doc?.summary).toBe(french.summary)

    // The public site is built in parallel: check the page only where the article route exists.
    const unknown = await fetch(`${baseURL}/fr/articles/no-such-article-${stamp}`)
    const real = await fetch(`${baseURL}/fr/articles/${doc?.slug}`)
    if (unknown.status === 404 && real.status === 200) {
      expect(await real.text()).toContain(french.title.replace(/’/g, '’'))
    } else {
      console.info(`[e2e] public article route not available yet (${unknown.status}/${real.status}): page check skipped`)
    }
  })

  it('after the editor changes the Italian body, the French task is outdated and shows the body diff', async () => {
    // The editor's save goes through REST here. The translator's admin session may still hold
    // Payload's document lock (a change request landing after their save takes it again, for
    // five minutes): an editor would take it over in the admin, REST says so with overrideLock.
    const changed = await api('PATCH', `/articles/${articleId}?locale=it&depth=0&overrideLock=true`, {
      token: editorToken,
      body: { body: paragraph(italian.newBody), _status: 'published' },
    })
    expect(changed.status).toBe(200)

    const page = await translator.newPage()
    await page.goto(`${baseURL}/admin/translations`)
    const row = page.locator(`[data-testid="queue-mine"] tr[data-task-id="${frTaskId}"]`)
    await expect.poll(() => row.getAttribute('data-status')).toBe('outdated')
    expect(
      await row.locator('[data-changed-field]').evaluateAll((chips) => chips.map((c) => c.getAttribute('data-changed-field'))),
    ).toEqual(['body'])
    await row.locator('details summary').click()
    const inserted = await row.locator('details ins').allTextContents()
    expect(inserted.join(' ')).toContain('autorevoli')
    expect(inserted.join(' ')).toContain('cache')

    // The task view shows the same diff, in full.
    await row.locator('a[data-open-task]').click()
    await taskStatus(page, 'outdated')
    const diff = page.locator('[data-task-diff] [data-field="body"]')
    expect((await diff.locator('ins').allTextContents()).join(' ')).toContain('autorevoli')
    expect(await diff.locator('del').count()).toBeGreaterThan(0)

    // And the article view, beside the French body.
    await page.goto(`${baseURL}/admin/collections/articles/${articleId}?locale=fr`)
    const beside = page.locator('[data-diff-for="body"]')
    await beside.waitFor()
    expect((await beside.locator('ins').allTextContents()).join(' ')).toContain('cache')
    expect(await page.locator('[data-diff-for="title"]').count()).toBe(0)
    await page.close()
  })

  it('a move the server refuses shows its message, naming the allowed moves', async () => {
    const page = await translator.newPage()
    await page.goto(`${baseURL}/admin/collections/translations/${frTaskId}`)
    await taskStatus(page, 'outdated')
    // Meanwhile an editor restarts the task and submits it: the translator's "Start" is now stale.
    for (const status of ['in_progress', 'in_review']) {
      const moved = await api('PATCH', `/translations/${frTaskId}`, { token: editorToken, body: { status } })
      expect(moved.status).toBe(200)
    }
    await page.click('button[data-action="start"]')
    const error = page.locator('[data-task-actions] [role="alert"]')
    await error.waitFor()
    expect(await error.textContent()).toContain('Only an editor can request changes')
    expect(await error.textContent()).toContain('From “In review”, the assigned translator cannot move it.')
    await page.close()
  })

  it('the editor sees counts, the coverage matrix and filters the task list by status and language', async () => {
    const page = await editor.newPage()
    await page.goto(`${baseURL}/admin/translations`)
    const cell = page.locator(`[data-testid="coverage-matrix"] tr[data-article-id="${articleId}"] td[data-locale="fr"]`)
    expect(await cell.getAttribute('data-status')).toBe('in_review')
    expect(
      await page
        .locator(`[data-testid="coverage-matrix"] tr[data-article-id="${articleId}"] td[data-locale="en"]`)
        .getAttribute('data-status'),
    ).toBe('todo')
    const frInReview = page.locator('[data-testid="status-counts"] tr[data-locale="fr"] td[data-status="in_review"]')
    expect(Number(await frInReview.textContent())).toBeGreaterThanOrEqual(1)

    // The number opens the tasks list filtered on that status and language.
    await frInReview.locator('a').click()
    await page.waitForURL(/collections\/translations\?where/)
    const expected = await api('GET', '/translations?where[status][equals]=in_review&where[locale][equals]=fr&depth=0&limit=0', {
      token: editorToken,
    })
    const rows = page.locator('.table tbody tr')
    await expect.poll(() => rows.count()).toBe(Number(expected.json.totalDocs))
    expect(await page.locator('[data-quick-filters] .dg-active').count()).toBeGreaterThan(0)

    // The cell in the matrix opens the task.
    await page.goto(`${baseURL}/admin/translations`)
    await cell.locator('a').click()
    await page.waitForURL(new RegExp(`/admin/collections/translations/${frTaskId}$`))
    await taskStatus(page, 'in_review')
    await page.close()
  })
})
