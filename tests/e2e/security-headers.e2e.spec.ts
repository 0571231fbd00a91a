import { connect } from 'node:net'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminPolicy, apiPolicy, sitePolicy } from '@/security/headers'
import { LANGUAGE_SWITCH_PARAM } from '@/site/languageSwitch'
import { launchBrowser } from '../helpers/browser'

/**
 * The headers of the production build (written into it by next.config.ts from
 * src/security/headers.ts), on a public page, the admin and the API, and pages that
 * load under their policy without a single violation. The e2e server runs over
 * http://localhost: no HSTS, no upgrade-insecure-requests.
 */

const baseURL = inject('baseURL')
const options = { development: false, https: false }
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function get(path: string, init: RequestInit = {}) {
  const response = await fetch(`${baseURL}${path}`, { redirect: 'manual', ...init })
  return { status: response.status, headers: response.headers, body: await response.text() }
}

function expectCommon(headers: Headers) {
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  expect(headers.get('strict-transport-security')).toBeNull()
}

/** A browser context that records every CSP violation its pages report, across navigations. */
async function watchedContext(): Promise<{ context: BrowserContext; violations: string[] }> {
  const violations: string[] = []
  const context = await browser.newContext({ locale: 'en-US' })
  await context.exposeFunction('reportCspViolation', (text: string) => violations.push(text))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation
      report(`${location.pathname}: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`)
    })
  })
  return { context, violations }
}

describe('security headers (production build)', () => {
  it('a public page: the static site policy, the same on every request, cached', async () => {
    const first = await get('/it')
    const second = await get('/it')
    expect(first.status).toBe(200)
    expect(first.headers.get('content-security-policy')).toBe(sitePolicy(options))
    // No per-request nonce: the cached page and its policy are the same bytes every time.
    expect(second.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'))
    expect(second.headers.get('x-nextjs-cache')).toMatch(/HIT|STALE/)
    expect(first.headers.get('x-frame-options')).toBeNull()
    expectCommon(first.headers)
  })

  it('the locale redirect and static files carry them too', async () => {
    const redirect = await get('/', { headers: { 'accept-language': 'it' } })
    expect(redirect.status).toBe(307)
    expect(redirect.headers.get('content-security-policy')).toBe(sitePolicy(options))
    expectCommon(redirect.headers)

    // The static rules of next.config.ts (a localized page, a wrong-language segment) and the language switch.
    for (const [path, status] of [
      ['/it/argomenti', 200],
      ['/it/topics', 307],
      [`/fr/sujets?${LANGUAGE_SWITCH_PARAM}=1`, 303],
    ] as const) {
      const response = await get(path)
      expect(response.status, path).toBe(status)
      expect(response.headers.get('content-security-policy'), path).toBe(sitePolicy(options))
      expectCommon(response.headers)
    }

    const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec((await get('/it')).body)?.[1]
    expect(script).toBeDefined()
    const file = await get(script ?? '')
    expect(file.status).toBe(200)
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('the admin: its own policy, never framed', async () => {
    const login = await get('/admin/login')
    expect(login.status).toBe(200)
    expect(login.headers.get('content-security-policy')).toBe(adminPolicy(options))
    expect(login.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(login.headers.get('x-frame-options')).toBe('DENY')
    expectCommon(login.headers)
  })

  it('the API: nothing runs, never framed', async () => {
    const articles = await get('/api/articles?limit=1&depth=0')
    expect(articles.status).toBe(200)
    expect(articles.headers.get('content-security-policy')).toBe(apiPolicy())
    expect(articles.headers.get('x-frame-options')).toBe('DENY')
    expectCommon(articles.headers)
  })

  it('the session cookie is Secure and HttpOnly in production', async () => {
    const login = await get('/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'translator.en@example.com', password: 'dinogeek-dev' }),
    })
    expect(login.status).toBe(200)
    const cookie = login.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=/)
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
  })

  it('an article page and the admin load under their policies without a violation', async () => {
    const { context, violations } = await watchedContext()
    const page = await context.newPage()

    await page.goto(`${baseURL}/it`, { waitUntil: 'networkidle' })
    const article = await page.locator('.article-list .card-title a').first().getAttribute('href')
    expect(article).toMatch(/^\/it\/articoli\//)
    await page.goto(`${baseURL}${article ?? ''}`, { waitUntil: 'networkidle' })
    await page.locator('input[name="email"]').fill('visitor@example.com')

    await page.goto(`${baseURL}/admin/login`)
    await page.fill('input[name="email"]', 'editor@example.com')
    await page.fill('input[name="password"]', 'dinogeek-dev')
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
    await page.goto(`${baseURL}/admin/collections/articles`, { waitUntil: 'networkidle' })
    expect(await page.locator('table').count()).toBeGreaterThan(0)
    expect(violations).toEqual([])
    await context.close()
  })

  it('the admin login form shows the login limit, with the 429', async () => {
    // An account nobody else uses: the server (shared by the e2e files) keeps counting for 10 minutes.
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(`${baseURL}/admin/login`)
    const attempt = async () => {
      await page.fill('input[name="email"]', 'nobody@example.com')
      await page.fill('input[name="password"]', 'not-the-password')
      const [response] = await Promise.all([
        page.waitForResponse((candidate) => candidate.url().endsWith('/api/users/login')),
        page.click('button[type="submit"]'),
      ])
      return response.status()
    }
    for (let i = 0; i < 5; i++) expect(await attempt()).toBe(401)
    expect(await attempt()).toBe(429)
    await page
      .getByText('Too many failed logins to this account from your network address. Try again in 10 minutes.')
      .waitFor({ timeout: 10_000 })
    await context.close()
  })
})

/** One request written on a raw socket (fetch refuses these methods), and everything the server sent back. */
function rawExchange(request: string): Promise<string> {
  const { hostname, port } = new URL(baseURL)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(request))
    let answer = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => (answer += chunk))
    socket.on('end', () => resolve(answer))
    socket.on('error', reject)
    socket.setTimeout(15_000, () => socket.destroy(new Error(`no answer to ${request.split('\r\n', 1)[0]}`)))
  })
}

describe('HTTP methods Next.js cannot handle (production build)', () => {
  const request = (method: string, target: string) =>
    `${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`

  it('TRACE and other methods outside Next’s list answer 405 naming the allowed ones, on the site, the admin and the API', async () => {
    for (const method of ['TRACE', 'PROPFIND', 'PURGE', 'MKCOL']) {
      for (const path of ['/it', '/admin', '/api/articles', '/api/graphql']) {
        const answer = await rawExchange(request(method, path))
        expect(answer, `${method} ${path}`).toMatch(/^HTTP\/1\.1 405 /)
        expect(answer).toMatch(/\r\nAllow: GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH\r\n/)
        expect(answer).toContain(`The ${method} method is not supported`)
        if (path.startsWith('/api')) expect(answer).toContain('{"errors":[{"message":')
      }
    }
  })

  it('CONNECT gets a 405 instead of a closed socket; TRACK and garbage methods a 400 that says why', async () => {
    expect(await rawExchange(request('CONNECT', 'example.com:443'))).toMatch(
      /^HTTP\/1\.1 405 [^]*CONNECT method is not supported/,
    )
    for (const method of ['TRACK', 'FOOBAR', 'G3T']) {
      expect(await rawExchange(request(method, '/api/articles')), method).toMatch(/^HTTP\/1\.1 400 [^]*Unknown HTTP method/)
    }
  })

  it('the accepted methods still reach Next', async () => {
    expect((await get('/api/health')).status).toBe(200)
    // Payload's health endpoint is GET only: HEAD gets its 404, not the guard's 405.
    expect((await get('/api/health', { method: 'HEAD' })).status).toBe(404)
    expect(await rawExchange(request('GET', '/api/health'))).toMatch(/^HTTP\/1\.1 200 /)
    expect((await get('/it')).status).toBe(200)
  })
})
