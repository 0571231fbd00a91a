import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import type { AxeResults, Result } from 'axe-core'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiClient, signIn } from '../helpers/adminSession'
import { launchBrowser } from '../helpers/browser'

/**
 * The admin screens people use every day, in Chromium against the production
 * build, as an editor and as a translator: one admin frame per page, no label
 * printed as "[object Object]" anywhere in the page (visible text, aria-labels,
 * titles, the document title), and no serious or critical axe-core violation.
 * Payload's unnamed controls get their names from src/admin/components/AccessibleNames.tsx
 * and its grey text our contrast (src/admin/styles/admin.css); the few parts of
 * Payload's markup no config or component of ours can change are left out below, by selector.
 */

const baseURL = inject('baseURL')
const password = 'dinogeek-dev'
const api = apiClient(baseURL)
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/**
 * Rules left out: none. Parts of the page left out, each Payload's markup that no
 * config or component of ours renders:
 * - the locale switcher in the header (a react-select whose input has no label, grey on grey);
 * - the account link in the header, whose fixed aria-label ("Account") does not contain
 *   the initials our avatar shows inside it (label-content-name-mismatch, although the
 *   initials are aria-hidden);
 * - the document tabs (Edit / Versions / API): a `<ul>` whose children are links, not `<li>`
 *   (list), and a Versions tab whose aria-label leaves out the count it shows;
 * - the chips of a multiple select (sources, languages): react-select makes each chip a
 *   sortable button with its remove button inside (nested-interactive).
 */
const excludedRules: string[] = []
const excludedParts = ['.localizer', '.app-header__account', '.doc-tabs', '.rs__multi-value']

let browser: Browser
let editor: BrowserContext
let translator: BrowserContext
let articleId = 0
let frTaskId = 0
let jobId = 0

type Finding = Pick<Result, 'id' | 'impact' | 'help'> & { targets: string[] }

async function open(page: Page, path: string) {
  await page.goto(`${baseURL}${path}`)
  await page.waitForLoadState('networkidle')
  // Payload renders its template, then hydrates: wait for the app shell (or the login form).
  await page.waitForSelector('.template-default, .template-minimal', { timeout: 30_000 })
  // Parts of Payload's forms (date pickers among them) load lazily after that: audit the page once they are in.
  await page.waitForTimeout(1_000)
}

/** Serious and critical axe violations on the page as it stands. */
async function audit(page: Page): Promise<Finding[]> {
  // Evaluated through the DevTools protocol, so the admin's Content-Security-Policy does not apply to it.
  await page.evaluate(axeSource)
  const results = await page.evaluate(
    ({ disabled, parts }) =>
      (window as unknown as { axe: { run: (context: object, options: object) => Promise<AxeResults> } }).axe.run(
        { exclude: parts.map((selector) => [selector]) },
        { resultTypes: ['violations'], rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])) },
      ),
    { disabled: excludedRules, parts: excludedParts },
  )
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.slice(0, 5).map((node) => node.target.join(' ')) }))
}

/** Every place a label can surface as text for people or for screen readers. */
async function printedObjects(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    if (document.title.includes('[object Object]')) found.push(`title: ${document.title}`)
    // Hidden inputs are neither shown nor read out (Payload keeps its JSON fields' values there).
    for (const element of Array.from(document.querySelectorAll('*:not(input[type="hidden"])'))) {
      for (const attribute of Array.from(element.attributes)) {
        if (attribute.value.includes('[object Object]')) found.push(`${element.tagName.toLowerCase()}[${attribute.name}]`)
      }
    }
    if (document.body.innerText.includes('[object Object]')) found.push('text')
    return found
  })
}

/** What is wrong on one screen: more than one admin frame, labels printed as objects, then serious or critical axe findings. */
async function problems(
  context: BrowserContext,
  path: string,
): Promise<{ path: string; frames: number; objects: string[]; axe: Finding[] }> {
  const page = await context.newPage()
  try {
    await open(page, path)
    // A custom view wrapped in Payload's template twice shows two headers (the dashboard once did).
    const frames = await page.locator('.app-header').count()
    return { path, frames, objects: await printedObjects(page), axe: await audit(page) }
  } finally {
    await page.close()
  }
}

/** Every screen is checked before the assertion, so one run lists all that is wrong. */
async function check(context: BrowserContext, paths: string[], { axe }: { axe: boolean }) {
  const found = []
  for (const path of paths) found.push(await problems(context, path))
  expect(found.filter((screen) => screen.frames > 1 || screen.objects.length > 0 || (axe && screen.axe.length > 0))).toEqual([])
}

beforeAll(async () => {
  browser = await launchBrowser()
  const session = await api('POST', '/users/login', { body: { email: 'editor@example.com', password } })
  const token = String(session.json.token)
  // A seeded article and its French task (the seed translates and approves every article).
  const tasks = await api('GET', '/translations?where[locale][equals]=fr&limit=1&sort=id&depth=0', { token })
  const task = (tasks.json.docs as { id: number; article: number }[])[0]
  expect(task, 'the seed has French tasks').toBeDefined()
  frTaskId = task?.id ?? 0
  articleId = task?.article ?? 0
  // A translation job holding that task, assigned to the French translator, so both roles see its view.
  const people = await api('GET', '/users?where[email][equals]=translator.fr@example.com&depth=0', { token })
  const translatorId = (people.json.docs as { id: number }[])[0]?.id
  const job = await api('POST', '/translation-jobs', {
    token,
    body: { title: 'Accessibility job', languages: ['fr'], assignee: translatorId, tasks: [frTaskId] },
  })
  expect(job.status, 'the job is created').toBe(201)
  jobId = Number((job.json.doc as { id: number }).id)
  editor = await signIn(browser, baseURL, 'editor@example.com', password)
  translator = await signIn(browser, baseURL, 'translator.fr@example.com', password)
})

afterAll(async () => {
  await editor?.close()
  await translator?.close()
  await browser?.close()
})

describe('admin accessibility (axe-core, production build)', () => {
  it('the login screen passes axe', async () => {
    const anonymous = await browser.newContext({ locale: 'en-US' })
    try {
      await check(anonymous, ['/admin/login'], { axe: true })
    } finally {
      await anonymous.close()
    }
  })

  const screens = () => [
    ['dashboard', '/admin'],
    ['articles list', '/admin/collections/articles'],
    ['article in Italian', `/admin/collections/articles/${articleId}?locale=it`],
    ['article in French', `/admin/collections/articles/${articleId}?locale=fr`],
    ['translation workspace', '/admin/translations'],
    ['a translation task', `/admin/collections/translations/${frTaskId}`],
    ['translation tasks list', '/admin/collections/translations'],
    ['translation jobs list', '/admin/collections/translation-jobs'],
    ['a translation job', `/admin/collections/translation-jobs/${jobId}`],
    ['sources list', '/admin/collections/sources'],
    ['topics list', '/admin/collections/topics'],
  ]

  it.each(['editor', 'translator'] as const)('the main screens pass axe and print no label as an object, as %s', async (who) => {
    const context = who === 'editor' ? editor : translator
    await check(
      context,
      screens().map(([, path]) => path ?? '/admin'),
      { axe: true },
    )
  })

  it('the "+" beside Topic and Sources names what it adds', async () => {
    const page = await editor.newPage()
    try {
      await open(page, `/admin/collections/articles/${articleId}?locale=it`)
      const addTopic = page.locator('#topic-add-new button').first()
      const addSource = page.locator('#sources-add-new button').first()
      expect(await addTopic.getAttribute('aria-label')).toBe('Add new Topic')
      expect(await addSource.getAttribute('aria-label')).toBe('Add new Source')
    } finally {
      await page.close()
    }
  })
})
