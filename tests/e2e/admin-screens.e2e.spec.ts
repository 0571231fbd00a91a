import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiClient, paragraph, signIn, type Json } from '../helpers/adminSession'
import { launchBrowser } from '../helpers/browser'

/**
 * The admin screens people touch, in Chromium against the production build:
 * the minor-edit checkbox, the avatar and the absence of third-party requests,
 * task titles and the translator's task sidebar, colleagues' names, the role
 * dashboards and overdue dates, the sources picker and Escape in a drawer, the
 * publication summary with "View on site", and the side-by-side review.
 * The tests run in order and share one article.
 */

const baseURL = inject('baseURL')
const password = 'dinogeek-dev'
const stamp = Date.now().toString(36)
const question = `Che cos’è un record MX? ${stamp}`
const italianSummary = 'Il record MX indica i server di posta del dominio.'
const french = { title: `Qu’est-ce qu’un enregistrement MX ? ${stamp}`, summary: 'Le MX désigne les serveurs de courrier.' }
const sourceAuthor = `Klensin${stamp}`

const api = apiClient(baseURL)

let browser: Browser
let editor: BrowserContext
let translator: BrowserContext
let editorToken = ''
let translatorToken = ''
let articleId = 0
let frTaskId = 0
let translatorId = 0

const token = async (email: string) => String((await api('POST', '/users/login', { body: { email, password } })).json.token)

async function task(locale: 'fr' | 'en') {
  const found = await api('GET', `/translations?where[article][equals]=${articleId}&where[locale][equals]=${locale}&depth=0`, {
    token: editorToken,
  })
  return (found.json.docs as { id: number; status: string; title: string }[])[0]
}

async function openArticle(page: Page, locale: 'it' | 'fr' | 'en') {
  await page.goto(`${baseURL}/admin/collections/articles/${articleId}?locale=${locale}`, { waitUntil: 'networkidle' })
  await page.locator('#action-save-draft').waitFor()
  // A lock left by another session: take it over and start from a fresh form.
  const takeOver = page.locator('#document-locked-take-over')
  if (
    await takeOver.waitFor({ timeout: 2_000 }).then(
      () => true,
      () => false,
    )
  ) {
    await takeOver.click()
    await takeOver.waitFor({ state: 'detached' })
    await page.reload({ waitUntil: 'networkidle' })
    await page.locator('#action-save-draft').waitFor()
  }
}

function articleWrite(page: Page) {
  return page.waitForResponse(
    (response) => response.request().method() === 'PATCH' && response.url().includes(`/api/articles/${articleId}?`),
    { timeout: 30_000 },
  )
}

beforeAll(async () => {
  browser = await launchBrowser()
  editorToken = await token('editor@example.com')
  translatorToken = await token('translator.fr@example.com')
  const topics = await api('GET', '/topics?limit=1&depth=0', { token: editorToken })
  const topic = (topics.json.docs as { id: number }[])[0]?.id
  const source = await api('POST', '/sources?depth=0', {
    token: editorToken,
    body: {
      type: 'standard',
      title: `Simple Mail Transfer Protocol ${stamp}`,
      year: 2008,
      authors: [{ family: sourceAuthor, given: 'John' }],
      doi: `10.17487/RFC${stamp}`,
    },
  })
  expect(source.status).toBe(201)
  const created = await api('POST', '/articles?locale=it&depth=0', {
    token: editorToken,
    body: {
      title: question,
      topic,
      body: paragraph('Un record MX punta ai server di posta.'),
      summary: italianSummary,
      _status: 'published',
    },
  })
  expect(created.status).toBe(201)
  articleId = Number((created.json.doc as Json).id)
  frTaskId = (await task('fr'))?.id ?? 0

  // The French translation, done and approved through REST.
  const me = await api('GET', '/users/me', { token: translatorToken })
  translatorId = (me.json.user as { id: number }).id
  for (const body of [{ assignee: translatorId, status: 'in_progress' }]) {
    expect((await api('PATCH', `/translations/${frTaskId}`, { token: translatorToken, body })).status).toBe(200)
  }
  const saved = await api('PATCH', `/articles/${articleId}?locale=fr&draft=true&depth=0`, {
    token: translatorToken,
    body: { title: french.title, summary: french.summary, body: paragraph('Un MX désigne les serveurs de courrier.') },
  })
  expect(saved.status).toBe(200)
  expect(
    (await api('PATCH', `/translations/${frTaskId}`, { token: translatorToken, body: { status: 'in_review' } })).status,
  ).toBe(200)
  // The editor approves it: French is public, and the task's history names the editor.
  expect((await api('PATCH', `/translations/${frTaskId}`, { token: editorToken, body: { status: 'approved' } })).status).toBe(200)

  editor = await signIn(browser, baseURL, 'editor@example.com', password)
  translator = await signIn(browser, baseURL, 'translator.fr@example.com', password)
})

afterAll(async () => {
  await editor?.close()
  await translator?.close()
  await browser?.close()
})

describe('admin screens (production build)', () => {
  it('every request of an admin session stays on the site, and the avatar shows the initials', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } })
    context.setDefaultTimeout(60_000)
    const elsewhere: string[] = []
    context.on('request', (request) => {
      const url = new URL(request.url())
      if (url.protocol === 'data:' || url.protocol === 'blob:') return
      if (url.origin !== new URL(baseURL).origin) elsewhere.push(request.url())
    })
    const page = await context.newPage()
    await page.goto(`${baseURL}/admin/login`)
    await page.fill('input[name="email"]', 'editor@example.com')
    await page.fill('input[name="password"]', password)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/)
    for (const path of [
      '/admin',
      '/admin/collections/articles',
      `/admin/collections/articles/${articleId}`,
      '/admin/collections/translations',
      `/admin/collections/translations/${frTaskId}`,
      '/admin/collections/sources',
      '/admin/translations',
      '/admin/account',
    ]) {
      await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' })
    }
    expect((await page.locator('[data-avatar]').first().textContent())?.trim()).toBe('EE')
    expect(await page.locator('img[src*="gravatar"]').count()).toBe(0)
    await context.close()
    expect(elsewhere).toEqual([])
  })

  it('an editor ticks "Minor edit", publishes the Italian, and the French task stays approved', async () => {
    const page = await editor.newPage()
    // Enabled on the create form too.
    await page.goto(`${baseURL}/admin/collections/articles/create`, { waitUntil: 'networkidle' })
    // Payload disables the form's inputs until the form has loaded its state: wait for that, then it must be enabled.
    await page.locator('#field-minorEdit:enabled').waitFor({ timeout: 20_000 })
    expect(await page.locator('#field-minorEdit').isEnabled()).toBe(true)

    await openArticle(page, 'it')
    const summary = page.locator('[data-publish-summary]')
    await summary.waitFor()
    // A typo fix: "del dominio" was meant to be "di un dominio".
    await page.fill('#field-summary', italianSummary.replace('del dominio', 'di un dominio'))
    const minor = page.locator('#field-minorEdit')
    expect(await minor.isEnabled()).toBe(true)
    await minor.check()
    const write = articleWrite(page)
    await page.click('#action-save')
    expect((await write).status()).toBe(200)
    expect((await task('fr'))?.status).toBe('approved')
    // Nothing was created or outdated, and the summary says where the article is online.
    await page.locator('[data-publish-summary] [data-task-locale="fr"][data-status="approved"]').waitFor()
    expect(await page.locator('[data-publish-changes]').count()).toBe(0)

    // The same save without the tick outdates French, and the summary names it.
    await page.fill('#field-summary', `${italianSummary} Ogni dominio può averne più d’uno.`)
    const second = articleWrite(page)
    await page.click('#action-save')
    expect((await second).status()).toBe(200)
    await page.locator('[data-publish-changes] [data-change="fr:outdated"]').waitFor()
    expect(await page.locator('[data-publish-changes]').textContent()).toContain('French translation now outdated')
    expect((await task('fr'))?.status).toBe('outdated')

    // "View on site" opens the public page in the language on screen.
    const view = page.locator('[data-view-on-site="it"]')
    const href = await view.getAttribute('href')
    expect(href).toMatch(/^\/it\/articoli\//)
    const popup = page.waitForEvent('popup')
    await view.click()
    const site = await popup
    await site.waitForLoadState()
    expect(await site.title()).toContain(question)
    await site.close()
    expect(await page.locator('[data-view-on-site="fr"]').count()).toBe(1)
    await page.close()
  })

  it('tasks are titled with the question and the language; a translator sees only the moves they may make', async () => {
    expect((await task('en'))?.title).toBe(`${question} · English`)
    const page = await translator.newPage()
    await page.goto(`${baseURL}/admin/collections/translations/${frTaskId}`, { waitUntil: 'networkidle' })
    await page.locator('[data-task-panel][data-status="outdated"]').waitFor()
    expect(await page.locator('h1').first().textContent()).toContain(`${question} · Français`)
    // No raw status dropdown, no assignee picker, no free comment box in the sidebar.
    expect(await page.locator('#field-status').count()).toBe(0)
    expect(await page.locator('#field-assignee').count()).toBe(0)
    expect(await page.locator('#field-transitionComment').count()).toBe(0)
    expect(
      await page
        .locator('[data-task-actions] button[data-action]')
        .evaluateAll((b) => b.map((x) => x.getAttribute('data-action'))),
    ).toEqual(['start'])
    await page.close()
  })

  it('the translator sees colleagues by name; the article’s author is named', async () => {
    const page = await translator.newPage()
    await page.goto(`${baseURL}/admin/collections/translations/${frTaskId}`, { waitUntil: 'networkidle' })
    const history = page.locator('[data-task-history]')
    await history.waitFor()
    expect(await history.textContent()).toContain('Elena Editor')
    expect(await history.textContent()).not.toContain('Another team member')
    await page.close()

    const article = await editor.newPage()
    await openArticle(article, 'it')
    const author = article.locator('.field-type.relationship', { has: article.locator('label', { hasText: /^Author/ }) })
    await author.waitFor()
    expect(await author.textContent()).toContain('Elena Editor')
    expect(await article.locator('.field-type.relationship').allTextContents()).not.toContain(expect.stringContaining('Untitled'))
    await article.close()
  })

  it('each role starts on its own dashboard; counts link to their lists; overdue dates stand out', async () => {
    // An overdue French task for the translator.
    expect(
      (await api('PATCH', `/translations/${frTaskId}`, { token: editorToken, body: { dueDate: '2026-01-05T00:00:00.000Z' } }))
        .status,
    ).toBe(200)

    const page = await translator.newPage()
    await page.goto(`${baseURL}/admin`, { waitUntil: 'networkidle' })
    await page.locator('[data-dashboard="translator"]').waitFor()
    // None of Payload's collection cards (Users, Site settings…).
    expect(await page.locator('.dashboard__card-list, [id^="card-"]').count()).toBe(0)
    const mine = page.locator(`[data-testid="queue-mine"] tr[data-task-id="${frTaskId}"]`)
    await mine.waitFor()
    expect(await mine.locator('.dg-overdue').count()).toBe(1)
    const myCount = await api(
      'GET',
      `/translations?where[assignee][equals]=${translatorId}&where[status][in]=todo,in_progress,in_review,outdated&depth=0&limit=0`,
      { token: translatorToken },
    )
    expect(Number(await page.locator('[data-dashboard-card="mine"] [data-count]').textContent())).toBe(
      Number(myCount.json.totalDocs),
    )
    await page.close()

    // The editor: tasks in review (none of ours now), outdated languages (ours), citation requests.
    const desk = await editor.newPage()
    await desk.goto(`${baseURL}/admin`, { waitUntil: 'networkidle' })
    await desk.locator('[data-dashboard="editor"]').waitFor()
    const outdatedFr = desk.locator('[data-dashboard-card="outdated_fr"]')
    const expected = await api('GET', '/translations?where[status][equals]=outdated&where[locale][equals]=fr&depth=0&limit=0', {
      token: editorToken,
    })
    expect(Number(await outdatedFr.locator('[data-count]').textContent())).toBe(Number(expected.json.totalDocs))
    expect(await desk.locator('[data-dashboard-card="in_review"]').count()).toBe(1)
    expect(await desk.locator('[data-dashboard-card="citations_new"]').count()).toBe(1)
    await outdatedFr.locator('a').click()
    await desk.waitForURL(/collections\/translations\?where/)
    const rows = desk.locator('.table tbody tr')
    await expect.poll(() => rows.count()).toBe(Number(expected.json.totalDocs))
    // The list highlights the overdue date too.
    expect(await desk.locator('.table [data-overdue="true"]').count()).toBeGreaterThanOrEqual(1)
    await desk.close()
  })

  it('the sources picker finds a source by author and shows "Authors (year) Title"; Escape closes a drawer’s select first', async () => {
    const page = await editor.newPage()
    await openArticle(page, 'it')
    const sources = page.locator('.field-type.relationship', { has: page.locator('label', { hasText: /^Sources used/ }) })
    await sources.locator('.rs__control').click()
    await page.keyboard.type(sourceAuthor.slice(0, 10))
    const option = page.locator('.rs__option', { hasText: sourceAuthor })
    await option.first().waitFor()
    expect((await option.first().textContent())?.trim()).toBe(`${sourceAuthor} (2008) Simple Mail Transfer Protocol ${stamp}`)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('.rs__menu').count()).toBe(0)

    // "Add new" source: a drawer with the source form; its Type select opens and Escape closes only it.
    await sources.locator('button.relationship-add-new__add-button, .relationship-add-new button').first().click()
    // The drawer's content box (the last one open); `doc-drawer__…` classes also name parts of its header.
    const drawer = page.locator('.drawer__content').last()
    const typeSelect = drawer.locator('.field-type.select', { has: page.locator('label', { hasText: /^Type/ }) })
    await typeSelect.locator('.rs__control').waitFor()
    await typeSelect.locator('.rs__control').click()
    await drawer.locator('.rs__menu').waitFor()
    await page.keyboard.press('Escape')
    await expect.poll(() => drawer.locator('.rs__menu').count()).toBe(0)
    // Give a wrongly bound Escape the time to close the drawer too.
    await page.waitForTimeout(500)
    expect(await typeSelect.isVisible()).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => typeSelect.isVisible()).toBe(false)
    await page.close()
  })

  it('on a task in review, the editor reads the translation beside the source before the Approve button', async () => {
    for (const body of [{ status: 'in_progress' }, { status: 'in_review' }]) {
      expect((await api('PATCH', `/translations/${frTaskId}`, { token: translatorToken, body })).status).toBe(200)
    }
    const page = await editor.newPage()
    await page.goto(`${baseURL}/admin/collections/translations/${frTaskId}`, { waitUntil: 'networkidle' })
    await page.locator('[data-task-panel][data-status="in_review"]').waitFor()
    const title = page.locator('[data-review] [data-review-field="title"]')
    expect(await title.locator('[data-side="source"]').textContent()).toContain(question)
    expect(await title.locator('[data-side="translation"]').textContent()).toContain(french.title)
    expect(await page.locator('[data-review] [data-review-field="summary"] [data-side="translation"]').textContent()).toContain(
      french.summary,
    )
    expect(await page.locator('[data-review-qa]').count()).toBe(1)
    // The review comes first, then the Approve button.
    const order = await page.evaluate(() => {
      const review = document.querySelector('[data-review]')
      const approve = document.querySelector('button[data-action="approve"]')
      return review && approve ? review.compareDocumentPosition(approve) & Node.DOCUMENT_POSITION_FOLLOWING : 0
    })
    expect(order).toBeGreaterThan(0)
    await page.close()
  })
})
