import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { devAccounts } from '@/seed/accounts'
import { launchBrowser } from '../helpers/browser'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('foundation (production build, seeded SQLite)', () => {
  it.each(['it', 'fr', 'en'] as const)('/%s renders the localized home with demo content', async (locale) => {
    const page = await browser.newPage()
    const response = await page.goto(`${baseURL}/${locale}`)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe(locale)
    const topicLinks = await page.locator('.footer-topics li').count()
    expect(topicLinks).toBeGreaterThanOrEqual(59)
    expect(await page.locator('.article-list li').count()).toBeGreaterThanOrEqual(8)
    await page.close()
  })

  it('/ redirects to a locale', async () => {
    const response = await fetch(`${baseURL}/`, { redirect: 'manual', headers: { 'accept-language': 'fr-FR,fr;q=0.9' } })
    expect([307, 308]).toContain(response.status)
    expect(response.headers.get('location')).toMatch(/\/fr$/)
  })

  it('an unknown locale is a 404', async () => {
    const response = await fetch(`${baseURL}/de`)
    expect(response.status).toBe(404)
  })

  it.each(devAccounts.map((account) => [account.email, account.role] as const))('%s logs in to the admin (%s)', async (email) => {
    const page = await browser.newPage()
    await page.goto(`${baseURL}/admin/login`)
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', 'dinogeek-dev')
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
    expect(await page.locator('nav').count()).toBeGreaterThan(0)
    await page.close()
  })
})
