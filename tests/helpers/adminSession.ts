import type { Browser, BrowserContext } from 'playwright-core'

/**
 * What the admin e2e tests share: REST calls against the production server, a
 * signed-in browser context per user, and a one-paragraph rich-text body.
 */

export type Json = Record<string, unknown>

export function apiClient(baseURL: string) {
  return async function api(method: string, path: string, options: { token?: string; body?: unknown } = {}) {
    const response = await fetch(`${baseURL}/api${path}`, {
      method,
      headers: {
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(options.token ? { Authorization: `JWT ${options.token}` } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
    const json = (await response.json()) as Json
    return { status: response.status, json }
  }
}

/** A signed-in context. The admin language follows the browser's: English, so assertions can read Payload's labels. */
export async function signIn(browser: Browser, baseURL: string, email: string, password: string): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } })
  context.setDefaultTimeout(60_000)
  const page = await context.newPage()
  await page.goto(`${baseURL}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
  await page.close()
  return context
}

/** A Lexical body of one paragraph, as the admin's editor saves it. */
export function paragraph(text: string) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 0,
          children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
        },
      ],
    },
  }
}
